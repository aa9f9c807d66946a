import type { JWT } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";

// What the user lookup does in each test (a plain function: the rejection must reach only the caller).
const lookup = vi.hoisted(() => ({ user: async (): Promise<unknown> => null }));
vi.mock("@/lib/db/client", () => ({ db: { user: { findUnique: () => lookup.user() } } }));

const { authOptions } = await import("@/lib/auth/options");
const jwt = authOptions.callbacks!.jwt! as unknown as (params: { token: JWT }) => Promise<JWT>;
const session = authOptions.callbacks!.session! as unknown as (params: { session: object; token: JWT }) => Promise<{ userId?: string; databaseUnavailable?: boolean }>;

const signedIn: JWT = { userId: "user-1", sessionVersion: 3, lastSeen: Math.floor(Date.now() / 1000) };
const outage = Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), { code: "P1001" });

describe("the session check during a database outage", () => {
  it("keeps the person signed in and marks the request unavailable, instead of ending the session", async () => {
    lookup.user = async () => {
      throw outage;
    };
    const token = await jwt({ token: signedIn });
    expect(token).toMatchObject({ userId: "user-1", sessionVersion: 3, databaseUnavailable: true });
    expect(token.revoked).toBeUndefined();
    expect(await session({ session: {}, token })).toEqual({ userId: "user-1", databaseUnavailable: true });
  });

  it("drops the mark on the next request once the database answers", async () => {
    lookup.user = async () => ({ isActive: true, sessionVersion: 3 });
    const token = await jwt({ token: { ...signedIn, databaseUnavailable: true } });
    expect(token.databaseUnavailable).toBeUndefined();
    expect(await session({ session: {}, token })).toEqual({ userId: "user-1" });
  });

  it("still ends the session of a deactivated person, and lets real faults through", async () => {
    lookup.user = async () => ({ isActive: false, sessionVersion: 3 });
    expect(await jwt({ token: signedIn })).toMatchObject({ userId: undefined, revoked: true });
    lookup.user = async () => {
      throw new TypeError("bug");
    };
    await expect(jwt({ token: signedIn })).rejects.toThrow("bug");
  });
});
