import "server-only";
import { randomUUID } from "node:crypto";
import { withTenant, type Tx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AddQuestionInput } from "@/lib/validation/questionnaire";
import { recordAudit } from "./audit";
import { sectionsSelect, toFormSections, type FormSection } from "./questionnaire-sections";
import type { TenantCtx } from "./tenant-context";

export interface TemplateSummary {
  id: string;
  name: string;
  versions: { id: string; number: number; status: string; questions: number; cycles: number }[];
}

export async function listTemplates(ctx: TenantCtx): Promise<TemplateSummary[]> {
  const rows = await withTenant(ctx.tenantId, (tx) =>
    tx.questionnaireTemplate.findMany({
      where: { tenantId: ctx.tenantId },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        versions: { orderBy: { number: "desc" }, select: { id: true, number: true, status: true, _count: { select: { questions: true, cycles: true } } } },
      },
    }),
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    versions: row.versions.map((version) => ({ id: version.id, number: version.number, status: version.status, questions: version._count.questions, cycles: version._count.cycles })),
  }));
}

export interface VersionDetail {
  id: string;
  templateName: string;
  number: number;
  status: string;
  sections: FormSection[];
  requirements: { id: string; code: string; title: string }[];
}

export async function findVersion(ctx: TenantCtx, versionId: string): Promise<VersionDetail | null> {
  return withTenant(ctx.tenantId, async (tx) => {
    const version = await tx.questionnaireVersion.findUnique({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: versionId } },
      select: {
        id: true,
        number: true,
        status: true,
        template: { select: { name: true } },
        sections: sectionsSelect,
      },
    });
    if (!version) return null;
    const requirements = await tx.requirement.findMany({ where: { tenantId: ctx.tenantId, isActive: true }, orderBy: { code: "asc" }, select: { id: true, code: true, title: true } });
    return {
      id: version.id,
      templateName: version.template.name,
      number: version.number,
      status: version.status,
      requirements,
      sections: toFormSections(version.sections),
    };
  });
}

/** Published versions never change: every edit goes through here first. */
async function draftOrRefuse(tx: Tx, ctx: TenantCtx, versionId: string) {
  const version = await tx.questionnaireVersion.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: versionId } }, select: { id: true, status: true } });
  if (!version) throw new AppError("NOT_FOUND");
  if (version.status !== "DRAFT") throw new AppError("INVALID", "En publicerad version kan inte ändras. Skapa en ny utkastversion.");
  return version;
}

export async function addSection(ctx: TenantCtx, input: { versionId: string; title: string; description?: string }): Promise<void> {
  await withTenant(ctx.tenantId, async (tx) => {
    await draftOrRefuse(tx, ctx, input.versionId);
    const sortOrder = await tx.questionSection.count({ where: { tenantId: ctx.tenantId, versionId: input.versionId } });
    const section = await tx.questionSection.create({
      data: { tenantId: ctx.tenantId, versionId: input.versionId, title: input.title, description: input.description ?? null, sortOrder },
    });
    await recordAudit(tx, ctx, { entity: "QuestionSection", entityId: section.id, action: "create", after: input });
  });
}

export async function addQuestion(ctx: TenantCtx, input: AddQuestionInput): Promise<void> {
  await withTenant(ctx.tenantId, async (tx) => {
    await draftOrRefuse(tx, ctx, input.versionId);
    const section = await tx.questionSection.findFirst({ where: { tenantId: ctx.tenantId, id: input.sectionId, versionId: input.versionId }, select: { id: true } });
    if (!section) throw new AppError("INVALID", "Avsnittet finns inte i den här versionen.");
    if (input.conditionQuestionId) {
      const parent = await tx.question.findFirst({ where: { tenantId: ctx.tenantId, id: input.conditionQuestionId, versionId: input.versionId }, select: { id: true } });
      if (!parent) throw new AppError("INVALID", "Villkorsfrågan finns inte i den här versionen.");
    }
    const found = await tx.requirement.count({ where: { tenantId: ctx.tenantId, id: { in: input.requirementIds } } });
    if (found !== new Set(input.requirementIds).size) throw new AppError("INVALID", "Ett eller flera krav finns inte i katalogen.");
    const sortOrder = await tx.question.count({ where: { tenantId: ctx.tenantId, sectionId: section.id } });
    const question = await tx.question.create({
      data: {
        tenantId: ctx.tenantId,
        versionId: input.versionId,
        sectionId: section.id,
        key: `q-${randomUUID().slice(0, 8)}`,
        type: input.type,
        text: input.text,
        helpText: input.helpText ?? null,
        isRequired: input.isRequired,
        options: input.options.length ? input.options : undefined,
        conditionQuestionId: input.conditionQuestionId ?? null,
        conditionValue: input.conditionQuestionId ? (input.conditionValue ?? null) : null,
        sortOrder,
        requirements: { create: [...new Set(input.requirementIds)].map((requirementId) => ({ requirementId })) },
      },
    });
    await recordAudit(tx, ctx, { entity: "Question", entityId: question.id, action: "create", after: input });
  });
}

export async function removeQuestion(ctx: TenantCtx, versionId: string, questionId: string): Promise<void> {
  await withTenant(ctx.tenantId, async (tx) => {
    await draftOrRefuse(tx, ctx, versionId);
    const question = await tx.question.findFirst({ where: { tenantId: ctx.tenantId, id: questionId, versionId }, select: { id: true, text: true, _count: { select: { dependents: true } } } });
    if (!question) throw new AppError("NOT_FOUND");
    if (question._count.dependents) throw new AppError("INVALID", "Andra frågor visas beroende av den här. Ta bort dem först.");
    await tx.question.delete({ where: { tenantId_id: { tenantId: ctx.tenantId, id: question.id } } });
    await recordAudit(tx, ctx, { entity: "Question", entityId: question.id, action: "delete", before: { text: question.text } });
  });
}

export async function publishVersion(ctx: TenantCtx, versionId: string): Promise<void> {
  await withTenant(ctx.tenantId, async (tx) => {
    await draftOrRefuse(tx, ctx, versionId);
    if ((await tx.question.count({ where: { tenantId: ctx.tenantId, versionId } })) === 0) throw new AppError("INVALID", "Lägg till minst en fråga innan versionen publiceras.");
    await tx.questionnaireVersion.update({ where: { tenantId_id: { tenantId: ctx.tenantId, id: versionId } }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    await recordAudit(tx, ctx, { entity: "QuestionnaireVersion", entityId: versionId, action: "publish", before: { status: "DRAFT" }, after: { status: "PUBLISHED" } });
  });
}

/**
 * Starts a new draft from a version: sections, questions (same keys, so answers carry over between
 * cycles), conditions and requirement links are copied. The source is left untouched.
 */
export async function createDraftFrom(ctx: TenantCtx, versionId: string): Promise<{ id: string }> {
  return withTenant(ctx.tenantId, async (tx) => {
    const source = await tx.questionnaireVersion.findUnique({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: versionId } },
      select: {
        templateId: true,
        sections: { orderBy: { sortOrder: "asc" }, select: { id: true, title: true, description: true, sortOrder: true } },
        questions: {
          select: {
            id: true, sectionId: true, key: true, type: true, text: true, helpText: true, isRequired: true, options: true,
            conditionQuestionId: true, conditionValue: true, sortOrder: true, requirements: { select: { requirementId: true } },
          },
        },
      },
    });
    if (!source) throw new AppError("NOT_FOUND");
    if (await tx.questionnaireVersion.findFirst({ where: { tenantId: ctx.tenantId, templateId: source.templateId, status: "DRAFT" }, select: { id: true } })) {
      throw new AppError("CONFLICT", "Det finns redan ett utkast för den här enkäten.");
    }
    const latest = await tx.questionnaireVersion.aggregate({ where: { tenantId: ctx.tenantId, templateId: source.templateId }, _max: { number: true } });
    const draft = await tx.questionnaireVersion.create({
      data: { tenantId: ctx.tenantId, templateId: source.templateId, number: (latest._max.number ?? 0) + 1, status: "DRAFT" },
      select: { id: true },
    });
    const sectionIds = new Map(source.sections.map((section) => [section.id, randomUUID()]));
    const questionIds = new Map(source.questions.map((question) => [question.id, randomUUID()]));
    await tx.questionSection.createMany({
      data: source.sections.map((section) => ({ tenantId: ctx.tenantId, id: sectionIds.get(section.id)!, versionId: draft.id, title: section.title, description: section.description, sortOrder: section.sortOrder })),
    });
    // Parents before their follow-ups, so every condition points at a question that exists.
    const ordered = [...source.questions].sort((a, b) => Number(Boolean(a.conditionQuestionId)) - Number(Boolean(b.conditionQuestionId)));
    await tx.question.createMany({
      data: ordered.map((question) => ({
        tenantId: ctx.tenantId,
        id: questionIds.get(question.id)!,
        versionId: draft.id,
        sectionId: sectionIds.get(question.sectionId)!,
        key: question.key,
        type: question.type,
        text: question.text,
        helpText: question.helpText,
        isRequired: question.isRequired,
        options: (question.options ?? undefined) as Prisma.InputJsonValue | undefined,
        conditionQuestionId: question.conditionQuestionId ? (questionIds.get(question.conditionQuestionId) ?? null) : null,
        conditionValue: question.conditionValue,
        sortOrder: question.sortOrder,
      })),
    });
    await tx.questionRequirement.createMany({
      data: source.questions.flatMap((question) => question.requirements.map(({ requirementId }) => ({ tenantId: ctx.tenantId, questionId: questionIds.get(question.id)!, requirementId }))),
    });
    await recordAudit(tx, ctx, { entity: "QuestionnaireVersion", entityId: draft.id, action: "createDraft", after: { from: versionId } });
    return draft;
  });
}
