import Link from "next/link";
import { MaturityBadge } from "@/components/badges/maturity-badge";
import { ActionStatusBadge } from "@/components/actions/action-status-badge";
import { displayStatus, type ActionStatus } from "@/lib/domain/actions";
import { SELF_ASSESSMENT_STATUS_LABELS, type MaturityGradeCode } from "@/lib/domain/labels";
import type { ProviderStart } from "@/lib/data/start-page";
import { formatDate } from "@/lib/format";

export function ProviderStartView({ data, today }: { data: ProviderStart; today: Date }) {
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">{data.providerName}</h1>
        <p className="text-slate-600">Här ser du era egenrapporteringar, publicerade resultat och öppna åtgärder.</p>
      </div>

      <section aria-labelledby="egenrapportering">
        <h2 id="egenrapportering" className="text-xl font-semibold">Egenrapporteringar</h2>
        {data.selfAssessments.length === 0 ? (
          <p className="mt-2 text-slate-600">Ni har inga egenrapporteringar att fylla i just nu.</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {data.selfAssessments.map((row) => (
              <li key={row.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <Link href={`/egenrapportering/${row.id}`} className="font-semibold text-brand-700 hover:underline">
                  {row.cycleName}
                </Link>
                <p className="text-sm text-slate-600">
                  {SELF_ASSESSMENT_STATUS_LABELS[row.status as keyof typeof SELF_ASSESSMENT_STATUS_LABELS]} · {row.answered} av{" "}
                  {row.questions} frågor besvarade · sista dag {formatDate(row.dueOn)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="resultat">
        <h2 id="resultat" className="text-xl font-semibold">Publicerade resultat</h2>
        {data.publishedGrades.length === 0 ? (
          <p className="mt-2 text-slate-600">Inga resultat är publicerade ännu.</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {data.publishedGrades.map((row) => (
              <li key={row.cycleName} className="flex flex-wrap items-center gap-3">
                <span>{row.cycleName}</span>
                <MaturityBadge grade={row.grade as MaturityGradeCode} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="atgarder">
        <h2 id="atgarder" className="text-xl font-semibold">Öppna åtgärder</h2>
        {data.openActions.length === 0 ? (
          <p className="mt-2 text-slate-600">Inga öppna åtgärder.</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {data.openActions.map((action) => (
              <li key={action.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
                <Link href={`/atgarder/${action.id}`} className="font-medium text-brand-700 underline">
                  {action.description}
                </Link>
                <p className="flex flex-wrap items-center gap-2 text-slate-600">
                  <ActionStatusBadge status={displayStatus({ status: action.status as ActionStatus, dueOn: action.dueOn }, today)} />
                  <span>· senast {formatDate(action.dueOn)}</span>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
