import { encode as nextAuthEncode, decode as nextAuthDecode, type JWT } from "next-auth/jwt";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SignedInPerson } from "@/lib/data/memberships";
import { decodeSessionToken, encodeSessionToken } from "@/lib/auth/jwt";
import { AppError } from "@/lib/errors";

const SECRET = "test-secret-0123456789abcdefghijklmnop";
process.env.NEXTAUTH_SECRET = SECRET;

// The request's cookies as Next.js would hand them over, and the person the database knows.
const request = vi.hoisted(() => ({ cookies: new Map<string, string>() }));
const database = vi.hoisted(() => ({ lookups: 0, person: async (): Promise<SignedInPerson | null> => null }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined),
    getAll: () => [...request.cookies].map(([name, value]) => ({ name, value })),
  }),
}));
vi.mock("@/lib/data/memberships", () => ({
  unsafeFindSignedInPerson: () => {
    database.lookups += 1;
    return database.person();
  },
}));

const { findActor } = await import("@/lib/auth/session");

const now = () => Math.floor(Date.now() / 1000);
const membership = (tenantId: string, tenantName: string) => ({
  tenantId,
  tenantName,
  membershipId: `m-${tenantId}`,
  role: "QUALITY_DEVELOPER" as const,
  providerId: null,
  providerName: null,
  userName: "Kim Kvalitet",
  userEmail: "kim@example.se",
  mustEnrolTwoFactor: false,
});
const person = (sessionVersion: number, memberships = [membership("t-1", "Sjöviks kommun")]): SignedInPerson => ({ sessionVersion, memberships });

async function signInAs(token: JWT) {
  request.cookies.set("next-auth.session-token", await encodeSessionToken({ token, secret: SECRET }));
}

beforeEach(() => {
  request.cookies.clear();
  database.lookups = 0;
});

describe("findActor: who a request's session cookie speaks for", () => {
  it("is the person and their membership when the token's version is the person's", async () => {
    await signInAs({ userId: "u-1", sessionVersion: 3, lastSeen: now() });
    database.person = async () => person(3);
    const found = await findActor();
    expect(found).toMatchObject({ actor: { userId: "u-1", name: "Kim Kvalitet", membership: { tenantId: "t-1" } } });
    expect(database.lookups).toBe(1);
  });

  it("picks the tenant the tenant cookie names, else the first membership", async () => {
    await signInAs({ userId: "u-1", sessionVersion: 0, lastSeen: now() });
    database.person = async () => person(0, [membership("t-1", "Bergsby kommun"), membership("t-2", "Sjöviks kommun")]);
    request.cookies.set("kvalitet-tenant", "t-2");
    expect(await findActor()).toMatchObject({ actor: { membership: { tenantId: "t-2" } } });
    request.cookies.set("kvalitet-tenant", "not-mine");
    expect(await findActor()).toMatchObject({ actor: { membership: { tenantId: "t-1" } } });
  });

  it("is signed out when the person's sessions were ended (a newer sessionVersion) or the person is inactive", async () => {
    await signInAs({ userId: "u-1", sessionVersion: 3, lastSeen: now() });
    database.person = async () => person(4);
    expect(await findActor()).toEqual({ missing: "SIGNED_OUT" });
    database.person = async () => null;
    expect(await findActor()).toEqual({ missing: "SIGNED_OUT" });
  });

  it("is signed out without asking the database when there is no cookie, a forged one, a revoked or an idle session", async () => {
    expect(await findActor()).toEqual({ missing: "SIGNED_OUT" });
    request.cookies.set("next-auth.session-token", await encodeSessionToken({ token: { userId: "u-1", sessionVersion: 0 }, secret: "another-secret-of-some-attacker-000000" }));
    expect(await findActor()).toEqual({ missing: "SIGNED_OUT" });
    await signInAs({ userId: "u-1", sessionVersion: 0, revoked: true });
    expect(await findActor()).toEqual({ missing: "SIGNED_OUT" });
    await signInAs({ userId: "u-1", sessionVersion: 0, lastSeen: now() - 31 * 60 });
    expect(await findActor()).toEqual({ missing: "SIGNED_OUT" });
    expect(database.lookups).toBe(0);
  });

  it("tells a person without any active membership apart from a signed-out one", async () => {
    await signInAs({ userId: "u-1", sessionVersion: 0, lastSeen: now() });
    database.person = async () => person(0, []);
    expect(await findActor()).toEqual({ missing: "NO_MEMBERSHIP" });
  });

  it("keeps the person signed in during a database outage (503), and lets real faults through", async () => {
    await signInAs({ userId: "u-1", sessionVersion: 0, lastSeen: now() });
    database.person = async () => {
      throw Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), { code: "P1001" });
    };
    const outage = await findActor().catch((error: unknown) => error);
    expect(outage).toBeInstanceOf(AppError);
    expect((outage as AppError).status).toBe(503);
    database.person = async () => {
      throw new TypeError("bug");
    };
    await expect(findActor()).rejects.toThrow("bug");
  });
});

describe("the session token format", () => {
  it("is next-auth's own: tokens from either side decode on the other", async () => {
    const payload = { userId: "u-1", sessionVersion: 2, lastSeen: 1_800_000_000 };
    const ours = await encodeSessionToken({ token: payload, secret: SECRET, maxAge: 60 });
    expect(await nextAuthDecode({ token: ours, secret: SECRET })).toMatchObject(payload);
    const theirs = await nextAuthEncode({ token: payload, secret: SECRET, maxAge: 60 });
    expect(await decodeSessionToken({ token: theirs, secret: SECRET })).toMatchObject(payload);
  });

  it("refuses an expired token and one made with another secret", async () => {
    const expired = await encodeSessionToken({ token: { userId: "u-1" }, secret: SECRET, maxAge: -60 });
    await expect(decodeSessionToken({ token: expired, secret: SECRET })).rejects.toThrow();
    const foreign = await encodeSessionToken({ token: { userId: "u-1" }, secret: "another-secret-of-some-attacker-000000" });
    await expect(decodeSessionToken({ token: foreign, secret: SECRET })).rejects.toThrow();
  });
});
