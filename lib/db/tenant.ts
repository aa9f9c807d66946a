import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./client";

export type Tx = Prisma.TransactionClient;

/**
 * Runs `work` in a transaction whose PostgreSQL session has app.tenant_id set, so row-level
 * security confines every statement in it to that tenant even if a query forgets its filter.
 */
export function withTenant<T>(tenantId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT set_config('app.tenant_id', ${tenantId}, true)`;
    return work(tx);
  });
}

/**
 * Runs `work` with row-level security lifted. Only for what is cross-tenant by nature: signing in
 * and listing the tenants a person belongs to. Callers are named unsafe… and live in lib/auth.
 */
export function unsafeAcrossTenants<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT set_config('app.bypass_rls', 'on', true)`;
    return work(tx);
  });
}
