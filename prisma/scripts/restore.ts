/**
 * `npm run db:restore -- <fil> [--replace]`: restores a backup made by `npm run db:backup` into the
 * database (the embedded development one without DATABASE_URL), in one transaction: all or nothing.
 * The database must be migrated to the backup's migrations; --replace empties it (or, for one
 * municipality's backup, deletes that municipality) first.
 */
import { createReadStream, existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { BackupError, restoreBackup } from "../../lib/db/backup";
import { openDevDatabase } from "./dev-database";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { replace: { type: "boolean", default: false } } });
const file = positionals[0];
if (!file || !existsSync(file)) {
  console.error(file ? `Filen ${file} finns inte.` : "Ange säkerhetskopians fil: npm run db:restore -- backups/kvalitet-….jsonl.gz");
  process.exit(2);
}

const database = await openDevDatabase();
try {
  const started = Date.now();
  const { header, counts } = await restoreBackup(database.url, createReadStream(file), { replace: values.replace });
  const rows = Object.values(counts).reduce((sum, count) => sum + count, 0);
  const scope = header.tenant ? `kommunen ${header.tenant.slug}` : "hela databasen";
  console.log(`Återställt ${scope} från ${header.createdAt}: ${rows} rader på ${Date.now() - started} ms.`);
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(error.message);
  process.exitCode = 2;
} finally {
  await database.close();
}
