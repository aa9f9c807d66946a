/**
 * `npm run gen -- [--tenants 290] [--providers-per-tenant 200] [--requirements 80] [--questions 40]
 * [--years 5] [--fresh]`: fills the benchmark database with national-scale synthetic data
 * (prisma/generate/national.ts). The database is `kvalitet_national` in its own embedded cluster
 * (.data/pg-national, port NATIONAL_PG_PORT or 55381), or DATABASE_URL when set (the owner's URL).
 * Every generated person signs in with the demo password.
 */
import { parseArgs } from "node:util";
import { hashPassword } from "../../lib/auth/password";
import { applyMigrations } from "../../lib/db/migrations";
import { generateNational, NATIONAL_DEFAULTS, type NationalOptions } from "../generate/national";
import { DEMO_PASSWORD } from "../seed/demo-credentials";
import { openNationalDatabase, recreateDatabase } from "./national-database";

const { values } = parseArgs({
  options: {
    tenants: { type: "string" },
    "providers-per-tenant": { type: "string" },
    requirements: { type: "string" },
    questions: { type: "string" },
    years: { type: "string" },
    fresh: { type: "boolean", default: false },
  },
});

function count(name: keyof typeof values, fallback: number, max: number): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const parsed = Number(raw);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > max) {
    console.error(`--${name} ska vara ett heltal mellan 1 och ${max} (fick "${raw}").`);
    process.exit(2);
  }
  return parsed;
}

const options: NationalOptions = {
  ...NATIONAL_DEFAULTS,
  tenants: count("tenants", NATIONAL_DEFAULTS.tenants, 2_000),
  providersPerTenant: count("providers-per-tenant", NATIONAL_DEFAULTS.providersPerTenant, 5_000),
  requirements: count("requirements", NATIONAL_DEFAULTS.requirements, 500),
  questions: count("questions", NATIONAL_DEFAULTS.questions, 500),
  years: count("years", NATIONAL_DEFAULTS.years, 20),
  passwordHash: await hashPassword(DEMO_PASSWORD),
};

const database = await openNationalDatabase();
try {
  if (values.fresh) await recreateDatabase(database.url);
  await applyMigrations(database.url);
  const started = performance.now();
  const counts = await generateNational(database.url, options, (line) => console.log(`[gen] ${line}`));
  const seconds = (performance.now() - started) / 1000;
  await database.recordRun(seconds, counts);
  const total = Object.values(counts).reduce((sum, rows) => sum + rows, 0);
  console.log(`[gen] klart på ${seconds.toFixed(0)} s: ${total.toLocaleString("sv-SE")} rader i ${Object.keys(counts).length} tabeller`);
  for (const [table, rows] of Object.entries(counts).filter(([, rows]) => rows > 0)) console.log(`  ${table.padEnd(22)} ${rows.toLocaleString("sv-SE").padStart(14)}`);
} catch (error) {
  console.error(`[gen] avbröts: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
