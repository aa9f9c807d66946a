import { SUPERVISION_ANSWER_LABELS } from "@/lib/domain/labels";
import type { SupervisionChecklist } from "@/lib/data/supervision-checklist";
import { SUPERVISION_ANSWERS } from "@/lib/domain/supervision-checklist";

const CELL_STYLES = {
  YES: "bg-emerald-50 text-emerald-900",
  NO: "bg-red-100 text-red-900",
  IN_PROGRESS: "bg-amber-50 text-amber-900",
  NOT_APPLICABLE: "bg-slate-100 text-slate-700",
} as const;

/** Supervision items × providers: each answer in words (colour only supports it), counts and comments. */
export function SupervisionMatrix({ checklist }: { checklist: SupervisionChecklist }) {
  if (checklist.rows.length === 0) return <p className="text-slate-600">Uppföljningens enkät har inga tillsynspunkter.</p>;
  const nameOf = new Map(checklist.providers.map((provider) => [provider.id, provider.name]));
  return (
    // Focusable so a keyboard can scroll a matrix wider than the screen.
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" tabIndex={0} role="region" aria-label="Tillsynspunkter, rullbar tabell">
      <table className="text-left text-sm" aria-label={`Tillsynspunkter per utförare, ${checklist.cycle.name}`}>
        <thead className="border-b border-slate-200 align-bottom text-slate-600">
          <tr>
            <th scope="col" className="sticky left-0 min-w-64 bg-white px-3 py-2 font-medium">
              Tillsynspunkt
            </th>
            {checklist.providers.map((provider) => (
              <th key={provider.id} scope="col" className="max-w-28 px-2 py-2 text-xs font-medium">
                {provider.name}
              </th>
            ))}
            {SUPERVISION_ANSWERS.map((answer) => (
              <th key={answer} scope="col" className="px-2 py-2 font-medium">
                {SUPERVISION_ANSWER_LABELS[answer]}
              </th>
            ))}
            <th scope="col" className="min-w-72 px-3 py-2 font-medium">
              Kommentarer
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {checklist.rows.map((row) => (
            <tr key={row.requirementId}>
              <th scope="row" className="sticky left-0 bg-white px-3 py-2 text-left font-normal">
                <span className="font-medium">{row.code}</span> {row.title}
              </th>
              {checklist.providers.map((provider) => {
                const answer = row.answers[provider.id];
                return (
                  <td key={provider.id} className={`px-2 py-2 text-center ${answer ? CELL_STYLES[answer] : "text-slate-500"}`}>
                    {answer ? SUPERVISION_ANSWER_LABELS[answer] : "–"}
                  </td>
                );
              })}
              {SUPERVISION_ANSWERS.map((answer) => (
                <td key={answer} className="px-2 py-2 text-center font-medium tabular-nums">
                  {row.counts[answer]}
                </td>
              ))}
              <td className="px-3 py-2">
                {row.comments.length ? (
                  <ul className="space-y-1">
                    {row.comments.map((comment) => (
                      <li key={comment.providerId}>
                        <span className="font-medium">{nameOf.get(comment.providerId)}:</span> {comment.text}
                      </li>
                    ))}
                  </ul>
                ) : null}
                {row.unanswered ? <p className="text-slate-600">{row.unanswered} ej bedömda</p> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
