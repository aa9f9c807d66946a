"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/auth/action";
import { tenantCtxOf } from "@/lib/auth/session";
import { changePassword } from "@/lib/data/accounts";
import { changePasswordSchema } from "@/lib/validation/account";

export const changePasswordAction = formAction({ name: "changePassword", permission: "account.manage" }, changePasswordSchema, async (input, actor) => {
  await changePassword(tenantCtxOf(actor), input.current, input.password);
  // Every session has ended, this one too: sign in again with the new password.
  redirect("/login?error=PasswordChanged");
});
