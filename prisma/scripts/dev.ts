/**
 * `npm run dev`: starts the embedded PostgreSQL (unless DATABASE_URL is set), migrates, seeds the
 * demo data into an empty database, then runs `next dev`. Ctrl-C stops Next and PostgreSQL.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensureAppRole } from "../../lib/db/app-role";
import { applyMigrations } from "../../lib/db/migrations";
import { createPrismaClient } from "../../lib/db/prisma";
import { seedDemo } from "../seed/seed-demo";
import { openDevDatabase, PROJECT_ROOT } from "./dev-database";

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

const next = spawn(process.execPath, [path.join(PROJECT_ROOT, "node_modules/next/dist/bin/next"), "dev", "-p", String(port), ...process.argv.slice(2)], {
  cwd: PROJECT_ROOT,
  stdio: "inherit",
  env: {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: appDatabaseUrl,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? devSecret(),
  },
});

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  // Next first, so its connections close before PostgreSQL goes down.
  if (next.exitCode === null) {
    const exited = new Promise((resolve) => next.once("exit", resolve));
    next.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  }
  await database.close();
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
next.on("exit", (code) => void stop(code ?? 0));

/** A per-checkout signing secret for development sessions, kept in the git-ignored .data folder. */
function devSecret(): string {
  const file = path.join(PROJECT_ROOT, ".data", "nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
