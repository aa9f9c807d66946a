"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/action";
import { tenantCtxOf } from "@/lib/auth/session";
import { saveIndicator, saveIndicatorValues } from "@/lib/data/indicators";
import { saveIndicatorSchema, saveIndicatorValuesSchema } from "@/lib/validation/indicator";

export const saveIndicatorAction = formAction({ name: "saveIndicator", permission: "indicator.manage" }, saveIndicatorSchema, async (input, actor) => {
  const { id } = await saveIndicator(tenantCtxOf(actor), input);
  revalidatePath("/indikatorer", "layout");
  return { ok: true, message: input.id ? "Indikatorn är ändrad." : "Indikatorn är skapad.", data: { id } };
});

export const saveIndicatorValuesAction = formAction({ name: "saveIndicatorValues", permission: "indicator.report" }, saveIndicatorValuesSchema, async (input, actor) => {
  const { set, cleared } = await saveIndicatorValues(tenantCtxOf(actor), input.year, input.changes);
  revalidatePath("/indikatorer");
  const parts = [set ? `${set} ${set === 1 ? "värde sparat" : "värden sparade"}` : "", cleared ? `${cleared} ${cleared === 1 ? "värde borttaget" : "värden borttagna"}` : ""].filter(Boolean);
  return { ok: true, message: `${parts.join(", ")}.`.replace(/^./, (first) => first.toUpperCase()) };
});
