import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";
import { decide, type Permission, type PolicyResource, type PolicySubject } from "./policy";
import { requireActor, type Actor } from "./session";

export function subjectOf(actor: Actor): PolicySubject {
  return {
    role: actor.membership.role,
    tenantId: actor.membership.tenantId,
    providerId: actor.membership.role === "PROVIDER" ? actor.membership.providerId : null,
  };
}

/** For actions and route handlers: throws an AppError (404 or 403) unless the policy allows. */
export function assertCan(actor: Actor, permission: Permission, resource?: PolicyResource): void {
  const decision = decide(subjectOf(actor), permission, resource);
  if (decision === "not_found") throw new AppError("NOT_FOUND");
  if (decision === "forbidden") throw new AppError("FORBIDDEN");
}

/** For pages: the actor, or the 404 page when the policy does not allow (never a hint of the data). */
export async function requirePermission(permission: Permission, resource?: PolicyResource): Promise<Actor> {
  const actor = await requireActor();
  if (decide(subjectOf(actor), permission, resource) !== "allow") notFound();
  return actor;
}
