/**
 * `npm run bench`: the performance figures of issue #9, measured side by side in one run against
 * the national-scale database of `npm run gen` (generated first, with the defaults, when missing):
 *
 *   1. scoring every provider of the national current cycle vs. only reading the same rows, and
 *      one municipality's 200-provider cycle read and graded;
 *   2. the autosave endpoint under 50 concurrent provider sessions vs. a bare route handler doing
 *      one INSERT through the same pool (the ceiling), alternated A B A B;
 *   3. time to first byte of the cycle overview and a provider profile vs. a page without data;
 *   4. the annual report of a 200-provider cycle: data model, PDF, DOCX, XLSX;
 *   5. the server's memory (RSS of the whole `next start` process tree) under the autosave load.
 *
 * Prints each figure with its baseline, the ratio, the target and whether it holds, and writes the
 * same as JSON to .reports/bench.json. Not part of `npm test`: a shared machine is too noisy for
 * timing verdicts in a test suite. Settings: BENCH_SECONDS (15 per autosave round), BENCH_APP_PORT
 * (3121), NATIONAL_PG_PORT (55381).
 */
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { hashPassword } from "../../lib/auth/password";
import { ensureAppRole } from "../../lib/db/app-role";
import { applyMigrations } from "../../lib/db/migrations";
import { generateNational, NATIONAL_DEFAULTS } from "../../prisma/generate/national";
import { openNationalDatabase, recreateDatabase } from "../../prisma/scripts/national-database";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-credentials";
import { percentile, sampleProcessTreeRss } from "../load/measure";
import { ensureBuild, PROJECT_ROOT, sessionCookie, startAppServer, stopAppServer } from "../load/server";
import { printFigures, type Figure } from "./figures";

const setting = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const ROUND_SECONDS = setting("BENCH_SECONDS", 15);
const APP_PORT = setting("BENCH_APP_PORT", 3121);
const SESSIONS = 50;
/** Only these parts (e.g. BENCH_ONLY=1,3), while working on one; all by default. */
const ONLY = new Set((process.env.BENCH_ONLY ?? "1,2,3,4,5").split(",").map((part) => part.trim()));
const baseUrl = `http://127.0.0.1:${APP_PORT}`;
const log = (line: string) => console.log(`[bench] ${line}`);

interface Subject {
  n: number;
  tenantId: string;
  qualityUser: { userId: string; name: string; email: string };
  currentCycle: { id: string; year: number };
  providerIds: string[];
  reportId: string;
}

async function main() {
  const database = await openNationalDatabase();
  try {
    let generated = await database.generated();
    if (!generated) {
      log("ingen genererad data – kör generatorn med standardvärdena (npm run gen), det tar några minuter");
      await recreateDatabase(database.url);
      await applyMigrations(database.url);
      const started = performance.now();
      const counts = await generateNational(database.url, { ...NATIONAL_DEFAULTS, passwordHash: await hashPassword(DEMO_PASSWORD) }, (line) => log(`gen: ${line}`));
      await database.recordRun((performance.now() - started) / 1000, counts);
      generated = await database.generated();
    }
    log(`databas: ${generated!.options.tenants} kommuner × ${generated!.options.providersPerTenant} utförare, ${Object.values(generated!.counts).reduce((a, b) => a + b, 0).toLocaleString("sv-SE")} rader (genererad på ${generated!.seconds.toFixed(0)} s)`);

    const owner = new pg.Client({ connectionString: database.url });
    await owner.connect();
    const subject = await pickSubject(owner, 1);
    const sessions = await prepareSessions(owner, SESSIONS);
    await owner.query("CREATE TABLE IF NOT EXISTS bench_ceiling (id bigserial PRIMARY KEY, body jsonb NOT NULL, at timestamptz NOT NULL DEFAULT now())");
    await owner.query("TRUNCATE bench_ceiling");
    const appUrl = await ensureAppRole(database.url, randomBytes(18).toString("base64url"));
    await owner.query("GRANT INSERT ON bench_ceiling TO kvalitet_app; GRANT USAGE ON SEQUENCE bench_ceiling_id_seq TO kvalitet_app");
    const tenants = await allTenants(owner);
    await owner.end();

    const secret = randomBytes(32).toString("base64url");
    process.env.DATABASE_URL = appUrl;
    process.env.NEXTAUTH_SECRET = secret;
    const figures: Figure[] = [];
    if (ONLY.has("1")) figures.push(...(await benchScoring(tenants, subject)));
    if (ONLY.has("4")) figures.push(...(await benchReport(subject)));

    await ensureBuild(log);
    const server = await startAppServer({
      port: APP_PORT,
      databaseUrl: appUrl,
      secret,
      logFile: path.join(PROJECT_ROOT, ".reports", "bench-server.log"),
      uploadDir: path.join(PROJECT_ROOT, ".data", "uploads-bench"),
      env: { BENCHMARK_CEILING: "on" },
    });
    try {
      if (ONLY.has("3")) figures.push(...(await benchPages(subject, secret)));
      if (ONLY.has("2") || ONLY.has("5")) figures.push(...(await benchAutosave(sessions, secret, server.pid!)));
    } finally {
      await stopAppServer(server);
    }
    printFigures(figures);
    await mkdir(path.join(PROJECT_ROOT, ".reports"), { recursive: true });
    await writeFile(path.join(PROJECT_ROOT, ".reports", "bench.json"), JSON.stringify({ generated, figures }, null, 2));
    const { db } = await import("../../lib/db/client");
    await db.$disconnect();
  } finally {
    await database.close();
  }
}

async function pickSubject(owner: pg.Client, n: number): Promise<Subject> {
  const { rows: [tenant] } = await owner.query<{ id: string; user_id: string; name: string; email: string }>(
    `SELECT t.id, u.id AS user_id, u.name, u.email FROM gen.tenant t JOIN "User" u ON u.id = t.quality_user WHERE t.n = $1`,
    [n],
  );
  const { rows: [cycle] } = await owner.query<{ id: string; year: number }>("SELECT id, year FROM gen.cycle WHERE tenant_n = $1 AND NOT closed", [n]);
  const { rows: providers } = await owner.query<{ id: string }>("SELECT id FROM gen.provider WHERE tenant_n = $1 ORDER BY k", [n]);
  const { rows: [report] } = await owner.query<{ id: string }>(`SELECT id FROM "Report" WHERE "tenantId" = $1 AND template = 'ANNUAL_QUALITY_REPORT' ORDER BY year DESC LIMIT 1`, [tenant!.id]);
  return {
    n,
    tenantId: tenant!.id,
    qualityUser: { userId: tenant!.user_id, name: tenant!.name, email: tenant!.email },
    currentCycle: cycle!,
    providerIds: providers.map((row) => row.id),
    reportId: report!.id,
  };
}

interface TenantCycle {
  tenantId: string;
  userId: string;
  cycle: { id: string; periodStart: Date };
  providerIds: string[];
}

async function allTenants(owner: pg.Client): Promise<TenantCycle[]> {
  const { rows } = await owner.query<{ tenant_id: string; user_id: string; cycle_id: string; year: number; provider_ids: string[] }>(
    `SELECT t.id AS tenant_id, t.quality_user AS user_id, c.id AS cycle_id, c.year, array_agg(p.id ORDER BY p.k) AS provider_ids
     FROM gen.tenant t JOIN gen.cycle c ON c.tenant_n = t.n AND NOT c.closed JOIN gen.provider p ON p.tenant_n = t.n
     GROUP BY t.n, t.id, t.quality_user, c.id, c.year ORDER BY t.n`,
  );
  return rows.map((row) => ({ tenantId: row.tenant_id, userId: row.user_id, cycle: { id: row.cycle_id, periodStart: new Date(Date.UTC(row.year, 0, 1)) }, providerIds: row.provider_ids }));
}

/** (1) Reading a cycle's assessments, then grading them, tenant by tenant over the whole country. */
async function benchScoring(tenants: TenantCycle[], subject: Subject): Promise<Figure[]> {
  const { withTenant } = await import("../../lib/db/tenant");
  const { gradeCycle, readCycleGradingInput } = await import("../../lib/data/grades");
  const ctxOf = (tenant: TenantCycle) => ({ tenantId: tenant.tenantId, userId: tenant.userId, role: "QUALITY_DEVELOPER" as const, providerId: null });
  const read = (tenant: TenantCycle) => withTenant(tenant.tenantId, (tx) => readCycleGradingInput(tx, ctxOf(tenant), tenant.cycle, tenant.providerIds));
  const readAndGrade = async (tenant: TenantCycle) => gradeCycle(await read(tenant)).size;
  const timed = async (work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    return performance.now() - started;
  };

  log(`1. poängsättning: ${tenants.length} kommuners pågående uppföljning; per kommun en oräknad läsning, sedan läsning och läsning + bedömning om vartannat`);
  for (const tenant of tenants.slice(0, 5)) await readAndGrade(tenant);
  let readMs = 0;
  let gradedMs = 0;
  let graded = 0;
  const perTenant: number[] = [];
  for (const [index, tenant] of tenants.entries()) {
    // The first read of a municipality may come from disk (the database is larger than the page
    // cache): that is I/O, not the cost compared here, so it is not counted.
    await read(tenant);
    // Alternate which goes first, so neither always meets a warmer cache.
    const first = index % 2 === 0;
    if (first) readMs += await timed(() => read(tenant));
    const ms = await timed(async () => (graded += await readAndGrade(tenant)));
    gradedMs += ms;
    perTenant.push(ms);
    if (!first) readMs += await timed(() => read(tenant));
  }
  const own = tenants.find((tenant) => tenant.tenantId === subject.tenantId)!;
  const subjectRuns: number[] = [];
  for (let run = 0; run < 20; run += 1) subjectRuns.push(await timed(() => readAndGrade(own)));
  log(`   ${graded.toLocaleString("sv-SE")} utförare bedömda`);
  return [
    {
      name: `1. Bedömning av hela landets uppföljning (${graded.toLocaleString("sv-SE")} utförare)`,
      value: gradedMs,
      unit: "ms",
      baseline: { name: "bara läsa samma rader", value: readMs },
      target: { text: "< 50 % mer än läsningen", holds: gradedMs / readMs < 1.5 },
    },
    {
      name: "1. En kommuns uppföljning, 200 utförare, läst och bedömd (p95 av alla kommuner)",
      value: percentile(perTenant, 95),
      unit: "ms",
      note: `median ${percentile(perTenant, 50).toFixed(0)} ms; kommun 1 (störst) 20 gånger: median ${percentile(subjectRuns, 50).toFixed(0)} ms`,
      target: { text: "< 100 ms", holds: percentile(perTenant, 95) < 100 },
    },
  ];
}

/** (4) The annual report of the largest municipality's last closed cycle, in-process, three times. */
async function benchReport(subject: Subject): Promise<Figure[]> {
  const { getReport } = await import("../../lib/data/reports");
  const { reportPdf } = await import("../../lib/export/report-pdf");
  const { reportDocx } = await import("../../lib/export/report-docx");
  const { reportWorkbook } = await import("../../lib/export/report-xlsx");
  const ctx = { tenantId: subject.tenantId, userId: subject.qualityUser.userId, role: "QUALITY_DEVELOPER" as const, providerId: null };
  log("4. årsrapporten: datamodell, PDF, DOCX, XLSX (tre gånger efter en uppvärmning)");
  const parts = { model: [] as number[], pdf: [] as number[], docx: [] as number[], xlsx: [] as number[] };
  let sizes = "";
  for (let run = 0; run < 4; run += 1) {
    let started = performance.now();
    const view = await getReport(ctx, subject.reportId);
    const model = performance.now() - started;
    const files: Record<string, number> = {};
    const timings: Record<string, number> = {};
    for (const [format, render] of [["pdf", reportPdf], ["docx", reportDocx], ["xlsx", reportWorkbook]] as const) {
      started = performance.now();
      files[format] = (await render(view.document)).byteLength;
      timings[format] = performance.now() - started;
    }
    if (run === 0) continue;
    parts.model.push(model);
    parts.pdf.push(timings.pdf!);
    parts.docx.push(timings.docx!);
    parts.xlsx.push(timings.xlsx!);
    sizes = Object.entries(files).map(([format, bytes]) => `${format} ${(bytes / 1024).toFixed(0)} kB`).join(", ");
  }
  const median = (samples: number[]) => percentile(samples, 50);
  const total = median(parts.model) + median(parts.pdf) + median(parts.docx) + median(parts.xlsx);
  return [
    {
      name: "4. Årsrapporten, 200 utförare: datamodell + PDF + DOCX + XLSX",
      value: total,
      unit: "ms",
      baseline: { name: "datamodellen ensam", value: median(parts.model) },
      note: `PDF ${median(parts.pdf).toFixed(0)} ms, DOCX ${median(parts.docx).toFixed(0)} ms, XLSX ${median(parts.xlsx).toFixed(0)} ms; ${sizes}`,
      target: { text: "< 5 000 ms", holds: total < 5_000 },
    },
  ];
}

/** (3) Time to first byte, pages interleaved, 40 rounds after 5 to warm up. */
async function benchPages(subject: Subject, secret: string): Promise<Figure[]> {
  const cookie = await sessionCookie(subject.qualityUser, secret);
  const pages = {
    overview: `/uppfoljningar/${subject.currentCycle.id}`,
    profile: `/utforare/${subject.providerIds[0]}`,
    plain: "/konto",
  };
  log("3. sidor: uppföljningens översikt, en utförares profil och kontosidan (utan data) om vartannat");
  const ttfb: Record<keyof typeof pages, number[]> = { overview: [], profile: [], plain: [] };
  const whole: Record<keyof typeof pages, number[]> = { overview: [], profile: [], plain: [] };
  for (let round = 0; round < 45; round += 1) {
    for (const key of Object.keys(pages) as (keyof typeof pages)[]) {
      const started = performance.now();
      const response = await fetch(`${baseUrl}${pages[key]}`, { headers: { cookie }, redirect: "manual" });
      const firstByte = performance.now() - started;
      const body = await response.text();
      if (response.status !== 200) throw new Error(`${pages[key]} svarade ${response.status}`);
      if (key === "overview" && !body.includes("Utförare 1-001")) throw new Error("översikten visar inte utförarna");
      if (round < 5) continue;
      ttfb[key].push(firstByte);
      whole[key].push(performance.now() - started);
    }
  }
  const p95 = (samples: number[]) => percentile(samples, 95);
  const page = (key: "overview" | "profile", name: string): Figure => ({
    name: `3. ${name}, p95 tid till första byte`,
    value: p95(ttfb[key]),
    unit: "ms",
    baseline: { name: "kontosidan", value: p95(ttfb.plain) },
    note: `hela sidan p95 ${p95(whole[key]).toFixed(0)} ms, median ${percentile(whole[key], 50).toFixed(0)} ms`,
    target: { text: "< 200 ms", holds: p95(ttfb[key]) < 200 },
  });
  return [page("overview", "Uppföljningens översikt (200 utförare)"), page("profile", "Utförarprofil (5 år)")];
}

interface BenchSession {
  person: { userId: string; name: string; email: string };
  selfAssessmentId: string;
  questions: { id: string; values: readonly string[] }[];
}

/** 50 provider users in 50 municipalities, each on their provider's current self-assessment, opened for editing. */
async function prepareSessions(owner: pg.Client, count: number): Promise<BenchSession[]> {
  const { rows } = await owner.query<{ user_id: string; name: string; email: string; self_assessment_id: string; tenant_n: number }>(
    `SELECT u.id AS user_id, u.name, u.email, s.id AS self_assessment_id, t.n AS tenant_n
     FROM gen.tenant t JOIN gen.provider p ON p.tenant_n = t.n AND p.k = 1 JOIN gen.cycle c ON c.tenant_n = t.n AND NOT c.closed
       JOIN "SelfAssessment" s ON s."tenantId" = t.id AND s."cycleId" = c.id AND s."providerId" = p.id
       JOIN "Membership" m ON m."tenantId" = t.id AND m."providerId" = p.id JOIN "User" u ON u.id = m."userId"
     WHERE t.n <= $1 ORDER BY t.n`,
    [count],
  );
  await owner.query(`UPDATE "SelfAssessment" SET status = 'DRAFT', "submittedAt" = NULL WHERE id = ANY($1::uuid[])`, [rows.map((row) => row.self_assessment_id)]);
  const { rows: questions } = await owner.query<{ tenant_n: number; id: string; type: string }>(
    "SELECT tenant_n, id, type FROM gen.question WHERE tenant_n <= $1 AND type IN ('TEXT', 'STATUS', 'YES_NO')",
    [count],
  );
  const values: Record<string, readonly string[]> = { STATUS: ["YES", "NO", "IN_PROGRESS", "NOT_APPLICABLE"], YES_NO: ["YES", "NO"], TEXT: [] };
  return rows.map((row) => ({
    person: { userId: row.user_id, name: row.name, email: row.email },
    selfAssessmentId: row.self_assessment_id,
    questions: questions.filter((question) => question.tenant_n === row.tenant_n).map((question) => ({ id: question.id, values: values[question.type]! })),
  }));
}

interface RoundResult {
  ok: number;
  other: Record<string, number>;
  seconds: number;
  latencies: number[];
}

/** (2) and (5): autosave and the ceiling in turn, A B A B, with the server's RSS sampled throughout. */
async function benchAutosave(sessions: BenchSession[], secret: string, serverPid: number): Promise<Figure[]> {
  const cookies = await Promise.all(sessions.map((session) => sessionCookie(session.person, secret)));
  const idleRss = sampleProcessTreeRss(serverPid);
  const rss: number[] = [];
  const sampler = setInterval(() => rss.push(sampleProcessTreeRss(serverPid)), 500);
  const autosave: RoundResult[] = [];
  const ceiling: RoundResult[] = [];
  log(`2. autospara: ${sessions.length} samtidiga sessioner, ${ROUND_SECONDS} s per omgång, autospara och taket om vartannat två gånger`);
  try {
    await round(sessions, cookies, 3, "autosave");
    await round(sessions, cookies, 3, "ceiling");
    for (let pair = 0; pair < 2; pair += 1) {
      autosave.push(await round(sessions, cookies, ROUND_SECONDS, "autosave"));
      ceiling.push(await round(sessions, cookies, ROUND_SECONDS, "ceiling"));
    }
  } finally {
    clearInterval(sampler);
  }
  const throughput = (rounds: RoundResult[]) => rounds.reduce((sum, r) => sum + r.ok, 0) / rounds.reduce((sum, r) => sum + r.seconds, 0);
  const p95 = (rounds: RoundResult[]) => percentile(rounds.flatMap((r) => r.latencies), 95);
  const statuses = (rounds: RoundResult[]) => {
    const merged: Record<string, number> = {};
    for (const r of rounds) for (const [status, n] of Object.entries(r.other)) merged[status] = (merged[status] ?? 0) + n;
    return Object.entries(merged).map(([status, n]) => `${status}: ${n}`).join(", ") || "inga";
  };
  const saves = throughput(autosave);
  const inserts = throughput(ceiling);
  const maxRss = Math.max(...rss);
  return [
    {
      name: "2. Autospara, 50 samtidiga sessioner: sparade svar per sekund",
      value: saves,
      unit: "/s",
      baseline: { name: "taket: en INSERT per anrop", value: inserts },
      note: `p95 ${p95(autosave).toFixed(0)} ms (taket ${p95(ceiling).toFixed(0)} ms); andra svar än 200: ${statuses(autosave)}`,
      target: { text: "≥ 50 % av taket", holds: saves / inserts >= 0.5 },
    },
    {
      name: "5. Serverns minne (RSS) under autosparandet, högst",
      value: maxRss,
      unit: "MB",
      baseline: { name: "i vila efter start", value: idleRss },
      target: { text: "< 500 MB", holds: maxRss < 500 },
    },
  ];
}

async function round(sessions: BenchSession[], cookies: string[], seconds: number, kind: "autosave" | "ceiling"): Promise<RoundResult> {
  const result: RoundResult = { ok: 0, other: {}, seconds, latencies: [] };
  const endAt = performance.now() + seconds * 1000;
  await Promise.all(
    sessions.map(async (session, index) => {
      const versions = new Map<string, number>();
      let counter = 0;
      while (performance.now() < endAt) {
        const question = session.questions[counter % session.questions.length]!;
        counter += 1;
        const value = question.values.length ? question.values[counter % question.values.length] : `Session ${index} skrev ${counter}`;
        const body = JSON.stringify({ questionId: question.id, value, expectedVersion: versions.get(question.id) ?? 1 });
        const url = kind === "autosave" ? `${baseUrl}/api/egenrapportering/${session.selfAssessmentId}/svar` : `${baseUrl}/api/benchmark/insert`;
        const started = performance.now();
        const response = await fetch(url, { method: "PUT", headers: { "content-type": "application/json", cookie: cookies[index]!, origin: baseUrl }, body });
        const answer = (await response.json()) as { version?: number; current?: { version: number } };
        const latency = performance.now() - started;
        if (response.status === 200) {
          result.ok += 1;
          result.latencies.push(latency);
          if (answer.version) versions.set(question.id, answer.version);
        } else {
          result.other[response.status] = (result.other[response.status] ?? 0) + 1;
          if (answer.current) versions.set(question.id, answer.current.version);
        }
      }
    }),
  );
  return result;
}

main().catch((error) => {
  console.error("[bench] avbröts:", error);
  process.exit(1);
});
