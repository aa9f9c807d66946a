/**
 * Bad input for every server action: generated form fields (wrong types, very long and odd
 * unicode strings, injection strings, odd numbers, missing fields, ids of the other
 * municipality's records) sent by the role that may use the action. No input may end as an
 * unexpected error (the generic "Något gick fel" message, which means a 500 in all but name) or
 * in English, and nothing of the other municipality, or of another provider when a provider
 * acts, may be written.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { FormAction } from "@/lib/auth/action";
import { PERMISSIONS } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/session";
import { serverActions, sjovikActorsByRole } from "../fixtures/actors";
import { adminDb } from "../fixtures/admin-db";
import { otherProvidersFingerprint, tenantFingerprint } from "../fixtures/fingerprint";

const currentActor = vi.hoisted(() => ({ value: null as Actor | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  requireActor: async () => currentActor.value!,
}));
// Outside a Next.js request these would throw; what they do is not under test here.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next/navigation", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/navigation")>()),
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;replace;${url};307;` });
  },
}));

const RUNS_PER_ACTION = 40;
const actions: FormAction[] = [];
const foreignIds: string[] = [];
const ownIds: string[] = [];
/** Real ids of this municipality's records by the field name that takes them, so input gets past the first checks. */
const idsByField = new Map<string, string[]>();
let tried = 0;

interface ZodDef {
  type: string;
  shape?: Record<string, unknown>;
  in?: { _zod: { def: ZodDef } };
  out?: { _zod: { def: ZodDef } };
  left?: { _zod: { def: ZodDef } };
  right?: { _zod: { def: ZodDef } };
}

/** The form field names a schema reads: an object's keys, through pipes (preprocess, refine) and intersections. */
function fieldNames(schema: { _zod: { def: ZodDef } } | undefined): string[] {
  if (!schema) return [];
  const def = schema._zod.def;
  if (def.type === "object") return Object.keys(def.shape ?? {});
  if (def.type === "pipe") return [...new Set([...fieldNames(def.in), ...fieldNames(def.out)])];
  if (def.type === "intersection") return [...new Set([...fieldNames(def.left), ...fieldNames(def.right)])];
  return [];
}

const actorsByRole = new Map<string, Actor>();
const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);

beforeAll(async () => {
  for (const { action } of await serverActions()) if (action.meta?.permission) actions.push(action);
  for (const [role, actor] of await sjovikActorsByRole()) actorsByRole.set(role, actor);
  const bergsby = await adminDb.tenant.findUniqueOrThrow({ where: { slug: "bergsby" } });
  const sjovik = await adminDb.tenant.findUniqueOrThrow({ where: { slug: "sjovik" } });
  for (const [tenantId, list] of [[bergsby.id, foreignIds], [sjovik.id, ownIds]] as const) {
    list.push(...(await adminDb.provider.findMany({ where: { tenantId }, select: { id: true }, take: 3 })).map((row) => row.id));
    list.push(...(await adminDb.followUpCycle.findMany({ where: { tenantId }, select: { id: true }, take: 2 })).map((row) => row.id));
    list.push(...(await adminDb.selfAssessment.findMany({ where: { tenantId }, select: { id: true }, take: 2 })).map((row) => row.id));
    list.push(...(await adminDb.actionItem.findMany({ where: { tenantId }, select: { id: true }, take: 2 })).map((row) => row.id));
    list.push(...(await adminDb.report.findMany({ where: { tenantId }, select: { id: true }, take: 1 })).map((row) => row.id));
  }
  const where = { tenantId: sjovik.id };
  const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
  const pools: Record<string, string[]> = {
    cycleId: ids(await adminDb.followUpCycle.findMany({ where, select: { id: true } })),
    providerId: ids(await adminDb.provider.findMany({ where, select: { id: true }, take: 5 })),
    versionId: ids(await adminDb.questionnaireVersion.findMany({ where, select: { id: true } })),
    templateVersionId: ids(await adminDb.questionnaireVersion.findMany({ where, select: { id: true } })),
    selfAssessmentId: ids(await adminDb.selfAssessment.findMany({ where: { ...where, provider: { name: { startsWith: "Välfärd" } } }, select: { id: true } })),
    dialogueId: ids(await adminDb.qualityDialogue.findMany({ where, select: { id: true }, take: 3 })),
    itemId: ids(await adminDb.agendaItem.findMany({ where, select: { id: true }, take: 5 })),
    reportId: ids(await adminDb.report.findMany({ where, select: { id: true } })),
    questionId: ids(await adminDb.question.findMany({ where, select: { id: true }, take: 5 })),
    actionId: ids(await adminDb.actionItem.findMany({ where, select: { id: true }, take: 5 })),
    actionPlanId: ids(await adminDb.actionPlan.findMany({ where, select: { id: true } })),
    surveyId: ids(await adminDb.survey.findMany({ where, select: { id: true } })),
    serviceTypeId: ids(await adminDb.serviceType.findMany({ where, select: { id: true } })),
    riskId: ids(await adminDb.qualityRisk.findMany({ where, select: { id: true } })),
    processId: ids(await adminDb.qualityProcess.findMany({ where, select: { id: true } })),
    planId: ids(await adminDb.qualityPlan.findMany({ where, select: { id: true } })),
    selfCheckId: ids(await adminDb.selfCheck.findMany({ where, select: { id: true } })),
    requirementId: ids(await adminDb.requirement.findMany({ where, select: { id: true }, take: 5 })),
    placementId: ids(await adminDb.placement.findMany({ where, select: { id: true }, take: 5 })),
    indicatorId: ids(await adminDb.indicator.findMany({ where, select: { id: true } })),
    sectionId: ids(await adminDb.questionSection.findMany({ where, select: { id: true }, take: 5 })),
    membershipId: ids(await adminDb.membership.findMany({ where, select: { id: true }, take: 5 })),
  };
  pools.id = [...(pools.actionId ?? []), ...(pools.requirementId ?? []), ...(pools.placementId ?? [])];
  for (const [name, pool] of Object.entries(pools)) if (pool.length) idsByField.set(name, pool);
});

afterAll(() => errors.mockRestore());

const oddStrings = [
  "",
  " ",
  "'; DROP TABLE \"Provider\"; --",
  "<script>alert(1)</script>",
  "\u0000\u0001\u001f",
  "\u202e\u200b𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀",
  "NaN",
  "-1",
  "1e308",
  "99999999999999999999",
  "0.5",
  "2020-02-30",
  "9999-12-31",
  "[]",
  "{}",
  '[{"placementId":"x","indicatorId":"y","met":true}]',
  "null",
  "true",
  "ja",
];

/** For a field with known ids: mostly a real one of this municipality, else anything. */
function fieldValueArb(name: string) {
  const pool = idsByField.get(name);
  return pool ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: valueArb() }) : valueArb();
}

function valueArb() {
  return fc.oneof(
    fc.constantFrom(...oddStrings),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: "binary", maxLength: 30 }),
    fc.constantFrom(...foreignIds, ...ownIds),
    fc.uuid(),
    fc.integer().map(String),
    fc.double().map(String),
    fc.constant("x".repeat(30_000)),
  );
}

describe("every server action with generated bad input", () => {
  it("refuses the NUL character with a message on the field (PostgreSQL cannot store it; fast-check found the 500)", async () => {
    currentActor.value = actorsByRole.get("QUALITY_DEVELOPER")!;
    const addProcess = actions.find((action) => action.meta.name === "addProcess")!;
    const form = new FormData();
    form.set("planId", idsByField.get("planId")![0]!);
    form.set("name", "Placering\u0000");
    const state = await addProcess({ ok: false }, form);
    expect(state).toMatchObject({ ok: false, fieldErrors: { name: ["Texten innehåller ett tecken som inte kan sparas (NUL). Ta bort det och försök igen."] } });
  });

  it("never ends in an unexpected error, and writes nothing of another municipality or provider, for every action and the role that may use it", async () => {
    expect(actions.length).toBeGreaterThan(50);
    const sjovik = await adminDb.tenant.findUniqueOrThrow({ where: { slug: "sjovik" } });
    const bergsby = await adminDb.tenant.findUniqueOrThrow({ where: { slug: "bergsby" } });
    const providerId = actorsByRole.get("PROVIDER")!.membership.providerId!;
    const otherTenantBefore = await tenantFingerprint(bergsby.id);
    for (const action of actions) {
      const roles: readonly string[] = PERMISSIONS[action.meta.permission!];
      const role = ["QUALITY_DEVELOPER", "SOCIAL_SECRETARY", "ADMIN", "PROVIDER"].find((candidate) => roles.includes(candidate));
      if (!role) continue;
      currentActor.value = actorsByRole.get(role)!;
      const otherProvidersBefore = role === "PROVIDER" ? await otherProvidersFingerprint(sjovik.id, providerId) : null;
      const names = fieldNames(action.schema as never);
      // Usually every field, each with a plausible or a bad value; sometimes fields left out or sent twice.
      const fieldList = names.length ? names : ["id"];
      const formArb = fc.tuple(
        fc.tuple(...fieldList.map((name) => fc.oneof({ weight: 4, arbitrary: fieldValueArb(name) }, { weight: 1, arbitrary: fc.array(fieldValueArb(name), { minLength: 2, maxLength: 3 }) }))),
        fc.subarray(fieldList),
      ).map(([values, dropped]) => Object.fromEntries(fieldList.flatMap((name, index) => (dropped.includes(name) && dropped.length < fieldList.length / 2 ? [] : [[name, values[index]!]]))));
      await fc.assert(
        fc.asyncProperty(formArb, async (fields) => {
          const form = new FormData();
          for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) form.append(name, item);
          tried += 1;
          errors.mockClear();
          let message: string | undefined;
          try {
            const state = await action({ ok: false }, form);
            message = state.message;
            const fieldMessages = Object.values(state.fieldErrors ?? {}).flat();
            expect([message ?? "", ...fieldMessages].filter((text) => /Invalid input|expected .* received/.test(String(text))), action.meta.name).toEqual([]);
          } catch (error) {
            // Next's redirect after a successful create is fine; anything else escaping the pipeline is not.
            if (!(error instanceof Error && "digest" in error && String(error.digest).startsWith("NEXT_REDIRECT"))) throw error;
          }
          expect(message ?? "", `${action.meta.name} ${JSON.stringify(fields).slice(0, 300)}`).not.toMatch(/Något gick fel/);
          expect(errors.mock.calls.map((call) => String(call[0])).filter((text) => text.includes("oväntat fel")), action.meta.name).toEqual([]);
        }),
        { numRuns: RUNS_PER_ACTION },
      );
      if (otherProvidersBefore) expect(await otherProvidersFingerprint(sjovik.id, providerId), `${action.meta.name}: another provider's data changed`).toEqual(otherProvidersBefore);
    }
    expect(await tenantFingerprint(bergsby.id), "the other municipality's data changed").toEqual(otherTenantBefore);
    console.info(`fuzz: ${tried} inputs over ${actions.length} actions`);
    expect(tried).toBeGreaterThanOrEqual(RUNS_PER_ACTION * 40);
  }, 600_000);
});
