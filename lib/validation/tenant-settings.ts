import { z } from "zod";

/** A tenant's settings, stored as JSON on the tenant; unknown or broken values fall back to defaults. */
export const tenantSettingsSchema = z.object({
  suppressionThreshold: z.number().int().min(1).max(50).catch(5).default(5),
  requireTwoFactorForAll: z.boolean().catch(false).default(false),
});
export type TenantSettings = z.infer<typeof tenantSettingsSchema>;

export function parseTenantSettings(value: unknown): TenantSettings {
  return tenantSettingsSchema.parse(value && typeof value === "object" ? value : {});
}

/** The admin's form for the security settings. */
export const securitySettingsSchema = z.object({
  requireTwoFactorForAll: z.preprocess((value) => value === "on" || value === "true", z.boolean()),
});
