import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReportDocumentView } from "@/components/reports/report-document-view";
import { findPublishedReport } from "@/lib/data/reports";
import { formatDate } from "@/lib/format";

type Params = { params: Promise<{ kommun: string; slug: string }> };

const SLUG = /^[a-z0-9-]{1,100}$/;

async function published({ params }: Params) {
  const { kommun, slug } = await params;
  if (!SLUG.test(kommun) || !SLUG.test(slug)) return null;
  return findPublishedReport(kommun, slug);
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  const report = await published(props);
  return { title: report ? `${report.document.title} – ${report.tenantName}` : "Rapporten finns inte" };
}

/** A published report for anyone, without sign-in: the aggregate figures as published, small groups hidden. */
export default async function PublicReportPage(props: Params) {
  const report = await published(props);
  if (!report) notFound();
  return (
    <main id="innehall" className="mx-auto max-w-5xl space-y-6 px-4 py-8">
      <header>
        <p className="text-sm font-medium text-slate-600">{report.tenantName}</p>
        <h1 className="text-3xl font-bold">{report.document.title}</h1>
        <p className="text-slate-700">
          {report.document.subtitle} · publicerad {formatDate(report.publishedAt)}
        </p>
        <p className="mt-2 text-sm text-slate-600">Grupper med för få personer redovisas inte, så att ingen enskild kan pekas ut.</p>
      </header>
      <ReportDocumentView document={report.document} />
    </main>
  );
}
