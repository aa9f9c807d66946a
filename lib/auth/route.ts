import "server-only";
import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
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
    const found = await findActor();
    if (!("actor" in found)) {
      const message = found.missing === "MUST_ENROL_TWO_FACTOR" ? "Aktivera tvåfaktorsinloggning först." : "Du behöver logga in.";
      return NextResponse.json({ message }, { status: 401 });
    }
    try {
      assertCan(found.actor, permission);
      return await handler(request, found.actor, await context.params);
    } catch (error) {
      if (error instanceof AppError) return NextResponse.json({ message: error.message }, { status: error.status });
      const id = randomUUID().slice(0, 8);
      console.error(`[route ${new URL(request.url).pathname}] oväntat fel ${id}:`, error);
      return NextResponse.json({ message: `Något gick fel. Felkod ${id}.` }, { status: 500 });
    }
  };
  return Object.assign(wrapped, { permission });
}
