"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/action";
import { tenantCtxOf } from "@/lib/auth/session";
import { updateTenantSettings } from "@/lib/data/tenant-settings";
import { securitySettingsSchema } from "@/lib/validation/tenant-settings";

export const updateSecuritySettingsAction = formAction(
  { name: "updateSecuritySettings", permission: "tenant.configure" },
  securitySettingsSchema,
  async (input, actor) => {
    await updateTenantSettings(tenantCtxOf(actor), { requireTwoFactorForAll: input.requireTwoFactorForAll });
    revalidatePath("/admin/installningar");
    return {
      ok: true,
      message: input.requireTwoFactorForAll
        ? "Tvåfaktorsinloggning krävs nu för alla kommunens roller. Den som saknar det får aktivera det vid nästa sidvisning."
        : "Tvåfaktorsinloggning krävs nu bara för administratörer.",
    };
  },
);
