/**
 * The authorisation matrix: every server action and route handler × every kind of user. A new
 * action or route handler fails this test until it is given its row in EXPECTED below.
 */
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { FormAction } from "@/lib/auth/action";
import type { Actor } from "@/lib/auth/session";
import type { RoleCode } from "@/lib/domain/labels";
import { actorFor, projectFiles, serverActions } from "../fixtures/actors";
import { adminDb } from "../fixtures/admin-db";

const currentActor = vi.hoisted(() => ({ value: null as Actor | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  // Stand in for next-auth's cookie session; everything after them runs for real.
  requireActor: async () => {
    if (!currentActor.value) throw Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/login;307;" });
    return currentActor.value;
  },
  findActor: async () => (currentActor.value ? { actor: currentActor.value } : { missing: "SIGNED_OUT" }),
}));

type Who = RoleCode | "OTHER_PROVIDER" | "OTHER_TENANT_ADMIN" | "ANONYMOUS";
const EVERYONE_SIGNED_IN: Who[] = ["ADMIN", "QUALITY_DEVELOPER", "SOCIAL_SECRETARY", "READER", "PROVIDER", "OTHER_PROVIDER", "OTHER_TENANT_ADMIN"];

/** Who passes each action's gate. Resource checks (own provider, own tenant) are tested per data function. */
const EXPECTED: Record<string, Who[] | "public"> = {
  switchTenant: EVERYONE_SIGNED_IN,
  inviteUser: ["ADMIN", "OTHER_TENANT_ADMIN"],
  changeRole: ["ADMIN", "OTHER_TENANT_ADMIN"],
  setMembershipActive: ["ADMIN", "OTHER_TENANT_ADMIN"],
  changePassword: EVERYONE_SIGNED_IN,
  beginTwoFactor: EVERYONE_SIGNED_IN,
  confirmTwoFactor: EVERYONE_SIGNED_IN,
  updateSecuritySettings: ["ADMIN", "OTHER_TENANT_ADMIN"],
  submitSelfAssessment: ["PROVIDER", "OTHER_PROVIDER"],
  reopenSelfAssessment: ["QUALITY_DEVELOPER"],
  saveAssessment: ["QUALITY_DEVELOPER"],
  finaliseGrade: ["QUALITY_DEVELOPER"],
  saveReviewSummary: ["QUALITY_DEVELOPER"],
  addReviewComment: ["QUALITY_DEVELOPER", "SOCIAL_SECRETARY"],
  removeReviewComment: ["QUALITY_DEVELOPER", "SOCIAL_SECRETARY"],
  updateScoringSettings: ["ADMIN", "QUALITY_DEVELOPER", "OTHER_TENANT_ADMIN"],
  createCycle: ["QUALITY_DEVELOPER"],
  importRequirements: ["QUALITY_DEVELOPER"],
  saveRequirement: ["QUALITY_DEVELOPER"],
  createQuestionnaireDraft: ["QUALITY_DEVELOPER"],
  addQuestionSection: ["QUALITY_DEVELOPER"],
  addQuestion: ["QUALITY_DEVELOPER"],
  removeQuestion: ["QUALITY_DEVELOPER"],
  publishQuestionnaireVersion: ["QUALITY_DEVELOPER"],
  openCycle: ["QUALITY_DEVELOPER"],
  confirmSelection: ["QUALITY_DEVELOPER"],
  savePlacement: ["QUALITY_DEVELOPER", "SOCIAL_SECRETARY"],
  addDeviation: ["QUALITY_DEVELOPER"],
  removeDeviation: ["QUALITY_DEVELOPER"],
  endPlacement: ["QUALITY_DEVELOPER", "SOCIAL_SECRETARY"],
  saveIndicator: ["QUALITY_DEVELOPER"],
  saveIndicatorValues: ["QUALITY_DEVELOPER", "SOCIAL_SECRETARY"],
  createSurvey: ["QUALITY_DEVELOPER"],
  addSurveyResponse: ["QUALITY_DEVELOPER"],
  scheduleDialogue: ["QUALITY_DEVELOPER"],
  generateAgenda: ["QUALITY_DEVELOPER"],
  saveAgendaItem: ["QUALITY_DEVELOPER"],
  removeAgendaItem: ["QUALITY_DEVELOPER"],
  moveAgendaItem: ["QUALITY_DEVELOPER"],
  completeDialogue: ["QUALITY_DEVELOPER"],
  createAction: ["QUALITY_DEVELOPER"],
  updateAction: ["ADMIN", "QUALITY_DEVELOPER", "SOCIAL_SECRETARY", "PROVIDER", "OTHER_PROVIDER", "OTHER_TENANT_ADMIN"],
  editAction: ["QUALITY_DEVELOPER"],
  requestActionPlan: ["QUALITY_DEVELOPER"],
  addPlanAction: ["PROVIDER", "OTHER_PROVIDER"],
  submitActionPlan: ["PROVIDER", "OTHER_PROVIDER"],
  acceptActionPlan: ["QUALITY_DEVELOPER"],
  createQualityPlan: ["QUALITY_DEVELOPER"],
  addProcess: ["QUALITY_DEVELOPER"],
  addRisk: ["QUALITY_DEVELOPER"],
  addSelfCheck: ["QUALITY_DEVELOPER"],
  recordSelfCheckResult: ["QUALITY_DEVELOPER"],
  createReport: ["QUALITY_DEVELOPER"],
  saveReportSection: ["QUALITY_DEVELOPER"],
  publishReport: ["QUALITY_DEVELOPER"],
  unpublishReport: ["QUALITY_DEVELOPER"],
  requestSignInLink: "public",
  requestPasswordReset: "public",
  activateAccount: "public",
};

/** Who passes each route handler method's gate ("public" for next-auth's own endpoints). */
const EXPECTED_ROUTE_METHODS: Record<string, Who[] | "public"> = {
  "app/api/auth/[...nextauth]/route.ts GET": "public",
  "app/api/auth/[...nextauth]/route.ts POST": "public",
  "app/api/benchmark/insert/route.ts PUT": "public",
  "app/api/egenrapportering/[id]/underlag/route.ts POST": ["PROVIDER", "OTHER_PROVIDER"],
  "app/api/egenrapportering/[id]/svar/route.ts PUT": ["PROVIDER", "OTHER_PROVIDER"],
  "app/api/underlag/[attachmentId]/route.ts GET": ["ADMIN", "QUALITY_DEVELOPER", "SOCIAL_SECRETARY", "READER", "PROVIDER", "OTHER_PROVIDER", "OTHER_TENANT_ADMIN"],
  "app/api/underlag/[attachmentId]/route.ts DELETE": ["PROVIDER", "OTHER_PROVIDER"],
  "app/api/placeringar/import/route.ts POST": ["QUALITY_DEVELOPER", "SOCIAL_SECRETARY"],
  "app/api/nojdhet/[surveyId]/import/route.ts POST": ["QUALITY_DEVELOPER"],
  "app/api/kvalitetsrapporter/[id]/export/route.ts GET": ["ADMIN", "QUALITY_DEVELOPER", "SOCIAL_SECRETARY", "READER", "OTHER_TENANT_ADMIN"],
  "app/api/dialoger/[id]/kalender/route.ts GET": ["ADMIN", "QUALITY_DEVELOPER", "SOCIAL_SECRETARY", "READER", "PROVIDER", "OTHER_PROVIDER", "OTHER_TENANT_ADMIN"],
  "app/api/atgarder/[id]/underlag/route.ts POST": ["ADMIN", "QUALITY_DEVELOPER", "SOCIAL_SECRETARY", "PROVIDER", "OTHER_PROVIDER", "OTHER_TENANT_ADMIN"],
  "app/api/placeringar/export/route.ts GET": ["ADMIN", "QUALITY_DEVELOPER", "SOCIAL_SECRETARY", "OTHER_TENANT_ADMIN"],
  "app/api/uppfoljningar/[cycleId]/oversikt/route.ts GET": ["ADMIN", "QUALITY_DEVELOPER", "SOCIAL_SECRETARY", "READER", "OTHER_TENANT_ADMIN"],
};

/** Route handlers and who may call them. */
const EXPECTED_ROUTES: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts": "public: next-auth's own sign-in, session and sign-out endpoints",
  "app/api/benchmark/insert/route.ts": "404 unless BENCHMARK_CEILING=on (only npm run bench sets it, for its own server): the benchmarks' bare-INSERT ceiling",
  "app/api/egenrapportering/[id]/underlag/route.ts": "POST: selfAssessment.write (routeHandler), own provider checked in lib/data/evidence",
  "app/api/egenrapportering/[id]/svar/route.ts": "PUT: selfAssessment.write (routeHandler), own provider checked in lib/data/self-assessments loadForWrite",
  "app/api/underlag/[attachmentId]/route.ts": "GET: selfAssessment.read, DELETE: selfAssessment.write (routeHandler), own provider checked in lib/data/evidence",
  "app/api/placeringar/import/route.ts": "POST: placement.manage (routeHandler), every row checked, all or nothing",
  "app/api/kvalitetsrapporter/[id]/export/route.ts": "GET: report.read (routeHandler), the report looked up in the actor's tenant, generated in memory",
  "app/api/dialoger/[id]/kalender/route.ts": "GET: dialogue.read (routeHandler), the dialogue looked up in the actor's tenant, provider users their own provider's only",
  "app/api/atgarder/[id]/underlag/route.ts": "POST: action.update (routeHandler), the action's owner or the quality developer (lib/data/action-items loadActionForUpdate)",
  "app/api/nojdhet/[surveyId]/import/route.ts": "POST: survey.manage (routeHandler), the survey looked up in the actor's tenant, every row checked, all or nothing",
  "app/api/placeringar/export/route.ts": "GET: placement.read (routeHandler), the actor's tenant only",
  "app/api/uppfoljningar/[cycleId]/oversikt/route.ts": "GET: cycle.read (routeHandler), the cycle looked up in the actor's tenant",
};

const FORBIDDEN_MESSAGE = "Du har inte behörighet att göra detta.";
const root = path.resolve(import.meta.dirname, "../..");

const actions: { file: string; exportName: string; action: FormAction }[] = [];
const actors = new Map<Who, Actor | null>();

beforeAll(async () => {
  actions.push(...(await serverActions()));
  const valfard = await adminDb.provider.findFirstOrThrow({ where: { name: { startsWith: "Välfärd" }, tenant: { slug: "sjovik" } } });
  actors.set("ADMIN", await actorFor("admin@sjovik.demo", "sjovik"));
  actors.set("QUALITY_DEVELOPER", await actorFor("kvalitet@sjovik.demo", "sjovik"));
  actors.set("SOCIAL_SECRETARY", await actorFor("socialsekreterare@sjovik.demo", "sjovik"));
  actors.set("READER", await actorFor("lasare@sjovik.demo", "sjovik"));
  actors.set("PROVIDER", await actorFor("utforare@caleo.demo", "sjovik"));
  actors.set("OTHER_PROVIDER", await actorFor("utforare@valfard.demo", "sjovik", { providerId: valfard.id }));
  actors.set("OTHER_TENANT_ADMIN", await actorFor("kvalitet@bergsby.demo", "bergsby", { role: "ADMIN" }));
  actors.set("ANONYMOUS", null);
});

describe("the authorisation matrix", () => {
  it("finds the server actions, each built with the action pipeline and listed in EXPECTED", () => {
    expect(actions.length).toBeGreaterThanOrEqual(Object.keys(EXPECTED).length);
    const unregistered = actions.filter(({ action }) => !action.meta || !(action.meta.name in EXPECTED));
    expect(unregistered.map(({ file, exportName }) => `${file}: ${exportName}`)).toEqual([]);
    const missing = Object.keys(EXPECTED).filter((name) => !actions.some(({ action }) => action.meta.name === name));
    expect(missing).toEqual([]);
  });

  it("finds every route handler listed in EXPECTED_ROUTES", async () => {
    const routes = await projectFiles("app", /(^|\/)route\.tsx?$/);
    expect(routes.sort()).toEqual(Object.keys(EXPECTED_ROUTES).sort());
  });

  it.each(["ADMIN", "QUALITY_DEVELOPER", "READER", "PROVIDER", "OTHER_PROVIDER", "OTHER_TENANT_ADMIN", "ANONYMOUS"] as Who[])(
    "lets %s through exactly the route handler gates EXPECTED_ROUTE_METHODS says",
    async (who) => {
      const found: string[] = [];
      for (const file of await projectFiles("app", /(^|\/)route\.tsx?$/)) {
        const exported = (await import(path.join(root, file))) as Record<string, unknown>;
        for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
          const handler = exported[method] as ((request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>) & { permission?: string };
          if (!handler) continue;
          const key = `${file} ${method}`;
          found.push(key);
          const expected = EXPECTED_ROUTE_METHODS[key];
          expect(expected, `${key} saknas i EXPECTED_ROUTE_METHODS`).toBeDefined();
          if (expected === "public") continue;
          expect(handler.permission, `${key} använder inte routeHandler`).toBeDefined();
          currentActor.value = actors.get(who) ?? null;
          const id = "00000000-0000-4000-8000-000000000000";
          const response = await handler(new Request(`http://test/${file}`, { method }), { params: Promise.resolve({ id, attachmentId: id }) });
          const label = `${who} → ${key}`;
          if (who === "ANONYMOUS") expect(response.status, label).toBe(401);
          else if (expected!.includes(who)) expect([401, 403], label).not.toContain(response.status);
          else expect(response.status, label).toBe(403);
        }
      }
      expect(found.sort()).toEqual(Object.keys(EXPECTED_ROUTE_METHODS).sort());
    },
  );

  const WHO: Who[] = ["ADMIN", "QUALITY_DEVELOPER", "SOCIAL_SECRETARY", "READER", "PROVIDER", "OTHER_PROVIDER", "OTHER_TENANT_ADMIN", "ANONYMOUS"];

  it.each(WHO)("lets %s through exactly the gates EXPECTED says, and nothing is written when it is refused", async (who) => {
    const writes = () => Promise.all([adminDb.auditLog.count(), adminDb.membership.count(), adminDb.outboxMessage.count()]);
    for (const { action } of actions) {
      currentActor.value = actors.get(who) ?? null;
      const expected = EXPECTED[action.meta.name]!;
      const allowed = expected === "public" || expected.includes(who);
      const before = allowed ? null : await writes();
      // An empty form: an allowed caller gets past the gate (usually to validation); a refused one is stopped at it.
      const outcome = await action({ ok: false }, new FormData()).then(
        (state) => ({ state, redirected: false }),
        (error: { digest?: string }) => {
          if (!error.digest?.startsWith("NEXT_REDIRECT")) throw error;
          return { state: null, redirected: true };
        },
      );
      const label = `${who} → ${action.meta.name}`;
      if (allowed) {
        expect(outcome.redirected, label).toBe(false);
        expect(outcome.state?.message, label).not.toBe(FORBIDDEN_MESSAGE);
      } else if (who === "ANONYMOUS") {
        expect(outcome.redirected, label).toBe(true);
      } else {
        expect(outcome.state, label).toMatchObject({ ok: false, message: FORBIDDEN_MESSAGE });
      }
      if (before) expect(await writes(), `${label} skrev något trots nekad åtkomst`).toEqual(before);
    }
  });
});
