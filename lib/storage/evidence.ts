/**
 * Evidence files: which types are allowed (decided by the bytes, never by the name), how large,
 * and how a file name is made safe to store and to send back. Uses the maintained `file-type`
 * library to read the format from the content.
 */
import { fileTypeFromBuffer } from "file-type";

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

const ALLOWED: Record<string, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  png: "image/png",
  jpg: "image/jpeg",
};

export type EvidenceCheck = { ok: true; ext: string; mime: string } | { ok: false; message: string };

/** Accepts pdf, docx, xlsx, png and jpg up to 10 MB, judged by the file's content. */
export async function checkEvidence(bytes: Uint8Array): Promise<EvidenceCheck> {
  if (bytes.byteLength === 0) return { ok: false, message: "Filen är tom." };
  if (bytes.byteLength > MAX_EVIDENCE_BYTES) return { ok: false, message: "Filen är större än 10 MB." };
  const type = await fileTypeFromBuffer(bytes);
  const mime = type ? ALLOWED[type.ext] : undefined;
  if (!type || !mime) return { ok: false, message: "Filtypen stöds inte. Ladda upp pdf, docx, xlsx, png eller jpg." };
  return { ok: true, ext: type.ext, mime };
}

/** A file name without paths, control characters or odd punctuation, with the extension its content has. */
export function safeFileName(name: string, ext: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .normalize("NFC")
    .replace(/\.[^.]*$/, "")
    .replace(/[^\p{L}\p{N} ._()-]+/gu, "_")
    .replace(/^[._ ]+/, "")
    .slice(0, 100)
    .trim();
  return `${base || "underlag"}.${ext}`;
}

export { attachmentDisposition } from "@/lib/http/content-disposition";
