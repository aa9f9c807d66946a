import "server-only";
import { decide } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { uuidv7 } from "@/lib/db/ids";
import { withTenant, type Tx } from "@/lib/db/tenant";
import { progressOf, type Progress } from "@/lib/domain/questionnaire";
import { AppError } from "@/lib/errors";
import { answerSchema, type AnswerRules, type AnswerValue } from "@/lib/validation/answers";
import { recordAudit } from "./audit";
import { sectionsSelect, toFormSections, type FormSection } from "./questionnaire-sections";
import { enqueueEmail } from "./outbox";
import type { TenantCtx } from "./tenant-context";

const EDITABLE = new Set(["NOT_STARTED", "DRAFT", "REOPENED"]);


export interface SelfAssessmentForm {
  id: string;
  tenantId: string;
  providerId: string;
  providerName: string;
  cycleName: string;
  dueOn: Date | null;
  status: string;
  submittedAt: Date | null;
  reopenReason: string | null;
  editable: boolean;
  sections: FormSection[];
  answers: Record<string, { value: AnswerValue; version: number }>;
  /** Evidence files per FILE question. */
  attachments: Record<string, { id: string; fileName: string; sizeBytes: number }[]>;
  progress: Progress;
}


/** Loads a self-assessment for the actor, or null when it does not exist for them (other tenant or provider). */
export async function findSelfAssessmentForm(ctx: TenantCtx, id: string): Promise<SelfAssessmentForm | null> {
  return withTenant(ctx.tenantId, async (tx) => {
    const row = await tx.selfAssessment.findUnique({
      where: { tenantId_id: { tenantId: ctx.tenantId, id } },
      select: {
        id: true,
        tenantId: true,
        providerId: true,
        status: true,
        submittedAt: true,
        reopenReason: true,
        provider: { select: { name: true } },
        cycle: {
          select: {
            name: true,
            selfAssessmentDueOn: true,
            templateVersion: { select: { sections: sectionsSelect } },
          },
        },
        answers: { select: { questionId: true, value: true, version: true } },
        attachments: {
          where: { deletedAt: null },
          orderBy: { createdAt: "asc" },
          select: { id: true, fileName: true, sizeBytes: true, answer: { select: { questionId: true } } },
        },
      },
    });
    if (!row || decide(ctx, "selfAssessment.read", { tenantId: row.tenantId, providerId: row.providerId }) !== "allow") return null;
    const sections = toFormSections(row.cycle.templateVersion?.sections ?? []);
    const answers = Object.fromEntries(row.answers.map((answer) => [answer.questionId, { value: answer.value as AnswerValue, version: answer.version }]));
    const attachments: SelfAssessmentForm["attachments"] = {};
    for (const file of row.attachments) {
      if (!file.answer) continue;
      (attachments[file.answer.questionId] ??= []).push({ id: file.id, fileName: file.fileName, sizeBytes: file.sizeBytes });
    }
    // A FILE question counts as answered by its files.
    const values = new Map<string, unknown>(Object.entries(answers).map(([id, answer]) => [id, answer.value]));
    for (const [questionId, files] of Object.entries(attachments)) values.set(questionId, files.map((file) => file.fileName));
    return {
      id: row.id,
      tenantId: row.tenantId,
      providerId: row.providerId,
      providerName: row.provider.name,
      cycleName: row.cycle.name,
      dueOn: row.cycle.selfAssessmentDueOn,
      status: row.status,
      submittedAt: row.submittedAt,
      reopenReason: row.reopenReason,
      editable: EDITABLE.has(row.status) && decide(ctx, "selfAssessment.write", { tenantId: row.tenantId, providerId: row.providerId }) === "allow",
      sections,
      answers,
      attachments,
      progress: progressOf(sections.flatMap((section) => section.questions), values),
    };
  });
}

export interface SaveAnswerInput {
  selfAssessmentId: string;
  questionId: string;
  /** The raw value from the form; null or "" clears the answer. */
  value: unknown;
  /** The version the person's edit started from; 0 for a question not answered before. */
  expectedVersion: number;
}

export type SaveAnswerResult =
  | { status: "saved"; version: number; value: AnswerValue | null }
  | { status: "invalid"; message: string }
  | { status: "conflict"; current: { value: AnswerValue | null; version: number; updatedAt: Date | null } };

/**
 * Saves one answer with optimistic concurrency: the write happens only if the stored version is
 * still the one the edit started from; otherwise nothing is written and the stored answer comes back.
 * No transaction: the first save of a question reads what the checks need (app_answer_target) and
 * then writes, with its audit entry, on the condition of the version read (app_save_answer). What
 * that read showed about the question and the provider is remembered, so later saves of the same
 * question take one statement (app_save_known_answer), which checks all of it again.
 */
export async function saveAnswer(ctx: TenantCtx, input: SaveAnswerInput): Promise<SaveAnswerResult> {
  const known = knownTargets.get(knownKey(ctx, input));
  if (known) {
    const saved = await saveKnownAnswer(ctx, input, known);
    if (saved) return saved;
    knownTargets.delete(knownKey(ctx, input));
  }
  return saveAfterReading(ctx, input);
}

async function saveAfterReading(ctx: TenantCtx, input: SaveAnswerInput): Promise<SaveAnswerResult> {
  const target = await readAnswerTarget(ctx, input);
  const question = target.question;
  if (!question) throw new AppError("NOT_FOUND", "Frågan finns inte i den här enkäten.");
  if (question.type === "FILE") throw new AppError("INVALID", "Filer laddas upp med knappen vid frågan.");
  const known = rememberTarget(ctx, input, { providerId: target.providerId, question });

  const checked = checkAnswerValue(known, input.value);
  if (!checked.ok) return { status: "invalid", message: checked.message };
  const value = checked.value;
  const existing = target.answer;
  if ((existing?.version ?? 0) !== input.expectedVersion) {
    return {
      status: "conflict",
      current: { value: (existing?.value as AnswerValue | undefined) ?? null, version: existing?.version ?? 0, updatedAt: existing?.updatedAt ?? null },
    };
  }
  if (!existing && value === null) return { status: "saved", version: 0, value: null };
  const [saved] = await db.$queryRaw<{ version: number | null }[]>`
    SELECT app_save_answer(${ctx.tenantId}::uuid, ${input.selfAssessmentId}::uuid, ${question.id}::uuid, ${ctx.userId}::uuid,
      ${JSON.stringify(value)}::jsonb, ${input.expectedVersion}::int, ${uuidv7()}::uuid, ${uuidv7()}::uuid) AS version`;
  // Someone saved between our read and write (another tab, a colleague).
  if (saved?.version == null) throw new AppError("CONFLICT");
  return { status: "saved", version: saved.version, value };
}

/** The one-statement save; null when what was remembered no longer holds (the caller reads again). */
async function saveKnownAnswer(ctx: TenantCtx, input: SaveAnswerInput, known: KnownTarget): Promise<SaveAnswerResult | null> {
  if (decide(ctx, "selfAssessment.write", { tenantId: ctx.tenantId, providerId: known.providerId }) !== "allow") return null;
  const checked = checkAnswerValue(known, input.value);
  // A refusal is rare: let the full read confirm it, so nothing remembered decides it alone.
  if (!checked.ok) return null;
  const { question } = known;
  const [row] = await db.$queryRaw<{ outcome: "saved" | "conflict" | "raced" | "unknown"; version: number | null; value: unknown; updatedAt: Date | null }[]>`
    SELECT * FROM app_save_known_answer(${ctx.tenantId}::uuid, ${input.selfAssessmentId}::uuid, ${question.id}::uuid, ${ctx.userId}::uuid,
      ${known.providerId}::uuid, ${question.type}, ${question.options === null ? null : JSON.stringify(question.options)}::jsonb,
      ${JSON.stringify(checked.value)}::jsonb, ${input.expectedVersion}::int, ${uuidv7()}::uuid, ${uuidv7()}::uuid)`;
  switch (row?.outcome) {
    case "saved":
      return { status: "saved", version: row.version!, value: checked.value };
    case "conflict":
      return { status: "conflict", current: { value: (row.value as AnswerValue | null) ?? null, version: row.version!, updatedAt: row.updatedAt } };
    case "raced":
      throw new AppError("CONFLICT");
    default:
      return null;
  }
}

/**
 * What a save of one question in one self-assessment needs to know beforehand: whose
 * self-assessment it is (for the policy) and the question's type and options (for validation).
 * Bounded, per process; every use is checked again by the database (app_save_known_answer).
 */
interface KnownTarget {
  providerId: string;
  question: { id: string; type: AnswerRules["type"]; options: unknown };
  schema: ReturnType<typeof answerSchema>;
}

const KNOWN_TARGETS_LIMIT = 20_000;
const knownTargets = new Map<string, KnownTarget>();
const knownKey = (ctx: TenantCtx, input: { selfAssessmentId: string; questionId: string }) => `${ctx.tenantId}/${input.selfAssessmentId}/${input.questionId}`;

// A zod schema is about 2.5 kB: the remembered questions share one per kind of question (type and
// options), of which there are few, instead of holding one each.
const SCHEMAS_LIMIT = 2_000;
const schemasByRules = new Map<string, ReturnType<typeof answerSchema>>();

function rememberTarget(ctx: TenantCtx, input: SaveAnswerInput, target: Omit<KnownTarget, "schema">): KnownTarget {
  const known = { ...target, schema: schemaFor(target.question.type, Array.isArray(target.question.options) ? (target.question.options as string[]) : []) };
  remember(knownTargets, knownKey(ctx, input), known, KNOWN_TARGETS_LIMIT);
  return known;
}

function schemaFor(type: AnswerRules["type"], options: string[]): ReturnType<typeof answerSchema> {
  const key = `${type}\u0000${JSON.stringify(options)}`;
  const schema = schemasByRules.get(key) ?? answerSchema({ type, options });
  remember(schemasByRules, key, schema, SCHEMAS_LIMIT);
  return schema;
}

/** Sets the entry as the newest; the oldest goes once there are more than `limit` (a Map keeps insertion order). */
function remember<V>(map: Map<string, V>, key: string, value: V, limit: number): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > limit) map.delete(map.keys().next().value!);
}

function checkAnswerValue(known: KnownTarget, raw: unknown): { ok: true; value: AnswerValue | null } | { ok: false; message: string } {
  const clearing = raw === null || raw === "" || (Array.isArray(raw) && raw.length === 0);
  if (clearing) return { ok: true, value: null };
  const parsed = known.schema.safeParse(raw);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: parsed.error.issues[0]?.message ?? "Ogiltigt svar." };
}

/** Submits a self-assessment once every visible required question is answered; read-only afterwards. */
export async function submitSelfAssessment(ctx: TenantCtx, id: string): Promise<void> {
  const form = await findSelfAssessmentForm(ctx, id);
  if (!form) throw new AppError("NOT_FOUND");
  if (!form.editable) throw new AppError("INVALID", "Egenrapporteringen är redan inskickad.");
  if (form.progress.missing.length > 0) {
    throw new AppError("INVALID", `${form.progress.missing.length} obligatoriska frågor saknar svar. Besvara dem innan du skickar in.`);
  }
  await withTenant(ctx.tenantId, async (tx) => {
    const updated = await tx.selfAssessment.updateMany({
      where: { tenantId: ctx.tenantId, id, status: { in: [...EDITABLE] as ("NOT_STARTED" | "DRAFT" | "REOPENED")[] } },
      data: { status: "SUBMITTED", submittedAt: new Date(), submittedById: ctx.userId },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", "Egenrapporteringen har redan skickats in.");
    await recordAudit(tx, ctx, { entity: "SelfAssessment", entityId: id, action: "submit", before: { status: form.status }, after: { status: "SUBMITTED" } });
  });
}

/** Opens a submitted self-assessment again for the provider, with a reason; audited, and the provider is told. */
export async function reopenSelfAssessment(ctx: TenantCtx, id: string, reason: string): Promise<void> {
  await withTenant(ctx.tenantId, async (tx) => {
    const row = await tx.selfAssessment.findUnique({
      where: { tenantId_id: { tenantId: ctx.tenantId, id } },
      select: { id: true, status: true, providerId: true, cycle: { select: { name: true } }, provider: { select: { contactEmail: true } } },
    });
    if (!row || decide(ctx, "selfAssessment.reopen", { tenantId: ctx.tenantId, providerId: row.providerId }) !== "allow") {
      throw new AppError("NOT_FOUND");
    }
    if (row.status !== "SUBMITTED") throw new AppError("INVALID", "Bara en inskickad egenrapportering kan öppnas igen.");
    await tx.selfAssessment.update({ where: { tenantId_id: { tenantId: ctx.tenantId, id } }, data: { status: "REOPENED", reopenReason: reason } });
    await recordAudit(tx, ctx, { entity: "SelfAssessment", entityId: id, action: "reopen", before: { status: row.status }, after: { status: "REOPENED", reason } });
    if (row.provider.contactEmail) {
      await enqueueEmail(tx, ctx.tenantId, "SELF_ASSESSMENT_REOPENED", {
        to: row.provider.contactEmail,
        subject: `Egenrapporteringen i ${row.cycle.name} är öppnad igen`,
        text: `Kommunen har öppnat er egenrapportering igen så att ni kan komplettera den.\n\nSkäl: ${reason}`,
      });
    }
  });
}

interface AnswerTarget {
  providerId: string;
  question: { id: string; type: AnswerRules["type"]; options: unknown } | null;
  answer: { value: unknown; version: number; updatedAt: Date } | null;
}

/**
 * What saving one answer checks and compares with, in one statement: the self-assessment (the
 * actor's to write, and open), the question (in this questionnaire) and the stored answer.
 */
async function readAnswerTarget(ctx: TenantCtx, input: { selfAssessmentId: string; questionId: string }): Promise<AnswerTarget> {
  const [row] = await db.$queryRaw<
    { status: string; providerId: string; questionId: string | null; type: AnswerRules["type"] | null; options: unknown; answerId: string | null; value: unknown; version: number | null; updatedAt: Date | null }[]
  >`SELECT * FROM app_answer_target(${ctx.tenantId}::uuid, ${input.selfAssessmentId}::uuid, ${input.questionId}::uuid)`;
  assertWritable(ctx, row);
  return {
    providerId: row.providerId,
    question: row.questionId && row.type ? { id: row.questionId, type: row.type, options: row.options } : null,
    answer: row.answerId ? { value: row.value, version: row.version!, updatedAt: row.updatedAt! } : null,
  };
}

/** The self-assessment, if the actor may write to it now; otherwise NOT_FOUND or INVALID (submitted). */
export async function loadForWrite(tx: Tx, ctx: TenantCtx, id: string) {
  const assessment = await tx.selfAssessment.findUnique({
    where: { tenantId_id: { tenantId: ctx.tenantId, id } },
    select: { id: true, status: true, providerId: true },
  });
  assertWritable(ctx, assessment);
  return assessment;
}

/** NOT_FOUND unless the actor may write to this self-assessment; INVALID once it is submitted. */
function assertWritable<T extends { providerId: string; status: string }>(ctx: TenantCtx, assessment: T | null | undefined): asserts assessment is T {
  if (!assessment || decide(ctx, "selfAssessment.write", { tenantId: ctx.tenantId, providerId: assessment.providerId }) !== "allow") {
    throw new AppError("NOT_FOUND");
  }
  if (!EDITABLE.has(assessment.status)) throw new AppError("INVALID", "Egenrapporteringen är inskickad och kan inte ändras.");
}

export type { FormQuestion } from "./questionnaire-sections";
