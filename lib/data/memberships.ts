import "server-only";
import { twoFactorRequired } from "@/lib/auth/two-factor";
import { unsafeAcrossTenants } from "@/lib/db/tenant";
import { parseTenantSettings } from "@/lib/validation/tenant-settings";
import type { RoleCode } from "@/lib/domain/labels";

export interface MembershipSummary {
  tenantId: string;
  tenantName: string;
  membershipId: string;
  role: RoleCode;
  providerId: string | null;
  providerName: string | null;
  userName: string;
  userEmail: string;
  /** This membership's role must use two-factor sign-in and the person has not set it up yet. */
  mustEnrolTwoFactor: boolean;
}

/**
 * The active memberships of an active user, across tenants. Deliberately not tenant-scoped:
 * it is how the tenant is chosen in the first place, and is called only from lib/auth.
 */
export async function unsafeFindActiveMemberships(userId: string): Promise<MembershipSummary[]> {
  const rows = await unsafeAcrossTenants((tx) => tx.membership.findMany({
    where: { userId, isActive: true, user: { isActive: true } },
    select: {
      tenantId: true,
      id: true,
      role: true,
      providerId: true,
      tenant: { select: { name: true, settings: true } },
      provider: { select: { name: true } },
      user: { select: { name: true, email: true, totpEnabledAt: true } },
    },
    orderBy: { tenant: { name: "asc" } },
  }));
  return rows.map((row) => ({
    tenantId: row.tenantId,
    tenantName: row.tenant.name,
    membershipId: row.id,
    role: row.role,
    providerId: row.providerId,
    providerName: row.provider?.name ?? null,
    userName: row.user.name,
    userEmail: row.user.email,
    mustEnrolTwoFactor: !row.user.totpEnabledAt && twoFactorRequired(row.role, parseTenantSettings(row.tenant.settings)),
  }));
}
