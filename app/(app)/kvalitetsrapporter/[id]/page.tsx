import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { FilterButton, FilterSelect } from "@/components/forms/filter-select";
import { BackLink } from "@/components/layout/back-link";
import { ActionForm } from "@/components/questionnaires/action-form";
import { ReportDocumentView } from "@/components/reports/report-document-view";
import { ReportExports } from "@/components/reports/report-exports";
import { requirePermission, subjectOf } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { tenantCtxOf } from "@/lib/auth/session";
import { getReport } from "@/lib/data/reports";
import { unlessNotFound } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { publishReportAction, saveReportSectionAction, unpublishReportAction } from "../actions";

export const metadata: Metadata = { title: "Rapport" };

export default async function ReportPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ form?: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const actor = await requirePermission("report.read");
  const asPublished = (await searchParams).form === "publicerad";
  const report = await unlessNotFound(getReport(tenantCtxOf(actor), id, { asPublished }));
  if (!report) notFound();
  const mayManage = can(subjectOf(actor), "report.manage");
  return (
    <div className="space-y-6">
      <div className="print:hidden">
        <BackLink href="/kvalitetsrapporter">Rapporter</BackLink>
      </div>
      <header>
        <h1 className="text-2xl font-bold">{report.document.title}</h1>
        <p className="text-slate-700">{report.document.subtitle}</p>
        <p className="mt-1 text-sm text-slate-600 print:hidden">
          {report.publicPath ? (
            <>
              Publicerad {formatDateTime(report.publishedAt)} på{" "}
              <a href={report.publicPath} className="text-brand-700 underline">
                {report.publicPath}
              </a>
              .
            </>
          ) : (
            "Utkast, inte publicerad."
          )}
        </p>
      </header>
      <div className="flex flex-wrap items-end justify-between gap-4 rounded-lg border border-slate-200 bg-white p-4 print:hidden">
        <ReportExports reportId={report.id} asPublished={asPublished} />
        <form className="flex items-end gap-2">
          <FilterSelect
            label="Visa"
            name="form"
            value={asPublished ? "publicerad" : ""}
            options={[
              { value: "", label: "Exakta tal (internt)" },
              { value: "publicerad", label: "Som publicerad (små grupper dolda)" },
            ]}
          />
          <FilterButton />
        </form>
        {mayManage ? (
          <div className="flex flex-wrap gap-2">
            <ActionForm action={publishReportAction} fields={{ reportId: report.id }} label={report.publicPath ? "Publicera på nytt" : "Publicera"} pendingLabel="Publicerar…" />
            {report.publicPath ? <ActionForm action={unpublishReportAction} fields={{ reportId: report.id }} label="Avpublicera" pendingLabel="Avpublicerar…" tone="danger" /> : null}
          </div>
        ) : null}
      </div>
      <ReportDocumentView document={report.document} editing={mayManage && !asPublished ? { reportId: report.id, versions: report.versions, save: saveReportSectionAction } : undefined} />
    </div>
  );
}
