/**
 * EXPLAIN of every query behind the busy pages and the autosave, captured as the data layer sends
 * them (statement and parameters) for one municipality of the national database, then run again
 * under EXPLAIN ANALYZE in a transaction that is rolled back (writes included). A query that scans
 * a whole large table instead of using an index is named.
 */
import pg from "pg";
import { replaceAppClient } from "../../lib/db/client";
import { createPrismaClient } from "../../lib/db/prisma";

export interface ExplainedQuery {
  page: string;
  sql: string;
  ms: number;
  /** Tables read by a sequential scan although they hold more than LARGE_TABLE rows. */
  fullScans: string[];
  indexes: string[];
}

const LARGE_TABLE = 10_000;

interface Captured {
  page: string;
  sql: string;
  params: unknown[];
}

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  Plans?: PlanNode[];
}

/**
 * Runs each page's reads with a client that records its statements (given to the app with
 * replaceAppClient), then explains them as the app role with the tenant set, as the app runs them.
 */
export async function explainPages(appUrl: string, ownerUrl: string, tenantId: string, pages: Record<string, () => Promise<unknown>>): Promise<ExplainedQuery[]> {
  const captured: Captured[] = [];
  let page = "";
  const recorder = createPrismaClient(appUrl, { max: 2, onQuery: (sql, params) => captured.push({ page, sql, params: JSON.parse(params) as unknown[] }) });
  const previous = replaceAppClient(recorder);
  try {
    for (const [name, read] of Object.entries(pages)) {
      page = name;
      await read();
    }
  } finally {
    replaceAppClient(previous);
    await recorder.$disconnect();
  }

  const sizes = await tableSizes(ownerUrl);
  const client = new pg.Client({ connectionString: appUrl });
  await client.connect();
  const seen = new Set<string>();
  const explained: ExplainedQuery[] = [];
  try {
    for (const query of captured) {
      const sql = query.sql.trim();
      if (/^(BEGIN|COMMIT|ROLLBACK)\b/i.test(sql) || sql.includes("set_config(") || seen.has(sql)) continue;
      seen.add(sql);
      await client.query("BEGIN");
      try {
        await client.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
        // An INSERT carries the id it was given, so running it again would only collide: planned, not run.
        const analyze = !/^INSERT\b/i.test(sql);
        const { rows } = await client.query<{ "QUERY PLAN": [{ Plan: PlanNode; "Execution Time"?: number }] }>(`EXPLAIN (${analyze ? "ANALYZE, " : ""}FORMAT JSON) ${sql}`, query.params);
        const [{ Plan: plan, "Execution Time": ms = 0 }] = rows[0]!["QUERY PLAN"];
        const nodes = flatten(plan);
        explained.push({
          page: query.page,
          sql,
          ms,
          fullScans: nodes.filter((node) => node["Node Type"] === "Seq Scan" && (sizes.get(node["Relation Name"] ?? "") ?? 0) > LARGE_TABLE).map((node) => node["Relation Name"]!),
          indexes: [...new Set(nodes.flatMap((node) => (node["Index Name"] ? [node["Index Name"]] : [])))],
        });
      } finally {
        await client.query("ROLLBACK");
      }
    }
  } finally {
    await client.end();
  }
  return explained;
}

function flatten(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(flatten)];
}

async function tableSizes(ownerUrl: string): Promise<Map<string, number>> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ relname: string; rows: number }>(
      "SELECT c.relname, c.reltuples::float8 AS rows FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'",
    );
    return new Map(rows.map((row) => [row.relname, row.rows]));
  } finally {
    await client.end();
  }
}

/** A line per query: page, time, indexes or the full scans, and the statement's start. */
export function describeExplained(queries: readonly ExplainedQuery[], width = Number.POSITIVE_INFINITY): string {
  return queries
    .map((query) => {
      const how = query.fullScans.length ? `HELA TABELLEN: ${query.fullScans.join(", ")}` : query.indexes.length ? `index: ${query.indexes.join(", ")}` : "små tabeller";
      return `${query.page.padEnd(34)} ${query.ms.toFixed(2).padStart(8)} ms  ${how}\n    ${query.sql.replace(/\s+/g, " ").slice(0, width)}`;
    })
    .join("\n");
}
