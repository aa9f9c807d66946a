/**
 * `npm run gen -- [--tenants 290] [--providers-per-tenant 200] [--requirements 80] [--questions 40]
 * [--years 5] [--fresh]`: fills the benchmark database with national-scale synthetic data
 * (prisma/generate/national.ts). The database is `kvalitet_national` in its own embedded cluster
 * (.data/pg-national, port NATIONAL_PG_PORT or 55381), or DATABASE_URL when set (the owner's URL).
 * Every generated person signs in with the demo password.
 */
import { parseArgs } from "node:util";
import { NATIONAL_DEFAULTS } from "../generate/national";
import { generateInto, openNationalDatabase } from "./national-database";

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

const options = {
  ...NATIONAL_DEFAULTS,
  tenants: count("tenants", NATIONAL_DEFAULTS.tenants, 2_000),
  providersPerTenant: count("providers-per-tenant", NATIONAL_DEFAULTS.providersPerTenant, 5_000),
  requirements: count("requirements", NATIONAL_DEFAULTS.requirements, 500),
  questions: count("questions", NATIONAL_DEFAULTS.questions, 500),
  years: count("years", NATIONAL_DEFAULTS.years, 20),
};

const database = await openNationalDatabase();
try {
  const { seconds, counts } = await generateInto(database, options, (line) => console.log(`[gen] ${line}`), { fresh: values.fresh ?? false });
  const total = Object.values(counts).reduce((sum, rows) => sum + rows, 0);
  console.log(`[gen] klart på ${seconds.toFixed(0)} s: ${total.toLocaleString("sv-SE")} rader i ${Object.keys(counts).length} tabeller`);
  for (const [table, rows] of Object.entries(counts).filter(([, rows]) => rows > 0)) console.log(`  ${table.padEnd(22)} ${rows.toLocaleString("sv-SE").padStart(14)}`);
} catch (error) {
  console.error(`[gen] avbröts: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
