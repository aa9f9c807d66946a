import type { Metadata } from "next";
import { ActivateAccountForm } from "@/components/auth/activate-account-form";
import { activateAccountAction } from "../actions";

export const metadata: Metadata = { title: "Aktivera konto" };

export default async function ActivatePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-6 py-12">
      <div className="rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="text-2xl font-bold">Välj lösenord</h1>
        <p className="mt-2 text-sm text-slate-600">Välj ett lösenord för ditt konto i Kvalitetsuppföljning. Tidigare inloggningar avslutas.</p>
        {token ? <ActivateAccountForm token={token} action={activateAccountAction} /> : <p className="mt-4">Länken saknar sin kod. Be om en ny inbjudan.</p>}
      </div>
    </main>
  );
}
