import Link from "next/link";
import { MaturityBadge } from "@/components/badges/maturity-badge";
import {
  REVIEW_STATUS_LABELS,
  SELECTION_REASON_LABELS,
  SELF_ASSESSMENT_STATUS_LABELS,
  type MaturityGradeCode,
} from "@/lib/domain/labels";
import type { CycleProviderRow } from "@/lib/data/start-page";

/** `reviewCycleId` links each review status to the assessment page (for those who assess). */
export function CycleProvidersTable({ cycleName, rows, reviewCycleId }: { cycleName: string; rows: CycleProviderRow[]; reviewCycleId?: string }) {
  if (rows.length === 0) {
    return <p className="text-sm text-slate-600">Inga utförare är valda för uppföljningen ännu.</p>;
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" aria-label={`Utförare i ${cycleName}`}>
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">Utförare</th>
            <th scope="col" className="py-2 pr-4 font-medium">Skäl för urval</th>
            <th scope="col" className="py-2 pr-4 font-medium">Egenrapportering</th>
            <th scope="col" className="py-2 pr-4 font-medium">Bedömning</th>
            <th scope="col" className="py-2 font-medium">Kvalitetsmognad</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.providerId}>
              <th scope="row" className="py-2 pr-4 font-medium">{row.providerName}</th>
              <td className="py-2 pr-4 text-slate-700">
                {row.reasons.map((reason) => SELECTION_REASON_LABELS[reason as keyof typeof SELECTION_REASON_LABELS] ?? reason).join("; ")}
              </td>
              <td className="py-2 pr-4">
                {row.selfAssessmentId && row.selfAssessmentStatus ? (
                  <Link href={`/egenrapportering/${row.selfAssessmentId}`} className="text-brand-700 hover:underline">
                    {SELF_ASSESSMENT_STATUS_LABELS[row.selfAssessmentStatus as keyof typeof SELF_ASSESSMENT_STATUS_LABELS]}
                    <span className="sr-only">: egenrapportering från {row.providerName}</span>
                  </Link>
                ) : (
                  "–"
                )}
              </td>
              <td className="py-2 pr-4">
                {reviewCycleId ? (
                  <Link href={`/uppfoljningar/${reviewCycleId}/granskning/${row.providerId}`} className="text-brand-700 hover:underline">
                    {REVIEW_STATUS_LABELS[row.reviewStatus as keyof typeof REVIEW_STATUS_LABELS]}
                    <span className="sr-only">: bedömning av {row.providerName}</span>
                  </Link>
                ) : (
                  REVIEW_STATUS_LABELS[row.reviewStatus as keyof typeof REVIEW_STATUS_LABELS]
                )}
              </td>
              <td className="py-2">
                <MaturityBadge grade={row.grade as MaturityGradeCode | null} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
