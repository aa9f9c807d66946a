import type { Metadata } from "next";
import { TwoFactorSetup } from "@/components/auth/two-factor-setup";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { requireActor } from "@/lib/auth/session";
import { beginTwoFactorAction, confirmTwoFactorAction } from "./actions";

export const metadata: Metadata = { title: "Tvåfaktorsinloggning" };
export const dynamic = "force-dynamic";

export default async function TwoFactorPage() {
  const actor = await requireActor(true);
  return (
    <main className="mx-auto max-w-xl px-6 py-12">
      <div className="space-y-4 rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="text-2xl font-bold">Aktivera tvåfaktorsinloggning</h1>
        <p className="text-slate-700">
          {actor.membership.mustEnrolTwoFactor
            ? `Din roll i ${actor.membership.tenantName} kräver inloggning i två steg. Aktivera det för att fortsätta.`
            : "Skydda ditt konto med inloggning i två steg."}
        </p>
        <TwoFactorSetup begin={beginTwoFactorAction} confirm={confirmTwoFactorAction} continueHref="/" />
        <SignOutButton />
      </div>
    </main>
  );
}
