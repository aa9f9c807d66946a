"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/action";
import { tenantCtxOf } from "@/lib/auth/session";
import { issueToken } from "@/lib/auth/tokens";
import { deliverPendingEmails } from "@/lib/data/outbox";
import { changeRole, inviteUser, setMembershipActive } from "@/lib/data/users";
import { appUrl } from "@/lib/env";
import { changeRoleSchema, inviteUserSchema, setActiveSchema } from "@/lib/validation/users";

export const inviteUserAction = formAction({ name: "inviteUser", permission: "user.manage" }, inviteUserSchema, async (input, actor) => {
  const token = await issueToken(input.email, "INVITE");
  await inviteUser(tenantCtxOf(actor), input, appUrl(`/login/aktivera?token=${token}`));
  void deliverPendingEmails();
  revalidatePath("/admin/anvandare");
  return { ok: true, message: `En inbjudan har skickats till ${input.email}.` };
});

export const changeRoleAction = formAction({ name: "changeRole", permission: "user.manage" }, changeRoleSchema, async (input, actor) => {
  await changeRole(tenantCtxOf(actor), input);
  revalidatePath("/admin/anvandare");
  return { ok: true, message: "Rollen är ändrad. Personen behöver logga in igen." };
});

export const setActiveAction = formAction({ name: "setMembershipActive", permission: "user.manage" }, setActiveSchema, async (input, actor) => {
  await setMembershipActive(tenantCtxOf(actor), input.membershipId, input.active);
  revalidatePath("/admin/anvandare");
  return { ok: true, message: input.active ? "Kontot är aktiverat igen." : "Kontot är inaktiverat och personen är utloggad." };
});
