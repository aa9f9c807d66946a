import { withAuth } from "next-auth/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { decodeSessionToken } from "@/lib/auth/jwt";

/**
 * A Content Security Policy with a fresh nonce per request: Next.js puts the nonce on its own
 * scripts, and 'strict-dynamic' lets those load the rest, so an injected script cannot run.
 * Styles allow inline attributes (React's style={…}, the charts); frames and plugins are refused.
 */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

function withSecurityHeaders(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https") {
    response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  }
  return response;
}

const signedIn = withAuth((request) => withSecurityHeaders(request), { pages: { signIn: "/login" }, jwt: { decode: decodeSessionToken } });

// Signed-out visitors are sent to the sign-in page, except on the pages anyone may open. Access
// itself is checked by every page, action and route handler on the server (lib/auth), never here.
const OPEN = /^\/(login|rapporter)(\/|$)/;

export default function proxy(request: NextRequest, event: Parameters<typeof signedIn>[1]) {
  if (OPEN.test(request.nextUrl.pathname)) return withSecurityHeaders(request);
  return signedIn(request as Parameters<typeof signedIn>[0], event);
}

export const config = {
  matcher: ["/((?!api/auth|_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
