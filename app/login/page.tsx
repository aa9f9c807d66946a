import type { Metadata } from "next";
import { LoginForm } from "@/components/auth/login-form";

export const metadata: Metadata = { title: "Logga in" };

const ERRORS: Record<string, string> = {
  NoMembership: "Ditt konto är inte kopplat till någon kommun. Kontakta din administratör.",
  SessionRequired: "Logga in för att fortsätta.",
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl, error } = await searchParams;
  // Only same-site paths: an absolute callback URL could send the person to another site.
  const target = callbackUrl?.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-6 py-12">
      <div className="rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <p className="text-sm font-semibold tracking-wide text-brand-600 uppercase">Kvalitetsuppföljning</p>
        <h1 className="mt-1 text-2xl font-bold">Logga in</h1>
        <p className="mt-2 text-sm text-slate-600">
          För kommunens medarbetare och utförarnas kvalitetsansvariga.
        </p>
        <LoginForm callbackUrl={target} initialError={error ? (ERRORS[error] ?? null) : null} />
      </div>
    </main>
  );
}
