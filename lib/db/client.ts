import "server-only";
import { env } from "@/lib/env";
import { createPrismaClient, type PrismaClient } from "./prisma";

// One client per process, kept across hot reloads in development.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient(env().DATABASE_URL);
  return globalForPrisma.prisma;
}

/**
 * The app's Prisma client, created on first use: `next build` imports route modules without a
 * database, and must not need DATABASE_URL to do so.
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_, property) {
    const real = client();
    const value = Reflect.get(real, property);
    return typeof value === "function" ? value.bind(real) : value;
  },
});

/**
 * Makes `db` use `next` from now on and returns the client it used before. For tests and the
 * benchmarks, which give the app a client that records its queries; the app itself never calls it.
 */
export function replaceAppClient(next: PrismaClient | undefined): PrismaClient | undefined {
  const previous = globalForPrisma.prisma;
  globalForPrisma.prisma = next;
  return previous;
}
