"use client";

import { useState } from "react";
import { contentDispositionFileName } from "@/lib/http/content-disposition";

const FORMATS = [
  { format: "pdf", label: "PDF" },
  { format: "docx", label: "Word (DOCX)" },
  { format: "xlsx", label: "Excel (XLSX)" },
] as const;

type Status = { kind: "idle" } | { kind: "working"; label: string } | { kind: "done"; message: string } | { kind: "failed"; message: string };

/**
 * Export buttons that show the report being generated (it takes a few seconds), then hand the
 * file to the browser; a failure says so and leaves nothing half-made.
 */
export function ReportExports({ reportId, asPublished }: { reportId: string; asPublished: boolean }) {
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const download = async (format: string, label: string) => {
    setStatus({ kind: "working", label });
    try {
      const response = await fetch(`/api/kvalitetsrapporter/${reportId}/export?format=${format}${asPublished ? "&form=publicerad" : ""}`);
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { message?: string };
        setStatus({ kind: "failed", message: body.message ?? `${label} kunde inte skapas. Försök igen.` });
        return;
      }
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = contentDispositionFileName(response.headers.get("content-disposition")) ?? `rapport.${format}`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus({ kind: "done", message: `${label} är klar och laddas ned.` });
    } catch {
      setStatus({ kind: "failed", message: "Ingen kontakt med servern. Försök igen." });
    }
  };
  return (
    <div className="space-y-2 print:hidden">
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm font-medium">Exportera:</span>
        {FORMATS.map(({ format, label }) => (
          <button
            key={format}
            type="button"
            disabled={status.kind === "working"}
            onClick={() => void download(format, label)}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold hover:bg-slate-50 disabled:opacity-60"
          >
            {label}
          </button>
        ))}
        <button type="button" onClick={() => window.print()} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold hover:bg-slate-50">
          Skriv ut
        </button>
      </div>
      {status.kind === "working" ? (
        <div className="space-y-1">
          <p role="status" className="text-sm text-slate-700">
            Skapar {status.label}…
          </p>
          <div role="progressbar" aria-label={`Skapar ${status.label}`} className="h-2 overflow-hidden rounded bg-slate-200">
            <div className="h-2 w-1/3 animate-pulse rounded bg-brand-600" />
          </div>
        </div>
      ) : status.kind === "done" ? (
        <p role="status" className="text-sm font-medium text-emerald-800">
          {status.message}
        </p>
      ) : status.kind === "failed" ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {status.message}
        </p>
      ) : null}
    </div>
  );
}
