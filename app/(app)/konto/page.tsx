import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { requirePermission } from "@/lib/auth/guard";
import { ROLE_LABELS } from "@/lib/domain/labels";
import { changePasswordAction } from "./actions";

export const metadata: Metadata = { title: "Mitt konto" };

export default async function AccountPage() {
  const actor = await requirePermission("account.manage");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Mitt konto</h1>
        <p className="text-slate-600">
          {actor.name} ({actor.email})
        </p>
      </div>
      <section aria-labelledby="roller">
        <h2 id="roller" className="text-lg font-semibold">Mina roller</h2>
        <ul className="mt-2 list-disc pl-5 text-sm">
          {actor.memberships.map((membership) => (
            <li key={membership.tenantId}>
              {membership.tenantName}: {ROLE_LABELS[membership.role]}
              {membership.providerName ? ` (${membership.providerName})` : ""}
            </li>
          ))}
        </ul>
      </section>
      <ChangePasswordForm action={changePasswordAction} />
    </div>
  );
}
