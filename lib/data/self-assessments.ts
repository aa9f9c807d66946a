import "server-only";
import { decide } from "@/lib/auth/policy";
import { withTenant, type Tx } from "@/lib/db/tenant";
import { progressOf, type Progress } from "@/lib/domain/questionnaire";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
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
 */
export async function saveAnswer(ctx: TenantCtx, input: SaveAnswerInput): Promise<SaveAnswerResult> {
  return withTenant(ctx.tenantId, async (tx) => {
    const target = await readAnswerTarget(tx, ctx, input);
    const question = target.question;
    if (!question) throw new AppError("NOT_FOUND", "Frågan finns inte i den här enkäten.");
    if (question.type === "FILE") throw new AppError("INVALID", "Filer laddas upp med knappen vid frågan.");
    const assessment = target.selfAssessment;

    const clearing = input.value === null || input.value === "" || (Array.isArray(input.value) && input.value.length === 0);
    let value: AnswerValue | null = null;
    if (!clearing) {
      const parsed = answerSchema({ type: question.type, options: Array.isArray(question.options) ? (question.options as string[]) : [] }).safeParse(input.value);
      if (!parsed.success) return { status: "invalid", message: parsed.error.issues[0]?.message ?? "Ogiltigt svar." };
      value = parsed.data;
    }

    const existing = target.answer;
    const conflict = (): SaveAnswerResult => ({
      status: "conflict",
      current: { value: (existing?.value as AnswerValue | undefined) ?? null, version: existing?.version ?? 0, updatedAt: existing?.updatedAt ?? null },
    });
    if ((existing?.version ?? 0) !== input.expectedVersion) return conflict();

    let version: number;
    if (!existing) {
      if (value === null) return { status: "saved", version: 0, value: null };
      try {
        await tx.answer.create({ data: { tenantId: ctx.tenantId, selfAssessmentId: assessment.id, questionId: question.id, value, updatedById: ctx.userId } });
      } catch (error) {
        // Another tab created it between our read and write.
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("CONFLICT");
        throw error;
      }
      version = 1;
    } else {
      // Conditional on the version, so two saves racing from the same version cannot both win.
      const updated = await tx.answer.updateMany({
        where: { tenantId: ctx.tenantId, id: existing.id, version: input.expectedVersion },
        data: { value: value ?? Prisma.JsonNull, version: { increment: 1 }, updatedById: ctx.userId },
      });
      if (updated.count === 0) throw new AppError("CONFLICT");
      version = input.expectedVersion + 1;
    }
    if (assessment.status === "NOT_STARTED") {
      await tx.selfAssessment.update({ where: { tenantId_id: { tenantId: ctx.tenantId, id: assessment.id } }, data: { status: "DRAFT" } });
    }
    await recordAudit(tx, ctx, {
      entity: "Answer",
      entityId: `${assessment.id}:${question.id}`,
      action: "save",
      before: existing ? { value: existing.value, version: existing.version } : undefined,
      after: { value, version },
    });
    return { status: "saved", version, value };
  });
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
  selfAssessment: { id: string; status: string };
  question: { id: string; type: AnswerRules["type"]; options: unknown } | null;
  answer: { id: string; value: unknown; version: number; updatedAt: Date } | null;
}

/**
 * What saving one answer checks and compares with, in one query: the self-assessment (the actor's
 * to write, and open), the question (in this questionnaire) and the stored answer. Autosave runs
 * this on every pause in typing, so it is one round trip rather than three.
 */
async function readAnswerTarget(tx: Tx, ctx: TenantCtx, input: { selfAssessmentId: string; questionId: string }): Promise<AnswerTarget> {
  const [row] = await tx.$queryRaw<
    { status: string; providerId: string; questionId: string | null; type: AnswerRules["type"] | null; options: unknown; answerId: string | null; value: unknown; version: number | null; updatedAt: Date | null }[]
  >`
    SELECT s.status::text, s."providerId"::text, q.id::text AS "questionId", q.type::text, q.options,
      a.id::text AS "answerId", a.value, a.version, a."updatedAt"
    FROM "SelfAssessment" s
    JOIN "FollowUpCycle" c ON c."tenantId" = s."tenantId" AND c.id = s."cycleId"
    LEFT JOIN "Question" q ON q."tenantId" = s."tenantId" AND q.id = ${input.questionId}::uuid AND q."versionId" = c."templateVersionId"
    LEFT JOIN "Answer" a ON a."tenantId" = s."tenantId" AND a."selfAssessmentId" = s.id AND a."questionId" = q.id
    WHERE s."tenantId" = ${ctx.tenantId}::uuid AND s.id = ${input.selfAssessmentId}::uuid`;
  assertWritable(ctx, row);
  return {
    selfAssessment: { id: input.selfAssessmentId, status: row.status },
    question: row.questionId && row.type ? { id: row.questionId, type: row.type, options: row.options } : null,
    answer: row.answerId ? { id: row.answerId, value: row.value, version: row.version!, updatedAt: row.updatedAt! } : null,
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
