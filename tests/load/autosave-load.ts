/**
 * `npm run test:load`: provider sessions autosave answers against `next start` on a fresh embedded
 * PostgreSQL, and PostgreSQL is killed (immediate shutdown, as a crash) part-way and started again.
 *
 * Passes only if: every acknowledged save is in the database afterwards (its audit entry, written in
 * the same transaction, and for the newest of each answer the row itself); no two acknowledgements
 * claim the same version of an answer (which would be a silent overwrite); concurrent edits of one
 * answer end as conflicts (409 with the stored answer); no response is a 500 and no deadlock is
 * logged; while the database is down the answer is a 503 with a message; and saves succeed again
 * within 10 s of the database accepting connections.
 *
 * Settings (environment): LOAD_SESSIONS (50), LOAD_SECONDS (60), LOAD_OUTAGE_AT (20 s),
 * LOAD_OUTAGE_SECONDS (3), LOAD_APP_PORT (3111), LOAD_PG_PORT (55361).
 */
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { ensureAppRole } from "../../lib/db/app-role";
import { ensureDatabase, startEmbeddedCluster, type EmbeddedCluster } from "../../lib/db/embedded";
import { applyMigrations } from "../../lib/db/migrations";
import { createPrismaClient } from "../../lib/db/prisma";
import { seedDemo } from "../../prisma/seed/seed-demo";
import { percentile, sampleProcessTreeRss } from "./measure";
import { ensureBuild, PROJECT_ROOT as root, putAnswerAs, sessionCookie, startAppServer, stopAppServer } from "./server";
import { prepareLoadSessions, type LoadSession } from "./sessions";

const setting = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const SESSIONS = setting("LOAD_SESSIONS", 50);
const SECONDS = setting("LOAD_SECONDS", 60);
const OUTAGE_AT = setting("LOAD_OUTAGE_AT", 20);
const OUTAGE_SECONDS = setting("LOAD_OUTAGE_SECONDS", 3);
const APP_PORT = setting("LOAD_APP_PORT", 3111);
const PG_PORT = setting("LOAD_PG_PORT", 55361);
const RECOVERY_LIMIT_MS = 10_000;

const dataDir = path.join(root, ".data", "pg-load");
const logFile = path.join(root, ".reports", "load-server.log");
const baseUrl = `http://127.0.0.1:${APP_PORT}`;

interface Outcome {
  session: number;
  selfAssessmentId: string;
  questionId: string;
  value: string;
  expectedVersion: number;
  status: number | "network";
  version?: number;
  message?: string;
  startedAt: number;
  endedAt: number;
}

const outcomes: Outcome[] = [];
const problems: string[] = [];
const timeline = { downAt: 0, upAt: 0 };

function log(message: string) {
  console.log(`[last] ${message}`);
}

async function main() {
  await ensureBuild(log);
  await rm(dataDir, { recursive: true, force: true });
  await rm(`${dataDir}.password`, { force: true });
  let cluster = await startEmbeddedCluster({ dataDir, port: PG_PORT });
  await ensureDatabase(cluster.urlFor("postgres"), "kvalitet_load");
  const ownerUrl = cluster.urlFor("kvalitet_load");
  await applyMigrations(ownerUrl);
  const owner = createPrismaClient(ownerUrl, { max: 2 });
  await seedDemo(owner);
  const sessions = await prepareLoadSessions(owner, SESSIONS);
  const appUrl = await ensureAppRole(ownerUrl, randomBytes(18).toString("base64url"));
  const secret = randomBytes(32).toString("base64url");
  log(`${sessions.length} sessioner på ${new Set(sessions.map((session) => session.selfAssessmentId)).size} egenrapporteringar`);

  const server = await startAppServer({ port: APP_PORT, databaseUrl: appUrl, secret, logFile, uploadDir: path.join(root, ".data", "uploads-load") });
  const rss: number[] = [];
  const rssTimer = setInterval(() => rss.push(sampleProcessTreeRss(server.pid!)), 1_000);
  try {
    const cookies = await Promise.all(sessions.map((session) => sessionCookie(session, secret)));
    const startedAt = Date.now();
    const endAt = startedAt + SECONDS * 1_000;
    const outage = (async () => {
      if (OUTAGE_AT <= 0 || OUTAGE_AT >= SECONDS) return;
      await sleep(OUTAGE_AT * 1_000);
      cluster = await crashAndRestart(cluster);
    })();
    await Promise.all(sessions.map((session, index) => autosaveLoop(index, session, cookies[index]!, endAt)));
    await outage;
    log(`lasten klar efter ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  } finally {
    clearInterval(rssTimer);
    await stopAppServer(server);
  }

  const verified = await verify(owner);
  await owner.$disconnect();
  await cluster.stop();
  report(verified, rss);
  if (problems.length) {
    const shown = problems.slice(0, 20);
    const more = problems.length > shown.length ? `\n… och ${problems.length - shown.length} till` : "";
    console.error(`\n[last] UNDERKÄNT:\n- ${shown.join("\n- ")}${more}`);
    process.exit(1);
  }
  console.log("\n[last] GODKÄNT");
}

/**
 * One person typing: pick a question, save a value from the version last seen. A 409 hands back
 * the stored answer, which the person then writes over knowingly (as "Behåll min text" does).
 */
async function autosaveLoop(index: number, session: LoadSession, cookie: string, endAt: number) {
  const versions = new Map<string, number>();
  let counter = 0;
  while (Date.now() < endAt) {
    const question = session.questions[Math.floor(Math.random() * session.questions.length)]!;
    counter += 1;
    const value = question.type === "TEXT" ? `Session ${index} skrev ${counter}` : question.values[counter % question.values.length]!;
    const expectedVersion = versions.get(question.id) ?? question.initialVersion;
    const outcome: Outcome = { session: index, selfAssessmentId: session.selfAssessmentId, questionId: question.id, value, expectedVersion, status: "network", startedAt: Date.now(), endedAt: 0 };
    try {
      const reply = await putAnswerAs(`${baseUrl}/api/egenrapportering/${session.selfAssessmentId}/svar`, cookie, { questionId: question.id, value, expectedVersion });
      outcome.status = reply.status;
      outcome.message = reply.message;
      outcome.version = reply.version;
      if (reply.seenVersion !== undefined) versions.set(question.id, reply.seenVersion);
    } catch (error) {
      outcome.message = error instanceof Error ? error.message : String(error);
    }
    outcome.endedAt = Date.now();
    outcomes.push(outcome);
    // As the page does: wait before trying again when the server cannot save.
    if (outcome.status === 503 || outcome.status === "network") await sleep(500);
  }
}

/** Immediate shutdown (SIGQUIT to the postmaster: no checkpoint, as after a crash), then a start. */
async function crashAndRestart(cluster: EmbeddedCluster): Promise<EmbeddedCluster> {
  const postmaster = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  process.kill(postmaster, "SIGQUIT");
  timeline.downAt = Date.now();
  while (isAlive(postmaster)) await sleep(50);
  log(`PostgreSQL stoppad (omedelbart) efter ${((timeline.downAt - (outcomes[0]?.startedAt ?? timeline.downAt)) / 1000).toFixed(1)} s`);
  await sleep(OUTAGE_SECONDS * 1_000);
  const restarted = await startEmbeddedCluster({ dataDir, port: cluster.port });
  timeline.upAt = Date.now();
  log(`PostgreSQL tar emot anslutningar igen efter ${((timeline.upAt - timeline.downAt) / 1000).toFixed(1)} s`);
  return restarted;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Compares what the server acknowledged with what the database holds. */
async function verify(owner: ReturnType<typeof createPrismaClient>) {
  const acknowledged = outcomes.filter((outcome) => outcome.status === 200);
  const key = (outcome: { selfAssessmentId: string; questionId: string }) => `${outcome.selfAssessmentId}:${outcome.questionId}`;

  const claims = new Map<string, Outcome>();
  for (const ack of acknowledged) {
    const claim = `${key(ack)}@${ack.version}`;
    const earlier = claims.get(claim);
    if (earlier) problems.push(`tyst överskrivning: version ${ack.version} av ${key(ack)} bekräftades två gånger ("${earlier.value}" och "${ack.value}")`);
    claims.set(claim, ack);
  }

  const audited = await owner.auditLog.findMany({ where: { entity: "Answer", action: "save" }, select: { entityId: true, after: true } });
  const inAudit = new Map(audited.map((entry) => {
    const after = entry.after as { version: number; value: unknown };
    return [`${entry.entityId}@${after.version}`, after.value] as const;
  }));
  let found = 0;
  for (const ack of acknowledged) {
    const stored = inAudit.get(`${key(ack)}@${ack.version!}`);
    if (stored !== undefined && JSON.stringify(stored) === JSON.stringify(ack.value)) found += 1;
    else problems.push(`förlorad: ${key(ack)} version ${ack.version} ("${ack.value}") bekräftades men finns inte i databasen`);
  }

  const newest = new Map<string, Outcome>();
  for (const ack of acknowledged) if ((newest.get(key(ack))?.version ?? -1) < ack.version!) newest.set(key(ack), ack);
  const rows = await owner.answer.findMany({ select: { selfAssessmentId: true, questionId: true, value: true, version: true } });
  const rowByKey = new Map(rows.map((row) => [key(row), row]));
  for (const [answerKey, ack] of newest) {
    const row = rowByKey.get(answerKey);
    if (!row || row.version < ack.version!) problems.push(`förlorad: svaret ${answerKey} har version ${row?.version ?? "–"}, men version ${ack.version} bekräftades`);
    else if (row.version === ack.version && JSON.stringify(row.value) !== JSON.stringify(ack.value)) problems.push(`fel värde: ${answerKey} version ${ack.version}`);
  }
  return { acknowledged: acknowledged.length, found, answers: newest.size };
}

function report(verified: { acknowledged: number; found: number; answers: number }, rss: number[]) {
  const count = (predicate: (outcome: Outcome) => boolean) => outcomes.filter(predicate).length;
  const during = (outcome: Outcome) => timeline.downAt > 0 && outcome.endedAt >= timeline.downAt && outcome.startedAt <= timeline.upAt;
  const serverErrors = outcomes.filter((outcome) => typeof outcome.status === "number" && outcome.status >= 500 && outcome.status !== 503);
  // The app server stays up throughout, so even during the outage every request gets an answer.
  const unexpected = outcomes.filter((outcome) => ![200, 409, 503].includes(outcome.status as number));
  const outageAnswers = outcomes.filter(during);
  const conflicts = count((outcome) => outcome.status === 409);
  const latencies = outcomes.filter((outcome) => outcome.status === 200).map((outcome) => outcome.endedAt - outcome.startedAt);
  const firstSaveAfterUp = outcomes.filter((outcome) => outcome.status === 200 && outcome.endedAt > timeline.upAt).sort((a, b) => a.endedAt - b.endedAt)[0];
  const recoveryMs = timeline.upAt && firstSaveAfterUp ? firstSaveAfterUp.endedAt - timeline.upAt : null;
  const serverLog = existsSync(logFile) ? readFileSync(logFile, "utf8") : "";
  const deadlocks = (serverLog.match(/deadlock detected|40P01/g) ?? []).length;
  const unexpectedLogged = (serverLog.match(/oväntat fel/g) ?? []).length;

  if (serverErrors.length) problems.push(`${serverErrors.length} svar med 5xx utom 503, t.ex. ${serverErrors[0]!.status} ${serverErrors[0]!.message ?? ""}`);
  if (unexpected.length) problems.push(`${unexpected.length} oväntade svar, t.ex. ${unexpected[0]!.status} ${unexpected[0]!.message ?? ""}`);
  if (unexpectedLogged) problems.push(`${unexpectedLogged} "oväntat fel" i serverloggen (${logFile})`);
  if (deadlocks) problems.push(`${deadlocks} deadlock i serverloggen`);
  if (conflicts === 0) problems.push("inga konflikter uppstod – samtidiga ändringar av samma svar prövades inte");
  if (timeline.upAt) {
    const unavailable = outageAnswers.filter((outcome) => outcome.status === 503);
    if (unavailable.length === 0) problems.push("inget 503-svar under avbrottet");
    if (unavailable.some((outcome) => !outcome.message?.includes("databas"))) problems.push("ett 503-svar saknade meddelandet om databasen");
    if (recoveryMs === null || recoveryMs > RECOVERY_LIMIT_MS) problems.push(`återhämtningen tog ${recoveryMs ?? "∞"} ms (gräns ${RECOVERY_LIMIT_MS} ms)`);
  }

  const elapsed = (Math.max(...outcomes.map((outcome) => outcome.endedAt)) - Math.min(...outcomes.map((outcome) => outcome.startedAt))) / 1000;
  console.log(`
[last] ${SESSIONS} sessioner i ${SECONDS} s (${elapsed.toFixed(1)} s), PostgreSQL nere ${OUTAGE_AT} s in i ${OUTAGE_SECONDS} s
  förfrågningar:        ${outcomes.length} (${(outcomes.length / elapsed).toFixed(0)}/s)
  bekräftade sparningar: ${verified.acknowledged}, återfunna i databasen: ${verified.found}, förlorade: ${verified.acknowledged - verified.found} (${verified.answers} olika svar)
  konflikter (409):     ${conflicts}
  under avbrottet:      ${outageAnswers.length} svar, varav 503: ${outageAnswers.filter((o) => o.status === 503).length}, nätverksfel: ${outageAnswers.filter((o) => o.status === "network").length}
  återhämtning:         ${recoveryMs === null ? "–" : `${recoveryMs} ms`} från att databasen var uppe till första sparade svar
  övriga 5xx:           ${serverErrors.length}, deadlocks: ${deadlocks}
  latens (200):         p50 ${percentile(latencies, 50)} ms, p95 ${percentile(latencies, 95)} ms
  serverns RSS:         max ${Math.max(0, ...rss).toFixed(0)} MB`);
}

main().catch((error) => {
  console.error("[last] avbröts:", error);
  process.exit(1);
});
