import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { ensureDatabase } from "@/lib/db/embedded";
import { applyMigrations, migrationChecksum, readMigrations } from "@/lib/db/migrations";

async function freshDatabase(): Promise<string> {
  const url = new URL(process.env.ADMIN_DATABASE_URL as string);
  const name = `m_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new URL(url);
  admin.pathname = "/postgres";
  await ensureDatabase(admin.toString(), name);
  url.pathname = `/${name}`;
  return url.toString();
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("the migration runner", () => {
  it("applies every migration once and records it the way Prisma does", async () => {
    const url = await freshDatabase();
    const migrations = await readMigrations();
    expect(migrations.length).toBeGreaterThan(0);

    const first = await applyMigrations(url);
    expect(first.applied).toEqual(migrations.map((m) => m.name));
    const second = await applyMigrations(url);
    expect(second.applied).toEqual([]);

    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      url,
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((row) => row.migration_name)).toEqual(migrations.map((m) => m.name));
    for (const [index, row] of rows.entries()) {
      expect(row.checksum).toBe(migrations[index]!.checksum);
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("computes Prisma's checksum: sha256 of the file as lowercase hex", () => {
    expect(migrationChecksum("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(migrationChecksum("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it("stops at a failed migration, records its error and refuses to go on until it is resolved", async () => {
    const url = await freshDatabase();
    const dir = await mkdtemp(path.join(os.tmpdir(), "migrations-"));
    const write = async (name: string, sql: string) => {
      await mkdir(path.join(dir, name));
      await writeFile(path.join(dir, name, "migration.sql"), sql);
    };
    await write("20200101000000_ok", `CREATE TABLE "a" (id int primary key);`);
    await write("20200102000000_broken", `CREATE TABLE "b" (id int primary key); SELECT * FROM missing_table;`);
    await write("20200103000000_later", `CREATE TABLE "c" (id int primary key);`);

    await expect(applyMigrations(url, dir)).rejects.toThrow(/20200102000000_broken misslyckades/);
    const rows = await query<{ migration_name: string; finished_at: Date | null; logs: string | null }>(
      url,
      `SELECT migration_name, finished_at, logs FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((row) => [row.migration_name, row.finished_at !== null])).toEqual([
      ["20200101000000_ok", true],
      ["20200102000000_broken", false],
    ]);
    expect(rows[1]!.logs).toMatch(/missing_table/);
    // The failed file ran as one transaction: its first statement left nothing behind.
    expect(await query(url, `SELECT to_regclass('public.b') AS b`)).toEqual([{ b: null }]);

    await expect(applyMigrations(url, dir)).rejects.toThrow(/misslyckades tidigare/);
    expect(await query(url, `SELECT to_regclass('public.c') AS c`)).toEqual([{ c: null }]);
  });
});
