"use server";

import { formAction } from "@/lib/auth/action";
import { tenantCtxOf } from "@/lib/auth/session";
import { beginTwoFactorEnrolment, confirmTwoFactorEnrolment } from "@/lib/data/two-factor";
import { beginTwoFactorSchema, confirmTwoFactorSchema } from "@/lib/validation/account";

const meta = { permission: "account.manage", allowTwoFactorEnrolment: true } as const;

export const beginTwoFactorAction = formAction({ name: "beginTwoFactor", ...meta }, beginTwoFactorSchema, async (_input, actor) => {
  const enrolment = await beginTwoFactorEnrolment(actor.userId);
  return { ok: true, data: { secret: enrolment.secret, qrDataUrl: enrolment.qrDataUrl } };
});

export const confirmTwoFactorAction = formAction({ name: "confirmTwoFactor", ...meta }, confirmTwoFactorSchema, async (input, actor) => {
  const recoveryCodes = await confirmTwoFactorEnrolment(tenantCtxOf(actor), input.code);
  return { ok: true, message: "Tvåfaktorsinloggning är aktiverad.", data: { recoveryCodes } };
});
