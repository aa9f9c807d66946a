import type { Metadata } from "next";
import Link from "next/link";
import { EmailRequestForm } from "@/components/auth/email-request-form";
import { requestPasswordReset } from "../actions";

export const metadata: Metadata = { title: "Glömt lösenordet" };

export default function ForgotPasswordPage() {
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-6 py-12">
      <div className="rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="text-2xl font-bold">Glömt lösenordet</h1>
        <p className="mt-2 text-sm text-slate-600">Ange din e-postadress så skickar vi en länk där du kan välja ett nytt lösenord.</p>
        <EmailRequestForm action={requestPasswordReset} label="E-postadress" submitLabel="Skicka länk" />
        <p className="mt-4 text-sm">
          <Link href="/login" className="text-brand-700 underline">
            Tillbaka till inloggningen
          </Link>
        </p>
      </div>
    </main>
  );
}
