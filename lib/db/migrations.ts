/**
 * Applies prisma/migrations/<timestamp>_<name>/migration.sql the way `prisma migrate deploy`
 * does, recording each in `_prisma_migrations` with Prisma's checksum, so a connected machine's
 * Prisma CLI sees them as applied. Prisma's own CLI cannot run here: its engine is a download.
 */
import { createHash, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** Prisma's checksum: sha256 of the file's text, lowercase hex. */
export function migrationChecksum(sql: string): string {
  return createHash("sha256").update(sql).digest("hex").padStart(64, "0");
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory() && /^\d{14}_/.test(entry.name))
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: migrationChecksum(sql) };
    }),
  );
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: number;
}

/** Applies every migration not yet recorded, in name order, each in its own transaction. */
export async function applyMigrations(databaseUrl: string, dir = MIGRATIONS_DIR): Promise<MigrateResult> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(CREATE_TABLE);
    const { rows } = await client.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
    }>(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`);

    const failed = rows.find((row) => row.finished_at === null && row.rolled_back_at === null);
    if (failed) {
      // Prisma's P3009: a failed migration must be resolved by hand before anything else runs.
      throw new Error(
        `Migreringen ${failed.migration_name} misslyckades tidigare och är inte åtgärdad. Rätta databasen och markera den som tillbakarullad innan nya migreringar körs.`,
      );
    }
    const done = new Map(rows.filter((row) => row.finished_at).map((row) => [row.migration_name, row.checksum]));
    const migrations = await readMigrations(dir);
    for (const migration of migrations) {
      const recorded = done.get(migration.name);
      if (recorded && recorded !== migration.checksum) {
        console.warn(`Varning: migreringen ${migration.name} har ändrats sedan den kördes.`);
      }
    }

    const pending = migrations.filter((migration) => !done.has(migration.name));
    for (const migration of pending) {
      const id = randomUUID();
      await client.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
        [id, migration.checksum, migration.name],
      );
      try {
        // One simple-protocol query: PostgreSQL runs the whole file as one implicit transaction.
        await client.query(migration.sql);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await client.query(`UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`, [id, message]);
        throw new Error(`Migreringen ${migration.name} misslyckades: ${message}`);
      }
      await client.query(
        `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
        [id],
      );
    }
    return { applied: pending.map((migration) => migration.name), alreadyApplied: done.size };
  } finally {
    await client.end();
  }
}
