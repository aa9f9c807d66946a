import { MaturityBadge } from "@/components/badges/maturity-badge";
import { MATURITY_GRADE_LABELS } from "@/lib/domain/labels";
import { formatPercent } from "@/lib/format";
import type { ScoringResult } from "@/lib/scoring/engine";

const DIRECTION = { up: "högre än", down: "lägre än", same: "samma som" } as const;

/** A grade with the scores per goal area and the requirements that decided it. */
export function GradeExplanation({ result, reasonLimit = 10 }: { result: Omit<ScoringResult, "change"> & Partial<Pick<ScoringResult, "change">>; reasonLimit?: number }) {
  const shown = result.reasons.slice(0, reasonLimit);
  return (
    <div className="space-y-3">
      <p className="flex flex-wrap items-center gap-3">
        <MaturityBadge grade={result.grade} /> Sammanvägt resultat {formatPercent(result.total * 100)}
      </p>
      {result.change ? (
        <p className="text-sm">
          Nivån är {DIRECTION[result.change.direction]} förra uppföljningen ({MATURITY_GRADE_LABELS[result.change.previousGrade].toLowerCase()}), resultatet{" "}
          {result.change.totalDelta >= 0 ? "+" : "−"}
          {formatPercent(Math.abs(result.change.totalDelta) * 100).replace("\u00a0%", "")} procentenheter.
        </p>
      ) : null}
      {result.areaScores.length ? (
        <table className="text-sm" aria-label="Resultat per målområde">
          <thead>
            <tr className="text-left text-slate-600">
              <th scope="col" className="pr-6 font-medium">Målområde</th>
              <th scope="col" className="pr-6 font-medium">Resultat</th>
              <th scope="col" className="font-medium">Bedömda krav</th>
            </tr>
          </thead>
          <tbody>
            {result.areaScores.map((area) => (
              <tr key={area.goalArea}>
                <th scope="row" className="pr-6 text-left font-normal">{area.goalArea}</th>
                <td className="pr-6">{formatPercent(area.score * 100)}</td>
                <td>{area.assessed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {shown.length ? (
        <div>
          <h3 className="text-sm font-semibold">Det som avgör nivån</h3>
          <ul className="list-disc pl-5 text-sm">
            {shown.map((reason) => (
              <li key={`${reason.kind}-${reason.requirementCode ?? ""}`}>{reason.text}</li>
            ))}
          </ul>
          {result.reasons.length > shown.length ? <p className="text-sm text-slate-600">…och {result.reasons.length - shown.length} till.</p> : null}
        </div>
      ) : (
        <p className="text-sm">Alla bedömda krav är uppfyllda.</p>
      )}
    </div>
  );
}
