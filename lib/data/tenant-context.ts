import type { RoleCode } from "@/lib/domain/labels";

/**
 * The scope every data-access function works in. Built from the Actor by lib/auth; the data
 * layer filters every query by tenantId, and by providerId for provider users.
 */
export interface TenantCtx {
  tenantId: string;
  userId: string;
  role: RoleCode;
  /** Set for provider users: the only provider whose data they may read. */
  providerId: string | null;
}
