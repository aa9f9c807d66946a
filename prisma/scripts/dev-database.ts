/**
 * Where the scripts find their database: DATABASE_URL when set (a real deployment), otherwise
 * the embedded development cluster in .data/pg, started here or reused when `npm run dev` runs it.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { ensureDatabase, startEmbeddedCluster } from "../../lib/db/embedded";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");
export const DEV_DATA_DIR = path.join(PROJECT_ROOT, ".data", "pg");
export const DEV_DATABASE = "kvalitet";

export interface OpenDatabase {
  url: string;
  /** True when this process started the cluster (and close() stops it). */
  ownsCluster: boolean;
  close(): Promise<void>;
}

export function devPort(): number {
  return Number(process.env.PG_PORT ?? 54329);
}

/** Opens the database the scripts should work on; see the module comment. */
export async function openDevDatabase(options: { dataDir?: string; port?: number; database?: string; verbose?: boolean } = {}): Promise<OpenDatabase> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, ownsCluster: false, close: async () => undefined };
  }
  const dataDir = options.dataDir ?? DEV_DATA_DIR;
  const port = options.port ?? devPort();
  const database = options.database ?? DEV_DATABASE;
  const running = await runningClusterUrl(dataDir, port, database);
  if (running) return { url: running, ownsCluster: false, close: async () => undefined };

  const cluster = await startEmbeddedCluster({ dataDir, port, verbose: options.verbose });
  await ensureDatabase(cluster.urlFor("postgres"), database);
  return { url: cluster.urlFor(database), ownsCluster: true, close: () => cluster.stop() };
}

/** The URL of the database (created when missing) in our own cluster when the cluster already runs (e.g. under `npm run dev`), otherwise null. */
async function runningClusterUrl(dataDir: string, port: number, database: string): Promise<string | null> {
  const passwordFile = `${dataDir}.password`;
  if (!existsSync(path.join(dataDir, "postmaster.pid")) || !existsSync(passwordFile)) return null;
  const password = readFileSync(passwordFile, "utf8").trim();
  const urlFor = (name: string) => `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${name}`;
  const client = new pg.Client({ connectionString: urlFor("postgres"), connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
  } catch {
    return null;
  }
  await ensureDatabase(urlFor("postgres"), database);
  return urlFor(database);
}
