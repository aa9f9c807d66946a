import Link from "next/link";
import type { ActionRow } from "@/lib/data/action-items";
import { ActionStatusBadge } from "./action-status-badge";

const ORIGIN = { dialogue: "Kvalitetsdialog", actionPlan: "Åtgärdsplan", qualityPlan: "Kvalitetsplan", other: "Övrigt" } as const;

/** Actions as a table: what, whose, by when, and the traffic light. */
export function ActionsList({ rows, label, showProvider = true, empty }: { rows: ActionRow[]; label: string; showProvider?: boolean; empty: string }) {
  if (rows.length === 0) return <p className="text-slate-600">{empty}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm" aria-label={label}>
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">Åtgärd</th>
            {showProvider ? <th scope="col" className="px-3 py-2 font-medium">Utförare</th> : null}
            <th scope="col" className="px-3 py-2 font-medium">Ansvarig</th>
            <th scope="col" className="px-3 py-2 font-medium">Klar senast</th>
            <th scope="col" className="px-3 py-2 font-medium">Status</th>
            <th scope="col" className="px-3 py-2 font-medium">Ursprung</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className="px-3 py-2 text-left font-normal">
                <Link href={`/atgarder/${row.id}`} className="text-brand-700 underline">
                  {row.description}
                </Link>
                {row.requirement ? <span className="block text-xs text-slate-600">{row.requirement}</span> : null}
              </th>
              {showProvider ? <td className="px-3 py-2">{row.providerName ?? "Kommunen"}</td> : null}
              <td className="px-3 py-2">
                {row.ownerSide === "PROVIDER" ? "Utföraren" : "Kommunen"}
                {row.ownerName ? <span className="block text-xs text-slate-600">{row.ownerName}</span> : null}
              </td>
              <td className="whitespace-nowrap px-3 py-2 tabular-nums">{row.dueOn ?? "–"}</td>
              <td className="px-3 py-2">
                <ActionStatusBadge status={row.shownStatus} />
              </td>
              <td className="px-3 py-2">
                {ORIGIN[row.origin]}
                {row.cycleName ? <span className="block text-xs text-slate-600">{row.cycleName}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
