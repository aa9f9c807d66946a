import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { TwoFactorSetup } from "@/components/auth/two-factor-setup";
import { remainingRecoveryCodes, twoFactorEnabled } from "@/lib/data/two-factor";
import { beginTwoFactorAction, confirmTwoFactorAction } from "../../tvafaktor/actions";
import { requirePermission } from "@/lib/auth/guard";
import { ROLE_LABELS } from "@/lib/domain/labels";
import { changePasswordAction } from "./actions";

export const metadata: Metadata = { title: "Mitt konto" };

export default async function AccountPage() {
  const actor = await requirePermission("account.manage");
  const [enabled, recoveryLeft] = await Promise.all([twoFactorEnabled(actor.userId), remainingRecoveryCodes(actor.userId)]);
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
      <section aria-labelledby="tvafaktor" className="max-w-xl space-y-3 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="tvafaktor" className="text-lg font-semibold">Tvåfaktorsinloggning</h2>
        {enabled ? (
          <p>
            Aktiverad. Du har {recoveryLeft} oanvända reservkoder kvar.
          </p>
        ) : (
          <TwoFactorSetup begin={beginTwoFactorAction} confirm={confirmTwoFactorAction} continueHref="/konto" />
        )}
      </section>
      <ChangePasswordForm action={changePasswordAction} />
    </div>
  );
}
