/**
 * npm run db:backup / db:restore (lib/db/backup.ts): a backup of this file's database restored into
 * a fresh, migrated database holds exactly the same rows; a one-municipality backup brings back
 * that municipality; a damaged file or a full database restores nothing.
 */
import { createReadStream, createWriteStream, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it, inject } from "vitest";
import { BackupError, restoreBackup, writeBackup } from "@/lib/db/backup";
import { ensureDatabase } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrations";
import { Prisma } from "@/lib/generated/prisma/client";
import { adminDb } from "../fixtures/admin-db";
import { tableDigests } from "../fixtures/fingerprint";

const sourceUrl = process.env.ADMIN_DATABASE_URL!;
let folder = "";

/** A fresh database with the schema and no rows. */
async function emptyDatabase(name: string): Promise<string> {
  const url = new URL(inject("pgAdminUrl"));
  const database = `${name}_${Math.random().toString(36).slice(2, 8)}`;
  await ensureDatabase(url.toString(), database);
  url.pathname = `/${database}`;
  await applyMigrations(url.toString());
  return url.toString();
}

const digests = (url: string, tenant?: { id: string }) => tableDigests(url, tenant && { tenantId: tenant.id });

async function backupTo(file: string, options: { tenantSlug?: string } = {}) {
  return writeBackup(sourceUrl, createWriteStream(file), options);
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "kvalitet-backup-"));
  // JSON null and SQL NULL must both survive: one answer holds JSON null.
  const answer = await adminDb.answer.findFirstOrThrow();
  await adminDb.answer.update({ where: { tenantId_id: { tenantId: answer.tenantId, id: answer.id } }, data: { value: Prisma.JsonNull } });
});

describe("backup and restore", () => {
  it("restores the whole database into a fresh one, row for row", async () => {
    const file = path.join(folder, "alla.jsonl.gz");
    const { counts } = await backupTo(file);
    expect(counts.Provider).toBeGreaterThan(20);
    expect(counts.Answer).toBeGreaterThan(100);
    const target = await emptyDatabase("restore_all");
    const restored = await restoreBackup(target, createReadStream(file));
    expect(restored.counts).toEqual(Object.fromEntries(Object.entries(counts).filter(([, count]) => count > 0)));
    expect(await digests(target)).toEqual(await digests(sourceUrl));
  });

  it("backs up one municipality and restores it into a fresh database, and over itself with --replace", async () => {
    const tenant = await adminDb.tenant.findUniqueOrThrow({ where: { slug: "bergsby" } });
    const file = path.join(folder, "bergsby.jsonl.gz");
    await backupTo(file, { tenantSlug: "bergsby" });
    const lines = gunzipSync(readFileSync(file)).toString("utf8").trim().split("\n");
    const otherTenant = await adminDb.tenant.findUniqueOrThrow({ where: { slug: "sjovik" } });
    expect(lines.some((line) => line.includes(otherTenant.id)), "sjovik's rows in bergsby's backup").toBe(false);

    const target = await emptyDatabase("restore_tenant");
    await restoreBackup(target, createReadStream(file));
    expect(await digests(target, tenant)).toEqual(await digests(sourceUrl, tenant));

    const before = await digests(sourceUrl);
    await expect(restoreBackup(sourceUrl, createReadStream(file))).rejects.toThrow("Kommunen bergsby finns redan i databasen; lägg till --replace för att ersätta den.");
    await restoreBackup(sourceUrl, createReadStream(file), { replace: true });
    expect(await digests(sourceUrl)).toEqual(before);
  });

  it("restores nothing from a cut-off file, and refuses a database that is not empty", async () => {
    const file = path.join(folder, "hel.jsonl.gz");
    await backupTo(file);
    const lines = gunzipSync(readFileSync(file)).toString("utf8").split("\n");
    const cut = path.join(folder, "avkortad.jsonl.gz");
    writeFileSync(cut, gzipSync(lines.slice(0, Math.floor(lines.length / 2)).join("\n")));

    const target = await emptyDatabase("restore_cut");
    const empty = await digests(target);
    await expect(restoreBackup(target, createReadStream(cut))).rejects.toThrow(BackupError);
    expect(await digests(target)).toEqual(empty);

    await expect(restoreBackup(sourceUrl, createReadStream(file))).rejects.toThrow(/Databasen är inte tom/);
    const notABackup = path.join(folder, "annat.gz");
    writeFileSync(notABackup, gzipSync('{"hello":"world"}\n'));
    await expect(restoreBackup(target, createReadStream(notABackup))).rejects.toThrow("Filen är ingen säkerhetskopia från Kvalitetsuppföljning.");
  });
});
