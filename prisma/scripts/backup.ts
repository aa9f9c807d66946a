/**
 * `npm run db:backup [-- --tenant <kortnamn>] [--out <fil>]`: a logical backup of the database (or
 * of one municipality) as gzipped JSON lines; see lib/db/backup.ts. Without DATABASE_URL it backs
 * up the embedded development database. With DATABASE_URL, use the owner's connection (not the
 * app's), so that row-level security does not hide rows.
 */
import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { BackupError, writeBackup } from "../../lib/db/backup";
import { openDevDatabase, PROJECT_ROOT } from "./dev-database";

const { values } = parseArgs({ options: { tenant: { type: "string" }, out: { type: "string" } } });
const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "").replace("T", "-");
const out = path.resolve(values.out ?? path.join(PROJECT_ROOT, "backups", `kvalitet-${values.tenant ?? "alla"}-${stamp}.jsonl.gz`));
await mkdir(path.dirname(out), { recursive: true });

const database = await openDevDatabase();
try {
  const started = Date.now();
  const { counts } = await writeBackup(database.url, createWriteStream(out), { tenantSlug: values.tenant });
  const rows = Object.values(counts).reduce((sum, count) => sum + count, 0);
  console.log(`Säkerhetskopian är skriven: ${out}\n${rows} rader ur ${Object.keys(counts).length} tabeller på ${Date.now() - started} ms.`);
} catch (error) {
  await rm(out, { force: true });
  if (!(error instanceof BackupError)) throw error;
  console.error(error.message);
  process.exitCode = 2;
} finally {
  await database.close();
}
