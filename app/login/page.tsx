import type { Metadata } from "next";
import Link from "next/link";
import { LoginForm } from "@/components/auth/login-form";
import { EmailRequestForm } from "@/components/auth/email-request-form";
import { SsoButton } from "@/components/auth/sso-button";
import { ssoProvider } from "@/lib/auth/sso";
import { ssoEnv } from "@/lib/env";
import { requestSignInLink } from "./actions";

export const metadata: Metadata = { title: "Logga in" };

const ERRORS: Record<string, string> = {
  NoMembership: "Ditt konto är inte kopplat till någon kommun. Kontakta din administratör.",
  SessionRequired: "Logga in för att fortsätta.",
  SsoNoAccount: "Du har inget konto hos kommunens kvalitetsuppföljning. Kontakta din administratör.",
  SsoMfaRequired: "Din roll kräver inloggning i två steg. Logga in med tvåstegsverifiering hos kommunen, eller med lösenord och kod.",
  PasswordChanged: "Ditt lösenord är bytt och alla inloggningar är avslutade. Logga in med det nya lösenordet.",
};

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; error?: string; activated?: string }>;
}) {
  const { callbackUrl, error, activated } = await searchParams;
  // Only same-site paths: an absolute callback URL could send the person to another site.
  const target = callbackUrl?.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
  const sso = ssoProvider(ssoEnv());
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-6 py-12">
      <div className="rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <p className="text-sm font-semibold tracking-wide text-brand-600 uppercase">Kvalitetsuppföljning</p>
        <h1 className="mt-1 text-2xl font-bold">Logga in</h1>
        <p className="mt-2 text-sm text-slate-600">
          För kommunens medarbetare och utförarnas kvalitetsansvariga.
        </p>
        {activated ? (
          <p role="status" className="mt-4 rounded-md bg-emerald-50 p-3 text-sm text-emerald-900">
            Ditt lösenord är sparat. Logga in med det nu.
          </p>
        ) : null}
        <LoginForm callbackUrl={target} initialError={error ? (ERRORS[error] ?? null) : null} />
        <p className="mt-3 text-sm">
          <Link href="/login/glomt" className="text-brand-700 underline">
            Glömt lösenordet?
          </Link>
        </p>
        {sso ? <SsoButton providerId={sso.id} name={sso.name} callbackUrl={target} /> : null}
      </div>
      <section aria-labelledby="lank" className="mt-6 rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <h2 id="lank" className="text-lg font-semibold">Utförare: logga in med länk</h2>
        <p className="mt-1 text-sm text-slate-600">Vi skickar en länk till din e-post. Den gäller i 10 minuter och kan användas en gång.</p>
        <EmailRequestForm action={requestSignInLink} label="E-postadress (utförare)" submitLabel="Skicka inloggningslänk" />
      </section>
    </main>
  );
}
