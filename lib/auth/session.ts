import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { unsafeFindActiveMemberships, type MembershipSummary } from "@/lib/data/memberships";
import type { TenantCtx } from "@/lib/data/tenant-context";
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

/**
 * The signed-in person and their membership in the active tenant (the tenant cookie, else the
 * first). Redirects to the sign-in page when there is no valid session or membership.
 * Cached per request, so a page and its components decode the session once.
 */
export const requireActor = cache(async (allowTwoFactorEnrolment = false): Promise<Actor> => {
  const session = await getServerSession(authOptions);
  const userId = session?.userId;
  if (!userId) redirect("/login");
  const memberships = await unsafeFindActiveMemberships(userId);
  const first = memberships[0];
  if (!first) redirect("/login?error=NoMembership");
  const wanted = (await cookies()).get(TENANT_COOKIE)?.value;
  const membership = memberships.find((candidate) => candidate.tenantId === wanted) ?? first;
  // Until a required second factor is set up, the person can do nothing but set it up.
  if (membership.mustEnrolTwoFactor && !allowTwoFactorEnrolment) redirect("/tvafaktor");
  return { userId, name: first.userName, email: first.userEmail, membership, memberships };
});

/** The data-layer scope for this actor. */
export function tenantCtxOf(actor: Actor): TenantCtx {
  return {
    tenantId: actor.membership.tenantId,
    userId: actor.userId,
    role: actor.membership.role,
    providerId: actor.membership.role === "PROVIDER" ? actor.membership.providerId : null,
  };
}
