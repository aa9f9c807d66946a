import type { Metadata } from "next";
import Link from "next/link";
import { QuickForm } from "@/components/forms/quick-form";
import { requirePermission, subjectOf } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { tenantCtxOf } from "@/lib/auth/session";
import { listReports, reportableCycles } from "@/lib/data/reports";
import { createReportAction } from "./actions";

export const metadata: Metadata = { title: "Rapporter" };

const TEMPLATES = { ANNUAL_QUALITY_REPORT: "Årlig kvalitetsrapport", ACTIVITY_REPORT: "Verksamhetsuppföljning" } as const;

export default async function ReportsPage() {
  const actor = await requirePermission("report.read");
  const ctx = tenantCtxOf(actor);
  const reports = await listReports(ctx);
  const mayManage = can(subjectOf(actor), "report.manage");
  const cycles = mayManage ? await reportableCycles(ctx) : [];
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Rapporter</h1>
        <p className="text-slate-700">Rapporterna byggs av uppgifterna i systemet: varje tal och tabell kommer från registren och bedömningarna. Texterna skrivs i webbläsaren.</p>
      </div>
      {reports.length === 0 ? (
        <p className="text-slate-600">Inga rapporter ännu.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm" aria-label="Rapporter">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">Rapport</th>
                <th scope="col" className="px-3 py-2 font-medium">Slag</th>
                <th scope="col" className="px-3 py-2 font-medium">År</th>
                <th scope="col" className="px-3 py-2 font-medium">Publicering</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {reports.map((report) => (
                <tr key={report.id}>
                  <th scope="row" className="px-3 py-2 text-left font-medium">
                    <Link href={`/kvalitetsrapporter/${report.id}`} className="text-brand-700 underline">
                      {report.title}
                    </Link>
                    {report.cycleName ? <span className="block text-xs font-normal text-slate-600">{report.cycleName}</span> : null}
                  </th>
                  <td className="px-3 py-2">{TEMPLATES[report.template]}</td>
                  <td className="px-3 py-2 tabular-nums">{report.year}</td>
                  <td className="px-3 py-2">
                    {report.publicPath ? (
                      <a href={report.publicPath} className="text-brand-700 underline">
                        Publicerad
                      </a>
                    ) : (
                      "Utkast"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {mayManage ? (
        <QuickForm
          title="Ny rapport"
          action={createReportAction}
          submitLabel="Skapa rapport"
          fields={[
            { kind: "select", name: "template", label: "Slag", options: Object.entries(TEMPLATES).map(([value, label]) => ({ value, label })) },
            { kind: "text", name: "title", label: "Rubrik", wide: true },
            { kind: "select", name: "cycleId", label: "Uppföljning (årlig kvalitetsrapport)", placeholder: "Välj…", options: cycles.map((cycle) => ({ value: cycle.id, label: `${cycle.name} (${cycle.year})` })) },
            { kind: "date", name: "countDay", label: "Mätdag för målgruppen" },
            { kind: "number", name: "year", label: "År (verksamhetsuppföljning)" },
          ]}
        />
      ) : null}
    </div>
  );
}
