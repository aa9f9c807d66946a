"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState } from "react";

/**
 * Signs in with the link's token when the person presses the button, not on page load, so a mail
 * filter that opens links in advance cannot use up the single-use token.
 */
export function MagicLinkSignIn({ token }: { token: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onClick() {
    setPending(true);
    setError(null);
    const result = await signIn("magic-link", { token, redirect: false });
    setPending(false);
    if (!result || result.error) {
      setError("Länken är ogiltig, redan använd eller äldre än 10 minuter. Begär en ny länk på inloggningssidan.");
      return;
    }
    router.replace("/");
    router.refresh();
  }

  return (
    <div className="mt-6 space-y-3">
      <button type="button" onClick={onClick} disabled={pending} className="w-full rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? "Loggar in…" : "Logga in"}
      </button>
      <p role="alert" className="min-h-5 text-sm font-medium text-red-700">
        {error}
      </p>
    </div>
  );
}
