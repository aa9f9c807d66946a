import type { Metadata } from "next";
import Link from "next/link";
import { MagicLinkSignIn } from "@/components/auth/magic-link-sign-in";

export const metadata: Metadata = { title: "Logga in med länk" };

export default async function MagicLinkPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-6 py-12">
      <div className="rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="text-2xl font-bold">Logga in med länk</h1>
        {token ? (
          <MagicLinkSignIn token={token} />
        ) : (
          <p className="mt-4 text-slate-700">
            Länken saknar sin kod. <Link href="/login" className="text-brand-700 underline">Begär en ny länk</Link>.
          </p>
        )}
      </div>
    </main>
  );
}
