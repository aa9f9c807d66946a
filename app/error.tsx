"use client";

import { useRouter } from "next/navigation";
import { startTransition, useEffect } from "react";

/**
 * Any page that fails to render. A likely cause is a short database outage (a restart), so the
 * page mentions it and offers to try again; the details stay in the server log under the digest.
 */
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  useEffect(() => {
    console.error(error);
  }, [error]);
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });

  return (
    <main className="mx-auto max-w-xl px-6 py-16">
      <div role="alert" className="space-y-4">
        <h1 className="text-2xl font-semibold">Sidan kunde inte visas just nu</h1>
        <p>
          Något gick fel när sidan skulle hämtas, ofta ett kort avbrott, till exempel när databasen startas om. Det du redan fått
          bekräftat som sparat finns kvar. Vänta några sekunder och försök igen.
        </p>
        {error.digest ? <p className="text-sm text-slate-600">Felkod för supporten: {error.digest}</p> : null}
        <button type="button" onClick={retry} className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2">
          Försök igen
        </button>
      </div>
    </main>
  );
}
