import "server-only";
import { randomUUID } from "node:crypto";
import { withTenant, type Tx } from "@/lib/db/tenant";
import { parseSurveyRows, type ParsedResponse } from "@/lib/domain/survey-import";
import { AppError } from "@/lib/errors";
import type { AddSurveyResponseInput, CreateSurveyInput } from "@/lib/validation/survey";
import type { RowError } from "@/lib/validation/rows";
import { recordAudit } from "./audit";
import type { TenantCtx } from "./tenant-context";

export interface SurveyListRow {
  id: string;
  name: string;
  year: number;
  sentCount: number;
  responses: number;
  statements: number;
}

export async function listSurveys(ctx: TenantCtx): Promise<SurveyListRow[]> {
  const rows = await withTenant(ctx.tenantId, (tx) =>
    tx.survey.findMany({
      where: { tenantId: ctx.tenantId },
      orderBy: [{ year: "desc" }, { name: "asc" }],
      select: { id: true, name: true, year: true, sentCount: true, _count: { select: { responses: true, items: true } } },
    }),
  );
  return rows.map(({ _count, ...row }) => ({ ...row, responses: _count.responses, statements: _count.items }));
}

export interface SurveyDetail extends SurveyListRow {
  statementList: { id: string; code: string; text: string }[];
  choices: { serviceTypes: { id: string; name: string }[]; providers: { id: string; name: string }[] };
}

/** One survey with its statements and the choices of the response form, or null outside the tenant. */
export async function findSurvey(ctx: TenantCtx, id: string): Promise<SurveyDetail | null> {
  return withTenant(ctx.tenantId, async (tx) => {
    const survey = await tx.survey.findUnique({
      where: { tenantId_id: { tenantId: ctx.tenantId, id } },
      select: {
        id: true,
        name: true,
        year: true,
        sentCount: true,
        items: { orderBy: { sortOrder: "asc" }, select: { statement: { select: { id: true, code: true, text: true } } } },
        _count: { select: { responses: true, items: true } },
      },
    });
    if (!survey) return null;
    const serviceTypes = await tx.serviceType.findMany({ where: { tenantId: ctx.tenantId }, orderBy: { sortOrder: "asc" }, select: { id: true, name: true } });
    const providers = await tx.provider.findMany({ where: { tenantId: ctx.tenantId }, orderBy: { name: "asc" }, select: { id: true, name: true } });
    const { _count, items, ...rest } = survey;
    return { ...rest, responses: _count.responses, statements: _count.items, statementList: items.map((item) => item.statement), choices: { serviceTypes, providers } };
  });
}

/** The tenant's statements, for choosing a new survey's (reusing them keeps years comparable). */
export async function listStatements(ctx: TenantCtx): Promise<{ id: string; code: string; text: string }[]> {
  return withTenant(ctx.tenantId, (tx) => tx.surveyStatement.findMany({ where: { tenantId: ctx.tenantId }, orderBy: { code: "asc" }, select: { id: true, code: true, text: true } }));
}

/** A code for a new statement from its text ("Jag trivs i skolan" → "JAG_TRIVS_I_SKOLAN"), unique in the tenant. */
function statementCode(text: string, taken: Set<string>): string {
  const base =
    text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, "_")
      .replace(/^_|_$/g, "")
      .slice(0, 30) || "PASTAENDE";
  let code = base;
  for (let suffix = 2; taken.has(code); suffix += 1) code = `${base}_${suffix}`;
  taken.add(code);
  return code;
}

/** Creates a survey with chosen and new statements; one per year and name. Audited. */
export async function createSurvey(ctx: TenantCtx, input: CreateSurveyInput): Promise<{ id: string }> {
  return withTenant(ctx.tenantId, async (tx) => {
    if (await tx.survey.findFirst({ where: { tenantId: ctx.tenantId, name: input.name }, select: { id: true } })) {
      throw new AppError("CONFLICT", `Det finns redan en enkät som heter ${input.name}.`);
    }
    // Results are compared year by year, so a year has one survey.
    if (await tx.survey.findFirst({ where: { tenantId: ctx.tenantId, year: input.year }, select: { id: true } })) {
      throw new AppError("CONFLICT", `Det finns redan en enkät för ${input.year}. Importera eller registrera svaren i den.`);
    }
    const existing = await tx.surveyStatement.findMany({ where: { tenantId: ctx.tenantId }, select: { id: true, code: true } });
    const known = new Set(existing.map((statement) => statement.id));
    if (input.statementIds.some((id) => !known.has(id))) throw new AppError("INVALID", "Något av de valda påståendena finns inte längre. Ladda om sidan.");
    const taken = new Set(existing.map((statement) => statement.code));
    const created = [];
    for (const text of input.newStatements) {
      created.push(await tx.surveyStatement.create({ data: { tenantId: ctx.tenantId, code: statementCode(text, taken), text }, select: { id: true } }));
    }
    const statementIds = [...input.statementIds, ...created.map((statement) => statement.id)];
    const survey = await tx.survey.create({
      data: {
        tenantId: ctx.tenantId,
        name: input.name,
        year: input.year,
        sentCount: input.sentCount,
        items: { create: statementIds.map((statementId, sortOrder) => ({ statementId, sortOrder })) },
      },
      select: { id: true },
    });
    await recordAudit(tx, ctx, { entity: "Survey", entityId: survey.id, action: "create", after: { name: input.name, year: input.year, sentCount: input.sentCount, statements: statementIds.length } });
    return survey;
  });
}

async function insertResponses(tx: Tx, ctx: TenantCtx, surveyId: string, responses: ParsedResponse[], respondedOn: Date | null): Promise<void> {
  const rows = responses.map((response) => ({ ...response, id: randomUUID() }));
  await tx.surveyResponse.createMany({
    data: rows.map((row) => ({ tenantId: ctx.tenantId, id: row.id, surveyId, serviceTypeId: row.serviceTypeId, providerId: row.providerId, gender: row.gender, ageBand: row.ageBand, respondedOn })),
  });
  await tx.surveyAnswer.createMany({
    data: rows.flatMap((row) => Object.entries(row.scores).map(([statementId, score]) => ({ tenantId: ctx.tenantId, responseId: row.id, statementId, score }))),
  });
}

async function surveyForWriting(tx: Tx, ctx: TenantCtx, surveyId: string) {
  const survey = await tx.survey.findUnique({
    where: { tenantId_id: { tenantId: ctx.tenantId, id: surveyId } },
    select: { id: true, sentCount: true, items: { select: { statement: { select: { id: true, code: true, text: true } } } }, _count: { select: { responses: true } } },
  });
  if (!survey) throw new AppError("NOT_FOUND");
  return survey;
}

const tooMany = (responses: number, sent: number) =>
  new AppError("INVALID", `Enkäten skickades till ${sent}, men den skulle då ha ${responses} svar. Kontrollera filen eller antalet som fick enkäten.`);

export type SurveyImportResult = { status: "imported"; imported: number; replaced: number } | { status: "invalid"; errors: RowError[] };

/**
 * Imports responses from spreadsheet rows, replacing the survey's responses or adding to them.
 * Every row is checked first; nothing is saved unless all are right. Audited.
 */
export async function importSurveyResponses(ctx: TenantCtx, surveyId: string, rows: Record<string, string>[], mode: "replace" | "append", fileName: string): Promise<SurveyImportResult> {
  return withTenant(ctx.tenantId, async (tx) => {
    const survey = await surveyForWriting(tx, ctx, surveyId);
    const serviceTypes = await tx.serviceType.findMany({ where: { tenantId: ctx.tenantId }, select: { id: true, code: true, name: true } });
    const providers = await tx.provider.findMany({ where: { tenantId: ctx.tenantId }, select: { id: true, name: true } });
    const parsed = parseSurveyRows(rows, { statements: survey.items.map((item) => item.statement), serviceTypes, providers });
    if (parsed.errors.length) return { status: "invalid", errors: parsed.errors };
    const total = parsed.responses.length + (mode === "append" ? survey._count.responses : 0);
    if (total > survey.sentCount) throw tooMany(total, survey.sentCount);
    const replaced = mode === "replace" ? (await tx.surveyResponse.deleteMany({ where: { tenantId: ctx.tenantId, surveyId } })).count : 0;
    await insertResponses(tx, ctx, surveyId, parsed.responses, null);
    const result = { imported: parsed.responses.length, replaced };
    await recordAudit(tx, ctx, { entity: "Survey", entityId: surveyId, action: "importResponses", after: { ...result, mode, file: fileName.slice(0, 200) } });
    return { status: "imported", ...result };
  });
}

/** Adds one respondent entered by hand. Audited. */
export async function addSurveyResponse(ctx: TenantCtx, input: AddSurveyResponseInput): Promise<void> {
  await withTenant(ctx.tenantId, async (tx) => {
    const survey = await surveyForWriting(tx, ctx, input.surveyId);
    const statementIds = new Set(survey.items.map((item) => item.statement.id));
    if (Object.keys(input.scores).some((id) => !statementIds.has(id))) throw new AppError("INVALID", "Ett påstående hör inte till enkäten. Ladda om sidan.");
    if (input.serviceTypeId && !(await tx.serviceType.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.serviceTypeId } }, select: { id: true } }))) {
      throw new AppError("INVALID", "Placeringsformen finns inte. Ladda om sidan.");
    }
    if (input.providerId && !(await tx.provider.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.providerId } }, select: { id: true } }))) {
      throw new AppError("INVALID", "Utföraren finns inte. Ladda om sidan.");
    }
    if (survey._count.responses + 1 > survey.sentCount) throw tooMany(survey._count.responses + 1, survey.sentCount);
    const response: ParsedResponse = { serviceTypeId: input.serviceTypeId ?? null, providerId: input.providerId ?? null, gender: input.gender ?? null, ageBand: input.ageBand ?? null, scores: input.scores };
    await insertResponses(tx, ctx, survey.id, [response], new Date());
    await recordAudit(tx, ctx, { entity: "Survey", entityId: survey.id, action: "addResponse", after: { statements: Object.keys(input.scores).length } });
  });
}
