"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent, type ReactNode } from "react";

type Outcome = { kind: "done"; message: string } | { kind: "failed"; message: string; errors: { row: number; message: string }[] };

/**
 * Upload of a file (an XLSX/CSV import, an evidence file) to a route handler. The upload shows its progress (XMLHttpRequest
 * reports it, fetch does not); the server checks every row and saves nothing unless all are
 * right, answering with a message and, on 422, every bad row.
 */
export function ImportFileForm({
  endpoint,
  title,
  children,
  submitLabel = "Importera",
  pendingLabel = "Importerar…",
  accept = ".xlsx,.csv",
}: {
  endpoint: string;
  title: string;
  children?: ReactNode;
  submitLabel?: string;
  pendingLabel?: string;
  accept?: string;
}) {
  const router = useRouter();
  const fileId = useId();
  const [progress, setProgress] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setOutcome({ kind: "failed", message: "Välj en fil.", errors: [] });
      return;
    }
    setOutcome(null);
    setProgress(0);
    const request = new XMLHttpRequest();
    request.open("POST", endpoint);
    request.responseType = "json";
    request.upload.onprogress = (progressEvent) => progressEvent.lengthComputable && setProgress(Math.round((progressEvent.loaded / progressEvent.total) * 100));
    request.onload = () => {
      setProgress(null);
      const body = (request.response ?? {}) as { message?: string; errors?: { row: number; message: string }[] };
      if (request.status >= 200 && request.status < 300) {
        setOutcome({ kind: "done", message: body.message ?? "Klart." });
        router.refresh();
      } else {
        setOutcome({ kind: "failed", message: body.message ?? "Det gick inte. Ingenting sparades.", errors: body.errors ?? [] });
      }
    };
    request.onerror = () => {
      setProgress(null);
      setOutcome({ kind: "failed", message: "Ingen kontakt med servern. Ingenting sparades; försök igen.", errors: [] });
    };
    request.send(data);
  };

  return (
    <form method="post" encType="multipart/form-data" action={endpoint} onSubmit={submit} className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
      <h2 className="text-lg font-semibold">{title}</h2>
      {children}
      <label htmlFor={fileId} className="block text-sm font-medium">
        Fil
      </label>
      <input id={fileId} name="file" type="file" accept={accept} className="block text-sm" />
      <button type="submit" disabled={progress !== null} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
        {progress !== null ? pendingLabel : submitLabel}
      </button>
      {progress !== null ? (
        <div role="progressbar" aria-label="Uppladdning" aria-valuenow={progress} aria-valuemin={0} aria-valuemax={100} className="h-2 rounded bg-slate-200">
          <div className="h-2 rounded bg-brand-600" style={{ width: `${progress}%` }} />
        </div>
      ) : null}
      {outcome ? (
        <p role={outcome.kind === "done" ? "status" : "alert"} className={`text-sm font-medium ${outcome.kind === "done" ? "text-emerald-800" : "text-red-700"}`}>
          {outcome.message}
        </p>
      ) : null}
      {outcome?.kind === "failed" && outcome.errors.length ? (
        <ul aria-label="Fel per rad" className="list-disc space-y-1 pl-5 text-sm text-red-800">
          {outcome.errors.map((error, index) => (
            <li key={index}>
              Rad {error.row}: {error.message}
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
