/**
 * Logical backup and restore through the pg driver, so they work where `pg_dump` does not (the
 * embedded PostgreSQL bundle has none, and a Debian client of another major version refuses the
 * server). A backup is gzipped JSON lines: a header (format, migrations, scope), then one line per
 * row in an order that satisfies the foreign keys, then a trailer with the row count per table.
 * All rows are read in one REPEATABLE READ snapshot, and a restore runs in one transaction, so it
 * is all or nothing. Plain Node: used by prisma/scripts and the tests, never by the app.
 */
import { Readable, type Writable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";

export const BACKUP_FORMAT = "kvalitetsuppfoljning-backup";
const FORMAT_VERSION = 1;
const BATCH_ROWS = 500;

/** Global tables a one-tenant backup takes only the tenant's part of; sign-in tokens and attempts are left out. */
const TRANSIENT_TABLES = new Set(["VerificationToken", "SignInAttempt", "_prisma_migrations"]);

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  migrations: string[];
  /** null for the whole database. */
  tenant: { id: string; slug: string } | null;
  tables: string[];
}

interface Column {
  name: string;
  type: string;
  json: boolean;
}

interface Table {
  name: string;
  columns: Column[];
  primaryKey: string[];
  hasTenantId: boolean;
  /** A foreign key to itself (a conditional question's condition): restored in one statement. */
  selfReferencing: boolean;
}

export class BackupError extends Error {}

/** Tables of the public schema in an order where every foreign key points at an earlier table. */
async function readTables(client: pg.ClientBase): Promise<Table[]> {
  const columns = await client.query<{ table: string; name: string; type: string }>(`
    SELECT c.relname AS table, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
    ORDER BY c.relname, a.attnum`);
  const keys = await client.query<{ table: string; columns: string[] }>(`
    SELECT c.relname AS table, array_agg(a.attname ORDER BY k.ordinality)::text[] AS columns
    FROM pg_constraint p JOIN pg_class c ON c.oid = p.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    CROSS JOIN LATERAL unnest(p.conkey) WITH ORDINALITY AS k(attnum, ordinality)
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
    WHERE n.nspname = 'public' AND p.contype = 'p' GROUP BY c.relname`);
  const references = await client.query<{ table: string; references: string }>(`
    SELECT DISTINCT c.relname AS table, r.relname AS references
    FROM pg_constraint p JOIN pg_class c ON c.oid = p.conrelid JOIN pg_class r ON r.oid = p.confrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND p.contype = 'f'`);

  const byName = new Map<string, Table>();
  for (const column of columns.rows) {
    const table = byName.get(column.table) ?? { name: column.table, columns: [], primaryKey: [], hasTenantId: false, selfReferencing: false };
    table.columns.push({ name: column.name, type: column.type, json: column.type === "jsonb" || column.type === "json" });
    table.hasTenantId ||= column.name === "tenantId";
    byName.set(column.table, table);
  }
  for (const key of keys.rows) byName.get(key.table)!.primaryKey = key.columns;

  const dependsOn = new Map<string, Set<string>>([...byName.keys()].map((name) => [name, new Set<string>()]));
  for (const edge of references.rows) {
    if (edge.table === edge.references) byName.get(edge.table)!.selfReferencing = true;
    else dependsOn.get(edge.table)?.add(edge.references);
  }
  const ordered: Table[] = [];
  const placed = new Set<string>();
  while (placed.size < byName.size) {
    const ready = [...byName.keys()].filter((name) => !placed.has(name) && [...dependsOn.get(name)!].every((other) => placed.has(other))).sort();
    if (!ready.length) throw new BackupError("Tabellernas främmande nycklar bildar en cirkel; säkerhetskopian kan inte ordnas.");
    for (const name of ready) {
      placed.add(name);
      ordered.push(byName.get(name)!);
    }
  }
  return ordered;
}

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/** The rows a backup takes from a table: all, or for one tenant its own and the people in it. */
function scopeOf(table: Table, tenantId: string | null): { where: string; params: unknown[] } | null {
  if (tenantId === null) return table.name === "_prisma_migrations" ? null : { where: "", params: [] };
  if (TRANSIENT_TABLES.has(table.name)) return null;
  if (table.hasTenantId) return { where: `WHERE t."tenantId" = $1`, params: [tenantId] };
  if (table.name === "Tenant") return { where: `WHERE t.id = $1`, params: [tenantId] };
  if (table.name === "User") return { where: `WHERE t.id IN (SELECT "userId" FROM "Membership" WHERE "tenantId" = $1)`, params: [tenantId] };
  if (table.columns.some((column) => column.name === "userId")) {
    return { where: `WHERE t."userId" IN (SELECT "userId" FROM "Membership" WHERE "tenantId" = $1)`, params: [tenantId] };
  }
  throw new BackupError(`Tabellen ${table.name} hör varken till en kommun eller till en person; ange hur den ska säkerhetskopieras.`);
}

/** A JSON object per row; json columns as their text, so JSON null and SQL NULL stay apart. */
function rowExpression(table: Table): string {
  const jsonColumns = table.columns.filter((column) => column.json);
  if (!jsonColumns.length) return "to_jsonb(t)";
  return `to_jsonb(t) || jsonb_build_object(${jsonColumns.map((column) => `'${column.name}', t.${quote(column.name)}::text`).join(", ")})`;
}

export interface BackupResult {
  header: BackupHeader;
  counts: Record<string, number>;
}

/** Writes a backup of the whole database, or of one tenant (by slug), to `out` (gzipped). */
export async function writeBackup(databaseUrl: string, out: Writable, options: { tenantSlug?: string } = {}): Promise<BackupResult> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    // Row-level security would hide other tenants' rows from a non-superuser owner.
    await client.query("SELECT set_config('app.bypass_rls', 'on', true)");
    let tenant: BackupHeader["tenant"] = null;
    if (options.tenantSlug) {
      const found = await client.query<{ id: string; slug: string }>(`SELECT id, slug FROM "Tenant" WHERE slug = $1`, [options.tenantSlug]);
      if (!found.rows[0]) throw new BackupError(`Det finns ingen kommun med kortnamnet "${options.tenantSlug}".`);
      tenant = found.rows[0];
    }
    const tables = (await readTables(client)).filter((table) => scopeOf(table, tenant?.id ?? null));
    const migrations = (await client.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`)).rows.map((row) => row.migration_name);
    const header: BackupHeader = { format: BACKUP_FORMAT, version: FORMAT_VERSION, createdAt: new Date().toISOString(), migrations, tenant, tables: tables.map((table) => table.name) };
    const counts: Record<string, number> = {};

    async function* lines() {
      yield `${JSON.stringify(header)}\n`;
      for (const table of tables) {
        const scope = scopeOf(table, tenant?.id ?? null)!;
        const order = table.primaryKey.map((column) => `t.${quote(column)}`).join(", ") || "1";
        await client.query(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT (${rowExpression(table)})::text AS row FROM ${quote(table.name)} t ${scope.where} ORDER BY ${order}`, scope.params);
        counts[table.name] = 0;
        for (;;) {
          const batch = await client.query<{ row: string }>(`FETCH ${BATCH_ROWS} FROM backup_rows`);
          if (!batch.rows.length) break;
          counts[table.name] = (counts[table.name] ?? 0) + batch.rows.length;
          yield batch.rows.map((row) => `{"t":${JSON.stringify(table.name)},"r":${row.row}}\n`).join("");
        }
        await client.query("CLOSE backup_rows");
      }
      yield `${JSON.stringify({ end: true, counts })}\n`;
    }

    await pipeline(Readable.from(lines()), createGzip(), out);
    await client.query("COMMIT");
    return { header, counts };
  } finally {
    await client.end();
  }
}

export interface RestoreResult {
  header: BackupHeader;
  counts: Record<string, number>;
}

/**
 * Restores a backup into a database migrated to the same migrations, in one transaction. A whole
 * backup needs an empty database (or `replace`, which empties it first); a one-tenant backup needs
 * the tenant to be absent (or `replace`, which deletes it first), and keeps people already there.
 */
export async function restoreBackup(databaseUrl: string, input: NodeJS.ReadableStream, options: { replace?: boolean } = {}): Promise<RestoreResult> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const gunzip = createGunzip();
  const iterator = linesOf(input.pipe(gunzip));
  try {
    await client.query("BEGIN");
    await client.query("SELECT set_config('app.bypass_rls', 'on', true)");
    const first = await iterator.next();
    const header = parseHeader(first.done ? "" : first.value);
    const tables = new Map((await readTables(client)).map((table) => [table.name, table]));
    await checkTarget(client, header, tables, options.replace ?? false);

    const counts: Record<string, number> = {};
    const pending: { table: Table | null; rows: unknown[] } = { table: null, rows: [] };
    const flush = async () => {
      if (!pending.table || !pending.rows.length) return;
      await insertRows(client, pending.table, pending.rows, header.tenant !== null && !pending.table.hasTenantId);
      pending.rows = [];
    };
    let trailer: Record<string, number> | null = null;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      if (!next.value) continue;
      const line = JSON.parse(next.value) as { t?: string; r?: unknown; end?: true; counts?: Record<string, number> };
      if (line.end) {
        trailer = line.counts ?? {};
        break;
      }
      const table = tables.get(line.t ?? "");
      if (!table) throw new BackupError(`Säkerhetskopian har rader för tabellen ${line.t}, som inte finns i databasen.`);
      if (pending.table !== table) {
        await flush();
        pending.table = table;
      }
      pending.rows.push(line.r);
      counts[table.name] = (counts[table.name] ?? 0) + 1;
      // PostgreSQL checks a foreign key at the end of each statement, so a table that refers to
      // itself goes in whole, parents and children together.
      if (pending.rows.length >= BATCH_ROWS && !table.selfReferencing) await flush();
    }
    await flush();
    if (!trailer) throw new BackupError("Säkerhetskopian är avkortad (slutraden saknas); ingenting återställdes.");
    for (const [table, count] of Object.entries(trailer)) {
      if ((counts[table] ?? 0) !== count) throw new BackupError(`Tabellen ${table} har ${counts[table] ?? 0} rader i filen men ${count} enligt slutraden; ingenting återställdes.`);
    }
    await client.query("COMMIT");
    return { header, counts };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    if (error instanceof pg.DatabaseError) throw new BackupError(`Återställningen avbröts och ingenting ändrades: ${error.message}${error.detail ? ` (${error.detail})` : ""}`);
    if (error instanceof SyntaxError) throw new BackupError("Säkerhetskopian är skadad (en rad kunde inte läsas); ingenting återställdes.");
    throw error;
  } finally {
    await iterator.return(undefined);
    gunzip.destroy();
    await client.end();
  }
}

/**
 * The lines of a UTF-8 stream, read as they are needed. The decoder keeps a character whose bytes
 * a chunk boundary splits ("ö" is two bytes) until the rest arrives; decoding each chunk on its own
 * restored such a character as two replacement characters.
 */
export async function* linesOf(stream: NodeJS.ReadableStream): AsyncGenerator<string, void, undefined> {
  const decoder = new StringDecoder("utf8");
  let buffered = "";
  for await (const chunk of stream) {
    buffered += typeof chunk === "string" ? chunk : decoder.write(chunk);
    for (let end = buffered.indexOf("\n"); end >= 0; end = buffered.indexOf("\n")) {
      yield buffered.slice(0, end);
      buffered = buffered.slice(end + 1);
    }
  }
  buffered += decoder.end();
  if (buffered) yield buffered;
}

function parseHeader(line: string): BackupHeader {
  let header: Partial<BackupHeader>;
  try {
    header = JSON.parse(line) as Partial<BackupHeader>;
  } catch {
    throw new BackupError("Filen är ingen säkerhetskopia från Kvalitetsuppföljning (huvudraden kunde inte läsas).");
  }
  if (header.format !== BACKUP_FORMAT) throw new BackupError("Filen är ingen säkerhetskopia från Kvalitetsuppföljning.");
  if (header.version !== FORMAT_VERSION) throw new BackupError(`Säkerhetskopian har format ${header.version}; den här versionen läser format ${FORMAT_VERSION}.`);
  return header as BackupHeader;
}

async function checkTarget(client: pg.ClientBase, header: BackupHeader, tables: Map<string, Table>, replace: boolean) {
  const applied = (await client.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`)).rows.map((row) => row.migration_name);
  if (applied.join() !== header.migrations.join()) {
    throw new BackupError(`Databasen har inte samma migreringar som säkerhetskopian (${header.migrations.at(-1) ?? "inga"}); kör npm run db:migrate med samma version av appen först.`);
  }
  if (header.tenant) {
    const exists = await client.query(`SELECT 1 FROM "Tenant" WHERE id = $1 OR slug = $2`, [header.tenant.id, header.tenant.slug]);
    if (exists.rowCount && !replace) throw new BackupError(`Kommunen ${header.tenant.slug} finns redan i databasen; lägg till --replace för att ersätta den.`);
    // Every tenant table cascades from Tenant.
    if (exists.rowCount) await client.query(`DELETE FROM "Tenant" WHERE id = $1 OR slug = $2`, [header.tenant.id, header.tenant.slug]);
    return;
  }
  const restorable = [...tables.keys()].filter((name) => name !== "_prisma_migrations");
  const withRows: string[] = [];
  for (const name of restorable) if ((await client.query(`SELECT 1 FROM ${quote(name)} LIMIT 1`)).rowCount) withRows.push(name);
  if (withRows.length && !replace) throw new BackupError(`Databasen är inte tom (${withRows.slice(0, 3).join(", ")} …); lägg till --replace för att ersätta allt.`);
  if (withRows.length) await client.query(`TRUNCATE ${restorable.map(quote).join(", ")} CASCADE`);
}

/** One INSERT per batch; people already in the database are kept when restoring one tenant. */
async function insertRows(client: pg.ClientBase, table: Table, rows: unknown[], keepExisting: boolean) {
  const names = table.columns.map((column) => quote(column.name)).join(", ");
  const record = table.columns.map((column) => `${quote(column.name)} ${column.json ? "text" : column.type}`).join(", ");
  const values = table.columns.map((column) => (column.json ? `r.${quote(column.name)}::${column.type}` : `r.${quote(column.name)}`)).join(", ");
  const conflict = keepExisting ? " ON CONFLICT DO NOTHING" : "";
  await client.query(`INSERT INTO ${quote(table.name)} (${names}) SELECT ${values} FROM jsonb_to_recordset($1::jsonb) AS r(${record})${conflict}`, [JSON.stringify(rows)]);
}
