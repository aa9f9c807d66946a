/**
 * Prisma's schema engine compiled to WebAssembly, driven through adapter-pg. It replaces
 * `prisma migrate dev --create-only` and the drift check, whose CLI needs a downloaded binary.
 * Plain Node, for prisma/scripts and tests. Needs a reachable PostgreSQL (for the shadow database).
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import type pg from "pg";
import { MIGRATIONS_DIR, readMigrations } from "./migrations";

export const SCHEMA_PATH = path.resolve(import.meta.dirname, "../../prisma/schema.prisma");
const LOCKFILE = 'provider = "postgresql"\n';
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

type Engine = {
  diff(params: unknown): Promise<{ exitCode: number; stdout?: string | null }>;
  free(): void;
};

interface DiffOutcome {
  /** SQL that takes the database from the migrations' state to the schema; empty when they agree. */
  sql: string;
  differs: boolean;
}

/** The SQL that takes a database built by the migrations to what schema.prisma describes. */
export async function diffMigrationsToSchema(databaseUrl: string, options: { migrationsDir?: string; schemaText?: string } = {}): Promise<DiffOutcome> {
  const migrations = await readMigrations(options.migrationsDir ?? MIGRATIONS_DIR);
  const schemaText = options.schemaText ?? (await readFile(SCHEMA_PATH, "utf8"));
  const from = migrations.length
    ? {
        tag: "migrations",
        baseDir: options.migrationsDir ?? MIGRATIONS_DIR,
        lockfile: { path: "migration_lock.toml", content: LOCKFILE },
        shadowDbInitScript: "",
        migrationDirectories: migrations.map((migration) => ({
          path: migration.name,
          migrationFile: { path: "migration.sql", content: { tag: "ok", value: migration.sql } },
        })),
      }
    : { tag: "empty" };
  const to = { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schemaText }] };
  return runDiff(databaseUrl, from, to, schemaText);
}

/** The SQL that creates what schema.prisma describes in an empty database. */
export async function schemaCreateScript(databaseUrl: string): Promise<string> {
  const schemaText = await readFile(SCHEMA_PATH, "utf8");
  const to = { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schemaText }] };
  return (await runDiff(databaseUrl, { tag: "empty" }, to, schemaText)).sql;
}

async function runDiff(databaseUrl: string, from: unknown, to: unknown, schemaText: string): Promise<DiffOutcome> {
  const engine = await createEngine(databaseUrl, schemaText);
  try {
    const result = await engine.diff({
      from,
      to,
      script: true,
      exitCode: true,
      filters: { externalTables: [], externalEnums: [] },
    });
    const differs = result.exitCode === 2;
    return { sql: differs ? (result.stdout ?? "") : "", differs };
  } finally {
    engine.free();
  }
}

type EngineModule = {
  SchemaEngine: { new: (options: unknown, log: (message: string) => void, adapter: unknown) => Promise<Engine> };
};

// The wasm glue keeps views of the instance's memory in module state, so the module is
// instantiated once per process and every engine is created from that one instance.
let engineModule: Promise<EngineModule> | undefined;

function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= (async () => {
    const require = createRequire(import.meta.url);
    const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bg = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as Record<string, unknown> &
      EngineModule & { __wbg_set_wasm(exports: unknown): void };
    const bytes = await readFile(path.join(path.dirname(bgPath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg as WebAssembly.ModuleImports });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    (globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY = {
      set_message: (message: string) => {
        throw new Error(`Prisma schema engine panic: ${message}`);
      },
    };
    return bg;
  })();
  return engineModule;
}

async function createEngine(databaseUrl: string, schemaText: string): Promise<Engine> {
  const bg = await loadEngineModule();
  // Discrete fields, never a connectionString: the shadow database is made by spreading this
  // config with another `database`, and pg would let a connectionString win over it.
  const url = new URL(databaseUrl);
  const factory = new PrismaPg({
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: url.pathname.slice(1),
    allowExitOnIdle: true,
    idleTimeoutMillis: 100,
  });
  await patchAdapterForEngine(factory);

  return (await bg.SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schemaText]] },
    () => undefined,
    bindMigrationAwareSqlAdapterFactory(factory as never),
  )) as Engine;
}

/**
 * Two gaps of adapter-pg that the schema engine meets, mended once per process on its classes:
 * - migration scripts are split at every ";", which cuts function bodies (and comments) apart;
 * - PostgreSQL's internal "char" type (OID 18), which the engine's describer reads from
 *   pg_constraint and friends, has no mapping: such columns are read as text and reported as
 *   Character, which is what the describer expects.
 */
let patched = false;
async function patchAdapterForEngine(factory: PrismaPg): Promise<void> {
  if (patched) return;
  const adapter = await factory.connect();
  const queryable = Object.getPrototypeOf(Object.getPrototypeOf(adapter)) as {
    performIO(query: unknown): Promise<pg.QueryArrayResult>;
    queryRaw(query: unknown): Promise<{ columnTypes: number[]; rows: unknown[][] }>;
  };
  // PostgreSQL takes a whole script as one simple query, as our own migration runner
  // (lib/db/migrations.ts) sends it.
  const adapterClass = Object.getPrototypeOf(adapter) as { executeScript(script: string): Promise<void> };
  adapterClass.executeScript = async function (this: { client: pg.Pool; onError(error: unknown): never }, script: string) {
    try {
      await this.client.query(script);
    } catch (error) {
      this.onError(error);
    }
  };
  await adapter.dispose();
  const charColumns = new WeakMap<object, number[]>();
  const performIO = queryable.performIO;
  queryable.performIO = async function (this: unknown, query: unknown) {
    const result = await performIO.call(this, query);
    const indexes: number[] = [];
    result.fields?.forEach((field, index) => {
      if (field.dataTypeID === PG_CHAR_OID) {
        field.dataTypeID = PG_TEXT_OID;
        indexes.push(index);
      }
    });
    if (indexes.length) charColumns.set(result.rows, indexes);
    return result;
  };
  const queryRaw = queryable.queryRaw;
  queryable.queryRaw = async function (this: unknown, query: unknown) {
    const result = await queryRaw.call(this, query);
    for (const index of charColumns.get(result.rows) ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
  patched = true;
}
