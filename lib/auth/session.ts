import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getToken } from "next-auth/jwt";
import { cache } from "react";
import { unsafeFindSignedInPerson, type MembershipSummary } from "@/lib/data/memberships";
import type { TenantCtx } from "@/lib/data/tenant-context";
import { asAppError } from "@/lib/errors";
import { decodeSessionToken } from "./jwt";
import { sessionHolder, type SessionHolder } from "./session-rules";

export const TENANT_COOKIE = "kvalitet-tenant";

/** Who is acting, and for which tenant: the input of every authorisation decision. */
export interface Actor {
  userId: string;
  name: string;
  email: string;
  membership: MembershipSummary;
  /** Every tenant the person may switch to. */
  memberships: MembershipSummary[];
}

export type ActorLookup = { actor: Actor } | { missing: "SIGNED_OUT" | "NO_MEMBERSHIP" | "MUST_ENROL_TWO_FACTOR" };

/**
 * The signed-in person and their membership in the active tenant (the tenant cookie, else the
 * first), or why there is none. Cached per request, so a page and its parts decode the session once.
 * The cookie is only read here; next-auth re-issues it (with a new "last seen") on the activity
 * heartbeat. During a database outage this throws UNAVAILABLE: the person stays signed in.
 */
export const findActor = cache(async (allowTwoFactorEnrolment = false): Promise<ActorLookup> => {
  const holder = await readSessionHolder();
  if (!holder) return { missing: "SIGNED_OUT" };
  const person = await unlessUnavailable(unsafeFindSignedInPerson(holder.userId));
  // Inactive, or the session was ended everywhere (signed out, new password, deactivated and back).
  if (!person || person.sessionVersion !== holder.sessionVersion) return { missing: "SIGNED_OUT" };
  const first = person.memberships[0];
  if (!first) return { missing: "NO_MEMBERSHIP" };
  const wanted = (await cookies()).get(TENANT_COOKIE)?.value;
  const membership = person.memberships.find((candidate) => candidate.tenantId === wanted) ?? first;
  // Until a required second factor is set up, the person can do nothing but set it up.
  if (membership.mustEnrolTwoFactor && !allowTwoFactorEnrolment) return { missing: "MUST_ENROL_TWO_FACTOR" };
  return { actor: { userId: holder.userId, name: first.userName, email: first.userEmail, membership, memberships: person.memberships } };
});

/** The session cookie, decoded and checked against the session rules (next-auth's cookie name, chunks included). */
async function readSessionHolder(): Promise<SessionHolder | null> {
  const secret = process.env.NEXTAUTH_SECRET;
  // next-auth refuses to run without it too; `npm run dev` and the tests always set it.
  if (!secret) throw new Error("NEXTAUTH_SECRET saknas: sessionerna kan inte läsas.");
  // Only the cookie counts, as with getServerSession: getToken would also take an Authorization header.
  const request = { cookies: await cookies(), headers: new Headers() };
  const token = await getToken({ req: request as unknown as Parameters<typeof getToken>[0]["req"], secret, decode: decodeSessionToken });
  return sessionHolder(token, Math.floor(Date.now() / 1000));
}

async function unlessUnavailable<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw asAppError(error) ?? error;
  }
}

/** For pages and actions: the actor, or a redirect to where the person can get one. */
export async function requireActor(allowTwoFactorEnrolment = false): Promise<Actor> {
  const found = await findActor(allowTwoFactorEnrolment);
  if ("actor" in found) return found.actor;
  if (found.missing === "MUST_ENROL_TWO_FACTOR") redirect("/tvafaktor");
  redirect(found.missing === "NO_MEMBERSHIP" ? "/login?error=NoMembership" : "/login");
}

/** The data-layer scope for this actor. */
export function tenantCtxOf(actor: Actor): TenantCtx {
  return {
    tenantId: actor.membership.tenantId,
    userId: actor.userId,
    role: actor.membership.role,
    providerId: actor.membership.role === "PROVIDER" ? actor.membership.providerId : null,
  };
}
