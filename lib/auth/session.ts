import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { unsafeFindActiveMemberships, type MembershipSummary } from "@/lib/data/memberships";
import type { TenantCtx } from "@/lib/data/tenant-context";
import { AppError } from "@/lib/errors";
import { authOptions } from "./options";

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
 */
export const findActor = cache(async (allowTwoFactorEnrolment = false): Promise<ActorLookup> => {
  const session = await getServerSession(authOptions);
  if (session?.databaseUnavailable) throw new AppError("UNAVAILABLE");
  const userId = session?.userId;
  if (!userId) return { missing: "SIGNED_OUT" };
  const memberships = await unsafeFindActiveMemberships(userId);
  const first = memberships[0];
  if (!first) return { missing: "NO_MEMBERSHIP" };
  const wanted = (await cookies()).get(TENANT_COOKIE)?.value;
  const membership = memberships.find((candidate) => candidate.tenantId === wanted) ?? first;
  // Until a required second factor is set up, the person can do nothing but set it up.
  if (membership.mustEnrolTwoFactor && !allowTwoFactorEnrolment) return { missing: "MUST_ENROL_TWO_FACTOR" };
  return { actor: { userId, name: first.userName, email: first.userEmail, membership, memberships } };
});

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
