/**
 * The e2e server: a fresh embedded PostgreSQL in .data/pg-e2e, migrated and seeded with the demo
 * data, and `next start` against it. Playwright starts it and stops it with SIGTERM.
 */
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import path from "node:path";
import { ensureAppRole } from "../../lib/db/app-role";
import { ensureDatabase, startEmbeddedCluster } from "../../lib/db/embedded";
import { applyMigrations } from "../../lib/db/migrations";
import { createPrismaClient } from "../../lib/db/prisma";
import { superviseNext } from "../../prisma/scripts/supervise-next";
import { seedDemo } from "../../prisma/seed/seed-demo";

const root = path.resolve(import.meta.dirname, "../..");
const dataDir = path.join(root, ".data", "pg-e2e");
const appPort = Number(process.env.E2E_APP_PORT ?? 3101);

await rm(dataDir, { recursive: true, force: true });
await rm(`${dataDir}.password`, { force: true });
const uploadDir = path.join(root, ".data", "uploads-e2e");
await rm(uploadDir, { recursive: true, force: true });
const cluster = await startEmbeddedCluster({ dataDir, port: Number(process.env.E2E_PG_PORT ?? 55331) });
await ensureDatabase(cluster.urlFor("postgres"), "kvalitet_e2e");
const databaseUrl = cluster.urlFor("kvalitet_e2e");
await applyMigrations(databaseUrl);
const prisma = createPrismaClient(databaseUrl);
await seedDemo(prisma);
await prisma.$disconnect();
const appDatabaseUrl = await ensureAppRole(databaseUrl, randomBytes(18).toString("base64url"));
console.log("db ready");

superviseNext(
  ["start", "-p", String(appPort), "-H", "127.0.0.1"],
  {
    NODE_ENV: "production",
    DATABASE_URL: appDatabaseUrl,
    UPLOAD_DIR: uploadDir,
    // Scheduled jobs are tested on their own; here they would only add mail the specs do not expect.
    DISABLE_SCHEDULED_JOBS: "1",
    NEXTAUTH_URL: `http://127.0.0.1:${appPort}`,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
  },
  () => cluster.stop(),
);
