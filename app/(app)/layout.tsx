import { AppHeader } from "@/components/layout/app-header";
import { requireActor } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  return (
    <>
      <a href="#innehall" className="sr-only focus:not-sr-only focus:absolute focus:m-2 focus:rounded focus:bg-white focus:p-2">
        Hoppa till innehållet
      </a>
      <AppHeader
        tenantName={actor.membership.tenantName}
        userName={actor.name}
        role={actor.membership.role}
        providerName={actor.membership.providerName}
      />
      <main id="innehall" className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
        {children}
      </main>
    </>
  );
}
