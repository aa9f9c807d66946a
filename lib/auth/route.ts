import "server-only";
import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { AppError, asAppError } from "@/lib/errors";
import { assertCan } from "./guard";
import type { Permission } from "./policy";
import { findActor, type Actor } from "./session";

type Handler<P> = (request: Request, actor: Actor, params: P) => Promise<Response>;

export type RouteHandler<P> = ((request: Request, context: { params: Promise<P> }) => Promise<Response>) & { permission: Permission };

/**
 * A route handler with the project's pipeline: the actor (401 when signed out), the permission
 * gate (403), then the handler; expected failures become JSON `{ message }` with their status,
 * unexpected ones a logged 500 with an id, never the error's own text.
 */
export function routeHandler<P>(permission: Permission, handler: Handler<P>): RouteHandler<P> {
  const wrapped = async (request: Request, context: { params: Promise<P> }) => {
    try {
      if (!isSameOrigin(request)) throw new AppError("FORBIDDEN", "Begäran kom från en annan webbplats och har avvisats.");
      const found = await findActor();
      if (!("actor" in found)) {
        const message = found.missing === "MUST_ENROL_TWO_FACTOR" ? "Aktivera tvåfaktorsinloggning först." : "Du behöver logga in.";
        return NextResponse.json({ message }, { status: 401 });
      }
      assertCan(found.actor, permission);
      return await handler(request, found.actor, await context.params);
    } catch (error) {
      const expected = asAppError(error);
      if (expected) return NextResponse.json({ message: expected.message }, { status: expected.status, headers: expected.code === "UNAVAILABLE" ? { "Retry-After": "2" } : undefined });
      const id = randomUUID().slice(0, 8);
      console.error(`[route ${new URL(request.url).pathname}] oväntat fel ${id}:`, error);
      return NextResponse.json({ message: `Något gick fel. Felkod ${id}.` }, { status: 500 });
    }
  };
  return Object.assign(wrapped, { permission });
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A write must come from our own pages (defence in depth beside SameSite cookies, as Next does for
 * server actions): a browser sends Origin on cross-site writes, and it must name this host.
 */
function isSameOrigin(request: Request): boolean {
  if (SAFE_METHODS.has(request.method)) return true;
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
