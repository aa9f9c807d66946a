import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { listPublishedReports } from "@/lib/data/reports";
import { formatDate } from "@/lib/format";

type Params = { params: Promise<{ kommun: string }> };

async function published({ params }: Params) {
  const { kommun } = await params;
  return /^[a-z0-9-]{1,100}$/.test(kommun) ? listPublishedReports(kommun) : null;
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  const found = await published(props);
  return { title: found ? `Kvalitetsrapporter – ${found.tenantName}` : "Kommunen finns inte" };
}

/** A municipality's published quality reports, open to anyone. */
export default async function PublicReportsPage(props: Params) {
  const found = await published(props);
  if (!found) notFound();
  return (
    <main id="innehall" className="mx-auto max-w-3xl space-y-6 px-4 py-8">
      <header>
        <p className="text-sm font-medium text-slate-600">{found.tenantName}</p>
        <h1 className="text-3xl font-bold">Kvalitetsrapporter</h1>
        <p className="text-slate-700">Kommunens uppföljning av kvaliteten hos utförarna. Grupper med för få personer redovisas inte.</p>
      </header>
      {found.reports.length === 0 ? (
        <p className="text-slate-600">Inga rapporter är publicerade ännu.</p>
      ) : (
        <ul className="space-y-2">
          {found.reports.map((report) => (
            <li key={report.path} className="rounded-lg border border-slate-200 bg-white p-4">
              <Link href={report.path} className="font-semibold text-brand-700 underline">
                {report.title}
              </Link>
              <p className="text-sm text-slate-600">
                {report.year} · publicerad {formatDate(report.publishedAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
