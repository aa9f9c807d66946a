/**
 * `npm run dev`: starts the embedded PostgreSQL (unless DATABASE_URL is set), migrates, seeds the
 * demo data into an empty database, then runs `next dev`. Ctrl-C stops Next and PostgreSQL.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensureAppRole } from "../../lib/db/app-role";
import { applyMigrations } from "../../lib/db/migrations";
import { createPrismaClient } from "../../lib/db/prisma";
import { seedDemo } from "../seed/seed-demo";
import { openDevDatabase, PROJECT_ROOT } from "./dev-database";
import { superviseNext } from "./supervise-next";

const port = Number(process.env.PORT ?? 3000);
const started = performance.now();
const database = await openDevDatabase();
console.log(database.ownsCluster ? "PostgreSQL (inbäddad) startad." : "Använder befintlig databas.");

const migrated = await applyMigrations(database.url);
if (migrated.applied.length) console.log(`Migreringar körda: ${migrated.applied.join(", ")}`);
const prisma = createPrismaClient(database.url);
if (await seedDemo(prisma)) console.log("Demodata inlagd (Sjöviks kommun och Bergsby kommun).");
await prisma.$disconnect();
// The app runs as a role without ownership, so row-level security applies (docs/architecture.md).
const appDatabaseUrl = database.ownsCluster || !process.env.DATABASE_URL
  ? await ensureAppRole(database.url, randomBytes(18).toString("base64url"))
  : database.url;
console.log(`Databasen klar på ${Math.round(performance.now() - started)} ms.`);

superviseNext(
  ["dev", "-p", String(port), ...process.argv.slice(2)],
  {
    DATABASE_URL: appDatabaseUrl,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? devSecret(),
  },
  () => database.close(),
);

/** A per-checkout signing secret for development sessions, kept in the git-ignored .data folder. */
function devSecret(): string {
  const file = path.join(PROJECT_ROOT, ".data", "nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
