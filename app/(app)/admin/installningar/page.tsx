import type { Metadata } from "next";
import { SecuritySettingsForm } from "@/components/admin/security-settings-form";
import { requirePermission } from "@/lib/auth/guard";
import { tenantCtxOf } from "@/lib/auth/session";
import { getTenantSettings } from "@/lib/data/tenant-settings";
import { updateSecuritySettingsAction } from "./actions";

export const metadata: Metadata = { title: "Inställningar" };

export default async function SettingsPage() {
  const actor = await requirePermission("tenant.configure");
  const settings = await getTenantSettings(tenantCtxOf(actor));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Inställningar för {actor.membership.tenantName}</h1>
      <SecuritySettingsForm requireTwoFactorForAll={settings.requireTwoFactorForAll} action={updateSecuritySettingsAction} />
    </div>
  );
}
