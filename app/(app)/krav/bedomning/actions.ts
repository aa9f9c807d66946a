"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/action";
import { tenantCtxOf } from "@/lib/auth/session";
import { updateTenantSettings } from "@/lib/data/tenant-settings";
import { scoringSettingsSchema, toScoringConfig } from "@/lib/validation/tenant-settings";

export const updateScoringSettingsAction = formAction({ name: "updateScoringSettings", permission: "scoring.configure" }, scoringSettingsSchema, async (input, actor) => {
  await updateTenantSettings(tenantCtxOf(actor), { scoring: toScoringConfig(input) });
  revalidatePath("/krav/bedomning");
  return { ok: true, message: "Bedömningsgrunderna är sparade. De gäller nya beräkningar; redan fastställda nivåer ändras inte." };
});
