"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useId, useState } from "react";

const MESSAGES: Record<string, string> = {
  RATE_LIMITED: "För många misslyckade inloggningsförsök. Vänta 15 minuter och försök igen.",
  TOTP_INVALID: "Koden stämmer inte. Ange den kod som appen visar just nu, eller en reservkod.",
};

const INPUT = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 shadow-sm focus:border-brand-600";

export function LoginForm({ callbackUrl, initialError }: { callbackUrl: string; initialError: string | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);
  const [needsCode, setNeedsCode] = useState(false);
  const errorId = useId();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const code = String(form.get("code") ?? "").trim();
    if (!email || !password) {
      setError("Fyll i både e-postadress och lösenord.");
      return;
    }
    if (needsCode && !code) {
      setError("Ange koden från din autentiseringsapp.");
      return;
    }
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", { email, password, ...(code ? { code } : {}), redirect: false });
      if (result?.error === "TOTP_REQUIRED") {
        setNeedsCode(true);
        setError("Ange koden från din autentiseringsapp för att slutföra inloggningen.");
        return;
      }
      if (!result || result.error) {
        setError((result?.error && MESSAGES[result.error]) ?? "Fel e-postadress eller lösenord.");
        return;
      }
      router.replace(callbackUrl);
      router.refresh();
    } catch {
      setError("Inloggningen kunde inte genomföras just nu. Försök igen om en stund.");
    } finally {
      setPending(false);
    }
  }

  return (
    // POST, so that a press before the page's script has run never puts the password in the address bar or a log.
    <form method="post" onSubmit={onSubmit} noValidate className="mt-6 space-y-4" aria-describedby={error ? errorId : undefined}>
      <label className="block">
        <span className="text-sm font-medium">E-postadress</span>
        <input name="email" type="email" autoComplete="username" required aria-invalid={error && !needsCode ? true : undefined} className={INPUT} />
      </label>
      <label className="block">
        <span className="text-sm font-medium">Lösenord</span>
        <input name="password" type="password" autoComplete="current-password" required aria-invalid={error && !needsCode ? true : undefined} className={INPUT} />
      </label>
      {needsCode ? (
        <label className="block">
          <span className="text-sm font-medium">Kod från appen eller reservkod</span>
          <input name="code" autoComplete="one-time-code" autoFocus required className={`${INPUT} font-mono`} />
        </label>
      ) : null}
      <p id={errorId} role="status" aria-live="polite" className="min-h-5 text-sm font-medium text-red-700">
        {error}
      </p>
      <button type="submit" disabled={pending} className="w-full rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? "Loggar in…" : "Logga in"}
      </button>
    </form>
  );
}
