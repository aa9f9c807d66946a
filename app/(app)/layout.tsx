import { ActivityHeartbeat } from "@/components/auth/activity-heartbeat";
import { AppHeader } from "@/components/layout/app-header";
import { subjectOf } from "@/lib/auth/guard";
import { navigationFor } from "@/lib/auth/navigation";
import { requireActor } from "@/lib/auth/session";
import { switchTenant } from "./actions";

export const dynamic = "force-dynamic";

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  return (
    <>
      <a href="#innehall" className="sr-only focus:not-sr-only focus:absolute focus:m-2 focus:rounded focus:bg-white focus:p-2">
        Hoppa till innehållet
      </a>
      <AppHeader
        tenantId={actor.membership.tenantId}
        tenantName={actor.membership.tenantName}
        tenants={actor.memberships.map((membership) => ({ id: membership.tenantId, name: membership.tenantName }))}
        userName={actor.name}
        role={actor.membership.role}
        providerName={actor.membership.providerName}
        navigation={navigationFor(subjectOf(actor))}
        switchTenant={switchTenant}
      />
      <ActivityHeartbeat />
      <main id="innehall" className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
        {children}
      </main>
    </>
  );
}
