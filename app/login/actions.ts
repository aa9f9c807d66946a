"use server";

import { redirect } from "next/navigation";
import { publicFormAction } from "@/lib/auth/action";
import { consumeToken } from "@/lib/auth/tokens";
import { activateAccount, unsafeSendPasswordReset, unsafeSendSignInLink } from "@/lib/data/accounts";
import { deliverPendingEmails } from "@/lib/data/outbox";
import { appUrl } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { activateAccountSchema, signInLinkRequestSchema } from "@/lib/validation/account";

export const requestSignInLink = publicFormAction({ name: "requestSignInLink" }, signInLinkRequestSchema, async (input) => {
  await unsafeSendSignInLink(input.email, (token) => appUrl(`/login/lank?token=${token}`));
  void deliverPendingEmails();
  // The same answer whether or not the address has an account.
  return { ok: true, message: "Om adressen hör till en utförare med konto har vi skickat en inloggningslänk. Den gäller i 10 minuter." };
});

export const requestPasswordReset = publicFormAction({ name: "requestPasswordReset" }, signInLinkRequestSchema, async (input) => {
  await unsafeSendPasswordReset(input.email, (token) => appUrl(`/login/aktivera?token=${token}`));
  void deliverPendingEmails();
  return { ok: true, message: "Om adressen hör till ett konto med lösenord har vi skickat en länk för att välja ett nytt. Den gäller i 30 minuter." };
});

export const activateAccountAction = publicFormAction({ name: "activateAccount" }, activateAccountSchema, async (input) => {
  const email = (await consumeToken(input.token, "INVITE")) ?? (await consumeToken(input.token, "PASSWORD_RESET"));
  if (!email) throw new AppError("INVALID", "Länken är ogiltig, redan använd eller för gammal. Begär en ny länk.");
  await activateAccount(email, input.password);
  redirect("/login?activated=1");
});
