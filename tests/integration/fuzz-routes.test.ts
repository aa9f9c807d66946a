/**
 * Bad input for every route handler: generated path ids (this municipality's, the other
 * municipality's, another provider's, odd strings), query strings, bodies (JSON of every shape,
 * multipart with odd fields and files, text under the wrong content type, oversized) and headers,
 * sent by a role allowed through the handler's gate. No response may be a 500, every refusal
 * carries a message, no request naming the other municipality's record (or another provider's,
 * when a provider calls) succeeds, and nothing of theirs is written.
 */
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PERMISSIONS } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/session";
import { projectFiles, sjovikActorsByRole } from "../fixtures/actors";
import { adminDb } from "../fixtures/admin-db";
import { otherProvidersFingerprint, tenantFingerprint } from "../fixtures/fingerprint";

const currentActor = vi.hoisted(() => ({ value: null as Actor | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  findActor: async () => (currentActor.value ? { actor: currentActor.value } : { missing: "SIGNED_OUT" }),
}));

const RUNS_PER_HANDLER = 40;
/** zod's and JavaScript's own English wording, which a Swedish user should never see. */
const ENGLISH = /Invalid input|expected .* received|undefined|is not a function|Unexpected token/;
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Handler = ((request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>) & { permission?: keyof typeof PERMISSIONS };

const root = path.resolve(import.meta.dirname, "../..");
const handlers: { key: string; method: string; handler: Handler }[] = [];
const actorsByRole = new Map<string, Actor>();
const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
/** Per kind of record a route takes in its path: ids in the actor's reach, and ids out of it. */
const pools = new Map<string, { own: string[]; others: string[] }>();
let questionIds: string[] = [];
/** Ids no request of this test may get a success for: the other municipality's, and other providers' when a provider asks. */
const outOfReach = { otherTenant: new Set<string>(), otherProvider: new Set<string>() };
/** Self-assessments (own, another provider's, the other municipality's) with the questions of their questionnaire. */
let answerTargets: { selfAssessmentId: string; questionIds: string[] }[] = [];
let tenantIds = { own: "", other: "" };
let providerId = "";

const ROUTE_KINDS: [RegExp, string][] = [
  [/egenrapportering/, "selfAssessment"],
  [/underlag\/\[attachmentId\]/, "attachment"],
  [/atgarder/, "action"],
  [/dialoger/, "dialogue"],
  [/kvalitetsrapporter/, "report"],
  [/nojdhet/, "survey"],
  [/uppfoljningar/, "cycle"],
];
const kindOf = (key: string) => ROUTE_KINDS.find(([pattern]) => pattern.test(key))?.[1] ?? "none";

beforeAll(async () => {
  for (const file of await projectFiles("app", /(^|\/)route\.tsx?$/)) {
    const exported = (await import(path.join(root, file))) as Record<string, Handler | undefined>;
    for (const method of METHODS) {
      const handler = exported[method];
      if (handler?.permission) handlers.push({ key: `${file} ${method}`, method, handler });
    }
  }
  for (const [role, actor] of await sjovikActorsByRole()) actorsByRole.set(role, actor);
  const provider = actorsByRole.get("PROVIDER")!;
  providerId = provider.membership.providerId!;
  const sjovik = await adminDb.tenant.findUniqueOrThrow({ where: { slug: "sjovik" } });
  const bergsby = await adminDb.tenant.findUniqueOrThrow({ where: { slug: "bergsby" } });
  tenantIds = { own: sjovik.id, other: bergsby.id };
  const pick = (rows: { id: string }[]) => rows.map((row) => row.id);
  // Records of one provider (or of all when null) in a tenant, by kind.
  const recordsOf = async (tenantId: string, only: object) => ({
    selfAssessment: pick(await adminDb.selfAssessment.findMany({ where: { tenantId, ...only }, select: { id: true }, take: 4 })),
    attachment: pick(await adminDb.attachment.findMany({ where: { tenantId, selfAssessment: only }, select: { id: true }, take: 4 })),
    action: pick(await adminDb.actionItem.findMany({ where: { tenantId, ...only }, select: { id: true }, take: 4 })),
    dialogue: pick(await adminDb.qualityDialogue.findMany({ where: { tenantId, ...only }, select: { id: true }, take: 4 })),
    report: pick(await adminDb.report.findMany({ where: { tenantId }, select: { id: true }, take: 3 })),
    survey: pick(await adminDb.survey.findMany({ where: { tenantId }, select: { id: true }, take: 3 })),
    cycle: pick(await adminDb.followUpCycle.findMany({ where: { tenantId }, select: { id: true }, take: 3 })),
  });
  const own = await recordsOf(sjovik.id, {});
  const ownProvider = await recordsOf(sjovik.id, { providerId });
  const otherProviders = await recordsOf(sjovik.id, { providerId: { not: providerId } });
  const foreign = await recordsOf(bergsby.id, {});
  for (const kind of Object.keys(own) as (keyof typeof own)[]) {
    const providerScoped = ownProvider[kind].length > 0 && ownProvider[kind].length < own[kind].length;
    // For provider-scoped records, "own" is the provider's; the provider's colleagues' are others.
    foreign[kind].forEach((id) => outOfReach.otherTenant.add(id));
    if (providerScoped) otherProviders[kind].forEach((id) => outOfReach.otherProvider.add(id));
    pools.set(kind, { own: providerScoped ? [...ownProvider[kind], ...own[kind]] : own[kind], others: [...foreign[kind], ...(providerScoped ? otherProviders[kind] : [])] });
  }
  // The demo's self-assessments are submitted; open the newest of each provider so saves can land.
  const newest = await adminDb.selfAssessment.findMany({ distinct: ["tenantId", "providerId"], orderBy: [{ tenantId: "asc" }, { providerId: "asc" }, { cycle: { year: "desc" } }], select: { tenantId: true, id: true } });
  for (const row of newest) await adminDb.selfAssessment.update({ where: { tenantId_id: row }, data: { status: "DRAFT", submittedAt: null } });
  const assessments = await adminDb.selfAssessment.findMany({
    where: { status: "DRAFT" },
    select: { id: true, providerId: true, cycle: { select: { templateVersion: { select: { sections: { select: { questions: { where: { type: { not: "FILE" } }, select: { id: true } } } } } } } } },
  });
  // Weighted towards the provider's own, where saves can succeed; the rest must all be refused.
  const mine = assessments.filter((row) => row.providerId === providerId);
  const ownFirst = [...mine, ...mine, ...mine, ...mine, ...mine, ...mine, ...assessments.filter((row) => row.providerId !== providerId).slice(0, 4)];
  answerTargets = ownFirst.filter((row) => row.cycle.templateVersion).map((row) => ({ selfAssessmentId: row.id, questionIds: (row.cycle.templateVersion?.sections ?? []).flatMap((section) => section.questions.map((question) => question.id)) }));
  questionIds = pick(await adminDb.question.findMany({ where: { tenantId: sjovik.id, type: { not: "FILE" } }, select: { id: true }, take: 12 }));
  questionIds.push(...pick(await adminDb.question.findMany({ where: { tenantId: sjovik.id, type: "FILE" }, select: { id: true }, take: 3 })));
});

afterAll(() => errors.mockRestore());

const oddStrings = ["", " ", "'; DROP TABLE \"Answer\"; --", "<img src=x onerror=alert(1)>", "\u0000", "\u202e😀𝔘", "NaN", "-1", "1e308", "../../etc/passwd", "%00", "null"];

const idArb = (kind: string) => {
  const pool = pools.get(kind);
  return fc.oneof(
    ...(pool?.own.length ? [{ weight: 5, arbitrary: fc.constantFrom(...pool.own) }] : []),
    ...(pool?.others.length ? [{ weight: 3, arbitrary: fc.constantFrom(...pool.others) }] : []),
    { weight: 1, arbitrary: fc.constantFrom(...oddStrings) },
    { weight: 1, arbitrary: fc.uuid() },
  );
};

const textArb = () => fc.oneof(fc.constantFrom(...oddStrings), fc.string({ maxLength: 40 }), fc.string({ unit: "binary", maxLength: 30 }), fc.constant("x".repeat(20_000)));

const jsonValueArb = fc.oneof(
  textArb(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(textArb(), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), textArb(), { maxKeys: 3 }),
);

/** Bodies for the answer endpoint: mostly its own shape with odd values, else anything. */
const jsonBodyArb = () =>
  fc.oneof(
    { weight: 4, arbitrary: fc.record({ questionId: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...questionIds) }, { weight: 1, arbitrary: idArb("none") }), value: jsonValueArb, expectedVersion: fc.oneof({ weight: 4, arbitrary: fc.nat(3) }, { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), textArb()) }) }, { requiredKeys: ["questionId"] }) },
    { weight: 1, arbitrary: jsonValueArb },
  ).map((value) => JSON.stringify(value));

const fileArb = fc.record({
  name: fc.oneof(fc.constantFrom("plan.pdf", "../../x.html", "svar.csv", "lista.xlsx", "a\u0000b.txt", "😀.png", ""), fc.string({ maxLength: 30 })),
  type: fc.constantFrom("application/pdf", "text/html", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "image/svg+xml", ""),
  content: fc.oneof(
    fc.constantFrom("%PDF-1.4\n%…", "<html><script>alert(1)</script></html>", "personnummer;kön\n19121212-1212;F\n", "Påstående;Svar\n1;Instämmer helt\n", "PK\u0003\u0004"),
    fc.string({ unit: "binary", maxLength: 200 }),
  ),
});

const multipartArb = () =>
  fc
    .record({
      questionId: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...questionIds) }, { weight: 1, arbitrary: textArb() }),
      mode: fc.constantFrom("replace", "add", "", "drop"),
      file: fc.option(fileArb, { nil: undefined }),
      extra: textArb(),
    }, { requiredKeys: [] })
    .map((fields) => {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) {
        if (name === "file" && value && typeof value === "object") {
          const file = value as { name: string; type: string; content: string };
          form.set("file", new File([file.content], file.name, { type: file.type }));
        } else if (typeof value === "string") form.set(name, value);
      }
      return form;
    });

const queryArb = fc.record({
  format: fc.oneof({ weight: 4, arbitrary: fc.constantFrom("pdf", "docx", "xlsx", "csv") }, { weight: 1, arbitrary: fc.constantFrom("exe", "", "PDF", "../x") }),
  form: fc.constantFrom("publicerad", "exakt", "<x>"),
  sortera: textArb(),
  mognad: textArb(),
  sok: textArb(),
}, { requiredKeys: [] });

/** Mostly the body the handler reads (JSON for the answer endpoint, multipart for uploads), sometimes another. */
function bodyArb(key: string, method: string) {
  if (method === "GET" || method === "DELETE") return fc.constant(undefined);
  const json = isAnswerEndpoint(key);
  return fc.oneof(
    { weight: 5, arbitrary: json ? jsonBodyArb() : multipartArb() },
    { weight: 1, arbitrary: json ? multipartArb() : jsonBodyArb() },
    { weight: 1, arbitrary: textArb() },
  );
}

/** For the answer endpoint, mostly a real self-assessment with one of its own questions and a value. */
const answerRequestArb = () =>
  fc.constantFrom(...answerTargets).chain((target) =>
    fc.record({
      id: fc.constant(target.selfAssessmentId),
      query: fc.constant({}),
      body: fc
        .record({ questionId: fc.constantFrom(...target.questionIds), value: fc.oneof(
            { weight: 3, arbitrary: fc.oneof(fc.constantFrom("YES", "NO", "IN_PROGRESS", "NOT_APPLICABLE", "12", "3,5", "2020-05-01"), fc.string({ minLength: 1, maxLength: 60 })) },
            { weight: 1, arbitrary: jsonValueArb },
          ), expectedVersion: fc.nat(2) })
        .map((body) => JSON.stringify(body)),
      contentType: fc.constant("application/json"),
      claimedLength: fc.constant(undefined),
    }),
  );

const requestArb = (key: string, method: string) =>
  isAnswerEndpoint(key) ? fc.oneof({ weight: 3, arbitrary: answerRequestArb() }, { weight: 1, arbitrary: anyRequestArb(key, method) }) : anyRequestArb(key, method);

const isAnswerEndpoint = (key: string) => key.includes("/svar/");

const anyRequestArb = (key: string, method: string) =>
  fc.record({
    id: idArb(kindOf(key)),
    query: queryArb,
    body: bodyArb(key, method),
    contentType: fc.oneof({ weight: 6, arbitrary: fc.constant("application/json") }, { weight: 1, arbitrary: fc.constantFrom("text/plain", "multipart/form-data; boundary=x", undefined) }),
    claimedLength: fc.option(fc.constantFrom("0", "999999999", "-5", "abc"), { nil: undefined, freq: 8 }),
  });

function buildRequest(method: string, input: { query: Record<string, string>; body: string | FormData | undefined; contentType?: string; claimedLength?: string }): Request {
  const url = new URL("http://127.0.0.1/api/fuzz");
  for (const [name, value] of Object.entries(input.query)) url.searchParams.set(name, value);
  const headers = new Headers();
  // A FormData body brings its own multipart content type; otherwise the generated one is sent as is.
  if (typeof input.body === "string" && input.contentType) headers.set("content-type", input.contentType);
  if (input.claimedLength) headers.set("content-length", input.claimedLength);
  return new Request(url, { method, headers, body: input.body });
}

describe("every route handler with generated bad input", () => {
  it("answers each with a message and a 4xx or success, and writes nothing of another municipality or provider", async () => {
    expect(handlers.length).toBeGreaterThanOrEqual(10);
    const otherTenantBefore = await tenantFingerprint(tenantIds.other);
    let tried = 0;
    const statuses: Record<string, Record<number, number>> = {};
    for (const { key, method, handler } of handlers) {
      const roles: readonly string[] = PERMISSIONS[handler.permission!];
      const role = ["PROVIDER", "QUALITY_DEVELOPER", "SOCIAL_SECRETARY", "ADMIN"].find((candidate) => roles.includes(candidate));
      if (!role) continue;
      currentActor.value = actorsByRole.get(role)!;
      const otherProvidersBefore = role === "PROVIDER" ? await otherProvidersFingerprint(tenantIds.own, providerId) : null;
      await fc.assert(
        fc.asyncProperty(requestArb(key, method), async (input) => {
          tried += 1;
          errors.mockClear();
          const label = `${key} ${JSON.stringify({ ...input, body: typeof input.body === "string" ? input.body.slice(0, 200) : input.body ? "(multipart)" : undefined })}`;
          const response = await handler(buildRequest(method, input), { params: Promise.resolve({ id: input.id, attachmentId: input.id, surveyId: input.id, cycleId: input.id }) });
          statuses[key] = { ...statuses[key], [response.status]: (statuses[key]?.[response.status] ?? 0) + 1 };
          expect(response.status, label).toBeLessThan(500);
          const foreign = outOfReach.otherTenant.has(input.id) || (role === "PROVIDER" && outOfReach.otherProvider.has(input.id));
          if (foreign) expect(response.ok, `${label}: read or wrote a record out of reach`).toBe(false);
          if (response.status >= 400) {
            const body = (await response.json()) as { message?: unknown };
            expect(typeof body.message === "string" && body.message.length > 0, label).toBe(true);
            expect(body.message, label).not.toMatch(ENGLISH);
          }
          expect(errors.mock.calls.map((call) => String(call[0])).filter((text) => text.includes("oväntat fel")), label).toEqual([]);
        }),
        // The autosave endpoint is the busiest writer: twice the inputs.
        { numRuns: isAnswerEndpoint(key) ? 2 * RUNS_PER_HANDLER : RUNS_PER_HANDLER },
      );
      if (otherProvidersBefore) expect(await otherProvidersFingerprint(tenantIds.own, providerId), `${key}: another provider's data changed`).toEqual(otherProvidersBefore);
    }
    expect(await tenantFingerprint(tenantIds.other), "the other municipality's data changed").toEqual(otherTenantBefore);
    // The generated input reaches the writes, not only the first checks.
    expect(statuses["app/api/egenrapportering/[id]/svar/route.ts PUT"]?.[200], "no answer was saved").toBeGreaterThan(0);
    console.info(`fuzz: ${tried} requests over ${handlers.length} route handler methods; statuses: ${JSON.stringify(statuses, null, 1)}`);
    expect(tried).toBeGreaterThanOrEqual(RUNS_PER_HANDLER * 10);
  }, 600_000);
});
