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

/** An active person as a session sees them: the version their sessions must carry, and their active memberships. */
export interface SignedInPerson {
  sessionVersion: number;
  memberships: MembershipSummary[];
}

/**
 * The active person and their active memberships across tenants, or null when the person is
 * inactive or unknown. Deliberately not tenant-scoped: it is how the tenant is chosen in the first
 * place, and is called only from lib/auth and sign-in.
 */
export async function unsafeFindSignedInPerson(userId: string): Promise<SignedInPerson | null> {
  // One round trip (prisma/migrations/…_session_check_in_lookup): this runs on every signed-in request.
  const rows = await db.$queryRaw<LookupRow[]>`SELECT * FROM app_active_memberships(${userId}::uuid)`;
  const person = rows[0];
  if (!person) return null;
  const memberships = rows.flatMap((row): MembershipSummary[] =>
    row.tenantId && row.membershipId && row.role && row.tenantName
      ? [
          {
            tenantId: row.tenantId,
            tenantName: row.tenantName,
            membershipId: row.membershipId,
            role: row.role,
            providerId: row.providerId,
            providerName: row.providerName,
            userName: row.userName,
            userEmail: row.userEmail,
            mustEnrolTwoFactor: !row.totpEnabledAt && twoFactorRequired(row.role, parseTenantSettings(row.tenantSettings)),
          },
        ]
      : [],
  );
  return { sessionVersion: person.sessionVersion, memberships };
}

/** The active memberships of an active user, across tenants (empty for an inactive one). */
export async function unsafeFindActiveMemberships(userId: string): Promise<MembershipSummary[]> {
  return (await unsafeFindSignedInPerson(userId))?.memberships ?? [];
}

/** A row of app_active_memberships: the person, and one membership or (without any) none. */
interface LookupRow {
  sessionVersion: number;
  userName: string;
  userEmail: string;
  totpEnabledAt: Date | null;
  tenantId: string | null;
  membershipId: string | null;
  role: RoleCode | null;
  providerId: string | null;
  tenantName: string | null;
  tenantSettings: unknown;
  providerName: string | null;
}
