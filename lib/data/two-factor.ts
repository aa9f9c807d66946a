import "server-only";
import QRCode from "qrcode";
import {
  hashRecoveryCode,
  looksLikeRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  totpUri,
  verifyTotpCode,
} from "@/lib/auth/two-factor";
import { db } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors";
import { recordAudit } from "./audit";
import type { TenantCtx } from "./tenant-context";

export interface Enrolment {
  secret: string;
  qrDataUrl: string;
}

/** Starts (or restarts) enrolment: a new secret that is not in force until confirmed with a code. */
export async function beginTwoFactorEnrolment(userId: string): Promise<Enrolment> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, totpEnabledAt: true } });
  if (user.totpEnabledAt) throw new AppError("CONFLICT", "Tvåfaktorsinloggning är redan aktiverad.");
  const secret = newTotpSecret();
  await db.user.update({ where: { id: userId }, data: { totpSecret: secret } });
  return { secret, qrDataUrl: await QRCode.toDataURL(totpUri(secret, user.email), { margin: 1, width: 200 }) };
}

/** Turns two-factor sign-in on once the person shows a code from their app; returns the recovery codes, shown once. */
export async function confirmTwoFactorEnrolment(ctx: Pick<TenantCtx, "tenantId" | "userId">, code: string): Promise<string[]> {
  const user = await db.user.findUniqueOrThrow({ where: { id: ctx.userId }, select: { totpSecret: true, totpEnabledAt: true } });
  if (user.totpEnabledAt) throw new AppError("CONFLICT", "Tvåfaktorsinloggning är redan aktiverad.");
  if (!user.totpSecret) throw new AppError("INVALID", "Börja om aktiveringen: ladda om sidan och skanna den nya QR-koden.");
  if (!verifyTotpCode(user.totpSecret, code)) throw new AppError("INVALID", "Koden stämmer inte. Kontrollera klockan i telefonen och försök med nästa kod.");
  const codes = newRecoveryCodes();
  await db.$transaction([
    db.recoveryCode.deleteMany({ where: { userId: ctx.userId } }),
    db.recoveryCode.createMany({ data: codes.map((value) => ({ userId: ctx.userId, codeHash: hashRecoveryCode(value) })) }),
    db.user.update({ where: { id: ctx.userId }, data: { totpEnabledAt: new Date() } }),
  ]);
  await withTenant(ctx.tenantId, (tx) => recordAudit(tx, ctx, { entity: "User", entityId: ctx.userId, action: "enableTwoFactor" }));
  return codes;
}

/**
 * Checks the second factor at sign-in: a current TOTP code, or an unused recovery code, which is
 * then used up.
 */
export async function verifySecondFactor(userId: string, secret: string, code: string): Promise<boolean> {
  if (looksLikeRecoveryCode(code)) {
    const used = await db.recoveryCode.updateMany({
      where: { userId, codeHash: hashRecoveryCode(code), usedAt: null },
      data: { usedAt: new Date() },
    });
    return used.count === 1;
  }
  return verifyTotpCode(secret, code);
}

export async function remainingRecoveryCodes(userId: string): Promise<number> {
  return db.recoveryCode.count({ where: { userId, usedAt: null } });
}

export async function twoFactorEnabled(userId: string): Promise<boolean> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { totpEnabledAt: true } });
  return user.totpEnabledAt !== null;
}
