import "server-only";
import { twoFactorRequired } from "@/lib/auth/two-factor";
import { db } from "@/lib/db/client";
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
  // One round trip (prisma/migrations/…_membership_lookup): this runs on every signed-in request.
  const rows = await db.$queryRaw<MembershipRow[]>`SELECT * FROM app_active_memberships(${userId}::uuid)`;
  return rows.map((row) => ({
    tenantId: row.tenantId,
    tenantName: row.tenantName,
    membershipId: row.membershipId,
    role: row.role,
    providerId: row.providerId,
    providerName: row.providerName,
    userName: row.userName,
    userEmail: row.userEmail,
    mustEnrolTwoFactor: !row.totpEnabledAt && twoFactorRequired(row.role, parseTenantSettings(row.tenantSettings)),
  }));
}

interface MembershipRow {
  tenantId: string;
  membershipId: string;
  role: RoleCode;
  providerId: string | null;
  tenantName: string;
  tenantSettings: unknown;
  providerName: string | null;
  userName: string;
  userEmail: string;
  totpEnabledAt: Date | null;
}
