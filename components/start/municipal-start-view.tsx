import Link from "next/link";
import { CYCLE_STATUS_LABELS, ROLE_LABELS, type RoleCode } from "@/lib/domain/labels";
import type { MunicipalStart } from "@/lib/data/start-page";
import { formatDate } from "@/lib/format";
import { CycleProvidersTable } from "./cycle-providers-table";
import { StatCard } from "./stat-card";

interface MunicipalStartViewProps {
  role: RoleCode;
  userName: string;
  data: MunicipalStart;
}

export function MunicipalStartView({ role, userName, data }: MunicipalStartViewProps) {
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">Välkommen, {userName}</h1>
        <p className="text-slate-600">Du är inloggad som {ROLE_LABELS[role].toLowerCase()}.</p>
      </div>
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        <StatCard label="Aktiva utförare" value={data.providerCount} />
        <StatCard label="Pågående placeringar" value={data.currentPlacementCount} />
        {role === "SOCIAL_SECRETARY" ? (
          <StatCard label="Mina placeringar" value={data.myPlacementCount} />
        ) : (
          <StatCard label="Uppföljningar" value={data.cycles.length} />
        )}
        <StatCard label="Öppna åtgärder" value={data.openActionCount} />
      </dl>
      <section aria-labelledby="uppfoljningar">
        <h2 id="uppfoljningar" className="text-xl font-semibold">Uppföljningar</h2>
        {data.cycles.length === 0 ? (
          <p className="mt-2 text-slate-600">Det finns inga uppföljningar ännu.</p>
        ) : (
          <div className="mt-4 space-y-6">
            {data.cycles.map((cycle) => (
              <article key={cycle.id} className="rounded-lg border border-slate-200 bg-white p-5">
                <header className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
                  <h3 className="text-lg font-semibold">
                    <Link href={`/uppfoljningar/${cycle.id}`} className="hover:underline">
                      {cycle.name}
                    </Link>
                  </h3>
                  <p className="text-sm text-slate-600">
                    {CYCLE_STATUS_LABELS[cycle.status as keyof typeof CYCLE_STATUS_LABELS]} · {formatDate(cycle.periodStart)}–
                    {formatDate(cycle.periodEnd)}
                    {cycle.providerCountAtSelection
                      ? ` · ${cycle.providers.length} av ${cycle.providerCountAtSelection} utförare`
                      : ` · ${cycle.providers.length} utförare`}
                  </p>
                </header>
                <CycleProvidersTable cycleName={cycle.name} rows={cycle.providers} />
              </article>
            ))}
          </div>
        )}
      </section>
    </div>
  );
}
