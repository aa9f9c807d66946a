/**
 * Vitest global set-up: one embedded PostgreSQL cluster for the whole run, with a template
 * database that is migrated and seeded once. Each integration test file clones it (setup-db.ts).
 */
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { randomBytes } from "node:crypto";
import { ensureAppRole } from "../../lib/db/app-role";
import { ensureDatabase, startEmbeddedCluster } from "../../lib/db/embedded";
import { applyMigrations } from "../../lib/db/migrations";
import { createPrismaClient } from "../../lib/db/prisma";
import { seedDemo } from "../../prisma/seed/seed-demo";

export const TEMPLATE_DATABASE = "template_app";

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgAppPassword: string;
  }
}

export default async function setup(project: TestProject) {
  // Inside the project (git-ignored .data), which PostgreSQL can reach also when it runs as the user postgres.
  const dataRoot = path.resolve(import.meta.dirname, "../../.data");
  await mkdir(dataRoot, { recursive: true });
  const dir = await mkdtemp(path.join(dataRoot, "pg-test-"));
  const cluster = await startEmbeddedCluster({ dataDir: path.join(dir, "pg"), port: Number(process.env.TEST_PG_PORT ?? 55340) });
  await ensureDatabase(cluster.urlFor("postgres"), TEMPLATE_DATABASE);
  const templateUrl = cluster.urlFor(TEMPLATE_DATABASE);
  await applyMigrations(templateUrl);
  const prisma = createPrismaClient(templateUrl);
  await seedDemo(prisma);
  const appPassword = randomBytes(18).toString("base64url");
  await ensureAppRole(templateUrl, appPassword);
  // A template cannot be cloned while anything is connected to it.
  await prisma.$disconnect();
  project.provide("pgAdminUrl", cluster.urlFor("postgres"));
  project.provide("pgAppPassword", appPassword);

  return async () => {
    await cluster.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
