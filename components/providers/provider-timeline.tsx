import Link from "next/link";
import { MaturityBadge } from "@/components/badges/maturity-badge";
import type { ProviderProfile } from "@/lib/data/providers";
import { SELF_ASSESSMENT_STATUS_LABELS } from "@/lib/domain/labels";
import { formatDate, formatDateTime } from "@/lib/format";

const DIALOGUE_STATUS = { PLANNED: "planerad", HELD: "genomförd", CANCELLED: "inställd" } as const;

function Step({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <li className="relative pl-5 before:absolute before:left-0 before:top-2 before:h-2 before:w-2 before:rounded-full before:bg-brand-600">
      <span className="text-sm font-medium">{label}: </span>
      <span className="text-sm text-slate-700">{children}</span>
    </li>
  );
}

/** Each cycle in order: self-assessment → assessment → dialogue → actions, then the next cycle. */
export function ProviderTimeline({ cycles }: { cycles: ProviderProfile["cycles"] }) {
  if (cycles.length === 0) return <p className="mt-2 text-slate-600">Utföraren har inte följts upp ännu.</p>;
  const oldestFirst = [...cycles].sort((a, b) => a.year - b.year);
  return (
    <ol className="mt-3 space-y-3" aria-label="Tidslinje per uppföljning, äldst först">
      {oldestFirst.map((cycle) => (
        <li key={cycle.cycleId} className="rounded-lg border border-slate-200 bg-white p-4">
          <h3 className="font-semibold">
            {cycle.year}: {cycle.cycleName}
          </h3>
          <ol className="mt-2 space-y-1">
            <Step label="Egenrapportering">
              {cycle.selfAssessmentStatus ? SELF_ASSESSMENT_STATUS_LABELS[cycle.selfAssessmentStatus as keyof typeof SELF_ASSESSMENT_STATUS_LABELS] : "–"}
              {cycle.submittedAt ? ` ${formatDate(cycle.submittedAt)}` : ""}
            </Step>
            <Step label="Bedömning">{cycle.grade ? <MaturityBadge grade={cycle.grade.value} /> : "Inte fastställd eller inte publicerad"}</Step>
            <Step label="Kvalitetsdialog">
              {cycle.dialogue ? (
                <Link href={`/dialoger/${cycle.dialogue.id}`} className="text-brand-700 underline">
                  {formatDateTime(cycle.dialogue.startsAt)}, {DIALOGUE_STATUS[cycle.dialogue.status]}
                </Link>
              ) : (
                "Ingen dialog"
              )}
            </Step>
            <Step label="Åtgärder">
              {cycle.actions.total === 0 ? (
                "Inga"
              ) : (
                <Link href="/atgarder?vy=alla" className="text-brand-700 underline">
                  {cycle.actions.done} av {cycle.actions.total} klara{cycle.actions.overdue ? `, ${cycle.actions.overdue} försenade` : ""}
                </Link>
              )}
            </Step>
          </ol>
        </li>
      ))}
    </ol>
  );
}
