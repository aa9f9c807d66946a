/**
 * The benchmark database with national-scale data: `kvalitet_national` in its own embedded cluster
 * (.data/pg-national, port NATIONAL_PG_PORT or 55381), apart from the development database, or
 * DATABASE_URL when set. Shared by `npm run gen` and `npm run bench`.
 */
import path from "node:path";
import pg from "pg";
import { hashPassword } from "../../lib/auth/password";
import { applyMigrations } from "../../lib/db/migrations";
import { generateNational, type GeneratedCounts, type NationalOptions, type Progress } from "../generate/national";
import { DEMO_PASSWORD } from "../seed/demo-credentials";
import { openDevDatabase, PROJECT_ROOT, type OpenDatabase } from "./dev-database";

export const NATIONAL_DATABASE = "kvalitet_national";

export interface NationalDatabase extends OpenDatabase {
  /** What the last generator run recorded, or null when the database holds no generated data. */
  generated(): Promise<{ options: Record<string, number>; seconds: number; counts: Record<string, number> } | null>;
  recordRun(seconds: number, counts: Record<string, number>): Promise<void>;
}

export async function openNationalDatabase(): Promise<NationalDatabase> {
  const database = await openDevDatabase({
    dataDir: path.join(PROJECT_ROOT, ".data", "pg-national"),
    port: Number(process.env.NATIONAL_PG_PORT ?? 55381),
    database: NATIONAL_DATABASE,
  });
  const query = async <R extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query<R>(sql, params)).rows;
    } finally {
      await client.end();
    }
  };
  return {
    ...database,
    async generated() {
      const [exists] = await query<{ found: boolean }>("SELECT to_regclass('gen.run') IS NOT NULL AS found");
      if (!exists?.found) return null;
      const [run] = await query<{ options: Record<string, number>; seconds: number | null; counts: Record<string, number> | null }>("SELECT options, seconds, counts FROM gen.run");
      return run?.seconds != null && run.counts ? { options: run.options, seconds: run.seconds, counts: run.counts } : null;
    },
    async recordRun(seconds, counts) {
      await query("UPDATE gen.run SET seconds = $1, counts = $2", [seconds, JSON.stringify(counts)]);
    },
  };
}

/** Drops and creates the database the URL names (connecting to `postgres` beside it to do so). */
export async function recreateDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

/**
 * Fills the database with national-scale data (after emptying it when `fresh`) and records the run,
 * for `npm run gen` and for `npm run bench` when it finds no data. Every person gets the demo password.
 */
export async function generateInto(
  database: NationalDatabase,
  options: Omit<NationalOptions, "passwordHash">,
  progress: Progress,
  { fresh }: { fresh: boolean },
): Promise<{ seconds: number; counts: GeneratedCounts }> {
  if (fresh) await recreateDatabase(database.url);
  await applyMigrations(database.url);
  const started = performance.now();
  const counts = await generateNational(database.url, { ...options, passwordHash: await hashPassword(DEMO_PASSWORD) }, progress);
  const seconds = (performance.now() - started) / 1000;
  await database.recordRun(seconds, counts);
  return { seconds, counts };
}
