import { describe, expect, it } from "vitest";
import { currentTotpCode } from "@/lib/auth/two-factor";
import { unsafeFindActiveMemberships } from "@/lib/data/memberships";
import { updateTenantSettings } from "@/lib/data/tenant-settings";
import { beginTwoFactorEnrolment, confirmTwoFactorEnrolment, remainingRecoveryCodes, verifySecondFactor } from "@/lib/data/two-factor";
import { DEMO_ADMIN_RECOVERY_CODES, DEMO_ADMIN_TOTP_SECRET } from "@/prisma/seed/demo-credentials";
import { adminDb } from "../fixtures/admin-db";

const userCtx = async (email: string) => {
  const user = await adminDb.user.findUniqueOrThrow({ where: { email } });
  const tenant = await adminDb.tenant.findUniqueOrThrow({ where: { slug: "sjovik" } });
  return { tenantId: tenant.id, userId: user.id };
};

describe("two-factor sign-in", () => {
  it("is set up only after a correct code, and hands out ten one-time recovery codes", async () => {
    const ctx = await userCtx("kvalitet@sjovik.demo");
    const { secret, qrDataUrl } = await beginTwoFactorEnrolment(ctx.userId);
    expect(qrDataUrl).toMatch(/^data:image\/png;base64,/);
    await expect(confirmTwoFactorEnrolment(ctx, "000000" === currentTotpCode(secret) ? "111111" : "000000")).rejects.toMatchObject({ code: "INVALID" });
    expect((await adminDb.user.findUniqueOrThrow({ where: { id: ctx.userId } })).totpEnabledAt).toBeNull();

    const codes = await confirmTwoFactorEnrolment(ctx, currentTotpCode(secret));
    expect(codes).toHaveLength(10);
    expect((await adminDb.user.findUniqueOrThrow({ where: { id: ctx.userId } })).totpEnabledAt).toBeInstanceOf(Date);
    expect(await remainingRecoveryCodes(ctx.userId)).toBe(10);
    expect(await adminDb.auditLog.count({ where: { entityId: ctx.userId, action: "enableTwoFactor" } })).toBe(1);
    await expect(beginTwoFactorEnrolment(ctx.userId)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("accepts a recovery code once at sign-in", async () => {
    const ctx = await userCtx("admin@sjovik.demo");
    const code = DEMO_ADMIN_RECOVERY_CODES[0]!;
    expect(await verifySecondFactor(ctx.userId, DEMO_ADMIN_TOTP_SECRET, code)).toBe(true);
    expect(await verifySecondFactor(ctx.userId, DEMO_ADMIN_TOTP_SECRET, code)).toBe(false);
    expect(await verifySecondFactor(ctx.userId, DEMO_ADMIN_TOTP_SECRET, "zzzz-zzzz")).toBe(false);
    expect(await verifySecondFactor(ctx.userId, DEMO_ADMIN_TOTP_SECRET, currentTotpCode(DEMO_ADMIN_TOTP_SECRET))).toBe(true);
  });

  it("is demanded of other municipal roles once the tenant requires it, never of provider users", async () => {
    const reader = await userCtx("lasare@sjovik.demo");
    const provider = await userCtx("utforare@valfard.demo");
    const mustEnrol = async (userId: string) => (await unsafeFindActiveMemberships(userId))[0]!.mustEnrolTwoFactor;
    expect(await mustEnrol(reader.userId)).toBe(false);
    await updateTenantSettings({ ...reader, role: "ADMIN", providerId: null }, { requireTwoFactorForAll: true });
    expect(await mustEnrol(reader.userId)).toBe(true);
    expect(await mustEnrol(provider.userId)).toBe(false);
    expect(await adminDb.auditLog.count({ where: { entity: "Tenant", action: "updateSettings" } })).toBe(1);
  });
});
