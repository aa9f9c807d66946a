/**
 * Builds a Prisma client on the pg driver adapter. Shared by the app's singleton
 * (lib/db/client.ts) and the scripts and tests, which run outside Next.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";

export interface PrismaClientOptions {
  max?: number;
  /** Called with every SQL statement sent and its parameters as JSON (tests count a page's queries; the bench explains them). */
  onQuery?: (sql: string, params: string) => void;
}

export function createPrismaClient(databaseUrl: string, options: PrismaClientOptions = {}): PrismaClient {
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
  if (!options.onQuery) return new PrismaClient({ adapter });
  const onQuery = options.onQuery;
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  client.$on("query", (event) => onQuery(event.query, event.params));
  return client as unknown as PrismaClient;
}

export type { PrismaClient };
