"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/action";
import { tenantCtxOf } from "@/lib/auth/session";
import { addDeviation, removeDeviation } from "@/lib/data/deviations";
import { addDeviationSchema, removeDeviationSchema } from "@/lib/validation/deviation";

export const addDeviationAction = formAction({ name: "addDeviation", permission: "deviation.manage" }, addDeviationSchema, async (input, actor) => {
  await addDeviation(tenantCtxOf(actor), input);
  revalidatePath("/avvikelser");
  return { ok: true, message: "Registrerat." };
});

export const removeDeviationAction = formAction({ name: "removeDeviation", permission: "deviation.manage" }, removeDeviationSchema, async (input, actor) => {
  await removeDeviation(tenantCtxOf(actor), input.id);
  revalidatePath("/avvikelser");
  return { ok: true, message: "Borttaget." };
});
