/**
 * Builds a Prisma client on the pg driver adapter. Shared by the app's singleton
 * (lib/db/client.ts) and the scripts and tests, which run outside Next.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";

export function createPrismaClient(databaseUrl: string, options: { max?: number } = {}): PrismaClient {
  const adapter = new PrismaPg(
    {
      connectionString: databaseUrl,
      max: options.max ?? 10,
      // Fail fast instead of waiting forever when the database is down, and notice dead peers.
      connectionTimeoutMillis: 5_000,
      keepAlive: true,
      idleTimeoutMillis: 30_000,
    },
    {
      // A database restart must not crash the process: idle clients report errors here.
      onPoolError: (error) => console.error("[db] anslutningsfel i poolen:", error.message),
    },
  );
  return new PrismaClient({ adapter });
}

export type { PrismaClient };
