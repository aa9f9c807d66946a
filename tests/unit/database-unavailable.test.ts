import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { AppError, asAppError } from "@/lib/errors";

// Shapes as Prisma 7 with @prisma/adapter-pg reports them (read off a stopped and a killed server).
const prismaError = (code: string, cause: object) => Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), { code, meta: { driverAdapterError: { name: "DriverAdapterError", cause } } });

describe("isDatabaseUnavailable", () => {
  it.each([
    ["a refused connection (P1001)", prismaError("P1001", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 })],
    ["a raw query on a refused connection (P2010)", Object.assign(new Error("Raw query failed. Code: `N/A`."), { code: "P2010", meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } })],
    ["a connection closed under a query", { kind: "ConnectionClosed" }],
    ["a server shutting down (57P01)", { kind: "postgres", code: "57P01", message: "terminating connection due to administrator command" }],
    ["a server starting up (57P03)", Object.assign(new Error("the database system is starting up"), { code: "57P03" })],
    ["the pool's connect timeout", new Error("timeout exceeded when trying to connect")],
    ["a socket reset, as the cause", Object.assign(new Error("query failed"), { cause: Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }) })],
    ["too many connections", { kind: "TooManyConnections" }],
    ["every pooled connection busy past maxWait (P2028)", Object.assign(new Error("Transaction API error: Unable to start a transaction in the given time."), { code: "P2028" })],
  ])("is true for %s", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a unique violation", Object.assign(new Error("Unique constraint failed"), { code: "P2002" })],
    ["a foreign key violation from the adapter", { kind: "ForeignKeyConstraintViolation" }],
    ["a syntax error in SQL", { kind: "postgres", code: "42601", message: "syntax error" }],
    ["a programming error", new TypeError("x is undefined")],
    ["not an error at all", "ECONNREFUSED"],
    ["nothing", null],
  ])("is false for %s", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it("stops following a cause chain that loops", () => {
    const looping: { message: string; cause?: unknown } = { message: "a" };
    looping.cause = looping;
    expect(isDatabaseUnavailable(looping)).toBe(false);
  });
});

describe("asAppError", () => {
  it("turns an outage into a 503 with a Swedish message, keeps AppErrors, and leaves faults alone", () => {
    const outage = asAppError(prismaError("P1001", { kind: "DatabaseNotReachable" }));
    expect(outage).toMatchObject({ code: "UNAVAILABLE", status: 503 });
    expect(outage?.message).toMatch(/databas/);
    const conflict = new AppError("CONFLICT");
    expect(asAppError(conflict)).toBe(conflict);
    expect(asAppError(new TypeError("bug"))).toBeNull();
  });
});
