"use client";

import { useId, useRef, useState } from "react";
import { formatInteger } from "@/lib/format";

export interface EvidenceFile {
  id: string;
  fileName: string;
  sizeBytes: number;
}

interface EvidenceFieldProps {
  selfAssessmentId: string;
  questionId: string;
  files: EvidenceFile[];
  labelledBy: string;
  onFilesChange: (files: EvidenceFile[]) => void;
}

const kilobytes = (bytes: number) => `${formatInteger(Math.max(1, Math.round(bytes / 1024)))} kB`;

/** Upload, list and remove evidence files for one question, with progress while uploading. */
export function EvidenceField({ selfAssessmentId, questionId, files, labelledBy, onFilesChange }: EvidenceFieldProps) {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  function upload(file: File) {
    setMessage(null);
    setProgress(0);
    const body = new FormData();
    body.set("questionId", questionId);
    body.set("file", file);
    const request = new XMLHttpRequest();
    request.open("POST", `/api/egenrapportering/${selfAssessmentId}/underlag`);
    request.upload.onprogress = (event) => event.lengthComputable && setProgress(Math.round((event.loaded / event.total) * 100));
    request.onload = () => {
      setProgress(null);
      if (input.current) input.current.value = "";
      const response = safeJson(request.responseText);
      if (request.status === 201) {
        onFilesChange([...files, response as EvidenceFile]);
        setMessage(`${(response as EvidenceFile).fileName} är uppladdad.`);
      } else {
        setMessage((response as { message?: string } | null)?.message ?? "Filen kunde inte laddas upp.");
      }
    };
    request.onerror = () => {
      setProgress(null);
      setMessage("Ingen kontakt med servern. Försök igen.");
    };
    request.send(body);
  }

  async function remove(file: EvidenceFile) {
    setMessage(null);
    const response = await fetch(`/api/underlag/${file.id}`, { method: "DELETE" }).catch(() => null);
    if (response?.ok) {
      onFilesChange(files.filter((candidate) => candidate.id !== file.id));
      setMessage(`${file.fileName} är borttagen.`);
    } else {
      setMessage("Filen kunde inte tas bort.");
    }
  }

  return (
    <div className="mt-2 space-y-2" role="group" aria-labelledby={labelledBy}>
      {files.length ? (
        <ul className="space-y-1 text-sm">
          {files.map((file) => (
            <li key={file.id} className="flex flex-wrap items-center gap-3">
              <a href={`/api/underlag/${file.id}`} className="text-brand-700 underline">
                {file.fileName}
              </a>
              <span className="text-slate-600">{kilobytes(file.sizeBytes)}</span>
              <button type="button" onClick={() => void remove(file)} className="text-red-700 hover:underline">
                Ta bort<span className="sr-only"> {file.fileName}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <label htmlFor={inputId} className="block text-sm font-medium">
        Ladda upp underlag (pdf, docx, xlsx, png eller jpg, högst 10 MB)
      </label>
      <input
        ref={input}
        id={inputId}
        type="file"
        accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg"
        disabled={progress !== null}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) upload(file);
        }}
        className="block text-sm"
      />
      {progress !== null ? (
        <div role="progressbar" aria-label="Uppladdning" aria-valuenow={progress} aria-valuemin={0} aria-valuemax={100} className="h-2 w-64 rounded bg-slate-200">
          <div className="h-2 rounded bg-brand-600" style={{ width: `${progress}%` }} />
        </div>
      ) : null}
      <p role="status" aria-live="polite" className="text-sm">
        {message}
      </p>
    </div>
  );
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
