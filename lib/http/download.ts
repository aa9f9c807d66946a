import "server-only";
import { NextResponse } from "next/server";
import { attachmentDisposition } from "./content-disposition";

/**
 * A file the browser saves rather than shows: uploaded evidence and generated exports alike, so
 * nothing served as a download can run as a page.
 */
export function downloadResponse(bytes: Uint8Array, fileName: string, contentType: string): NextResponse {
  return new NextResponse(new Uint8Array(bytes), {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": attachmentDisposition(fileName),
      "Content-Length": String(bytes.byteLength),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
    },
  });
}
