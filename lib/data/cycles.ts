import "server-only";
import { withTenant, type Tx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { formatDate, parseDate } from "@/lib/format";
import type { CreateCycleInput } from "@/lib/validation/cycles";
import { recordAudit } from "./audit";
import { enqueueEmail } from "./outbox";
import type { TenantCtx } from "./tenant-context";

export async function listPublishedVersions(ctx: TenantCtx): Promise<{ id: string; label: string }[]> {
  const rows = await withTenant(ctx.tenantId, (tx) =>
    tx.questionnaireVersion.findMany({
      where: { tenantId: ctx.tenantId, status: "PUBLISHED" },
      orderBy: [{ template: { name: "asc" } }, { number: "desc" }],
      select: { id: true, number: true, template: { select: { name: true } } },
    }),
  );
  return rows.map((row) => ({ id: row.id, label: `${row.template.name}, version ${row.number}` }));
}

/** Creates a cycle in planning with its providers; nothing is sent until it is opened. */
export async function createCycle(ctx: TenantCtx, input: CreateCycleInput): Promise<{ id: string }> {
  return withTenant(ctx.tenantId, async (tx) => {
    const version = await tx.questionnaireVersion.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.templateVersionId } }, select: { status: true } });
    if (version?.status !== "PUBLISHED") throw new AppError("INVALID", "Välj en publicerad enkätversion.");
    const providerIds = [...new Set(input.providerIds)];
    const found = await tx.provider.count({ where: { tenantId: ctx.tenantId, id: { in: providerIds } } });
    if (found !== providerIds.length) throw new AppError("INVALID", "En eller flera utförare finns inte i kommunen.");
    if (await tx.followUpCycle.findFirst({ where: { tenantId: ctx.tenantId, name: input.name }, select: { id: true } })) {
      throw new AppError("CONFLICT", "Det finns redan en uppföljning med det namnet.");
    }
    const cycle = await tx.followUpCycle.create({
      data: {
        tenantId: ctx.tenantId,
        name: input.name,
        serviceArea: input.serviceArea,
        year: input.year,
        periodStart: parseDate(input.periodStart),
        periodEnd: parseDate(input.periodEnd),
        selfAssessmentDueOn: parseDate(input.selfAssessmentDueOn),
        assessmentDueOn: parseDate(input.assessmentDueOn),
        templateVersionId: input.templateVersionId,
        providerCountAtSelection: await tx.provider.count({ where: { tenantId: ctx.tenantId, isActive: true } }),
        providers: { create: providerIds.map((providerId) => ({ providerId, reasons: ["MANUAL" as const] })) },
      },
      select: { id: true },
    });
    await recordAudit(tx, ctx, { entity: "FollowUpCycle", entityId: cycle.id, action: "create", after: { ...input, providerIds } });
    return cycle;
  });
}

/**
 * Opens a cycle: every selected provider gets a self-assessment, started from the answers of its
 * latest earlier self-assessment (matched by question key), and an invitation by e-mail.
 */
export async function openCycle(ctx: TenantCtx, cycleId: string, link: (selfAssessmentId: string) => string): Promise<{ opened: number; carriedForward: number }> {
  return withTenant(ctx.tenantId, async (tx) => {
    const cycle = await tx.followUpCycle.findUnique({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: cycleId } },
      select: {
        id: true,
        name: true,
        status: true,
        selfAssessmentDueOn: true,
        templateVersionId: true,
        providers: { select: { providerId: true, provider: { select: { name: true, contactEmail: true } } } },
      },
    });
    if (!cycle) throw new AppError("NOT_FOUND");
    if (cycle.status !== "PLANNING") throw new AppError("CONFLICT", "Uppföljningen är redan öppnad.");
    if (!cycle.templateVersionId) throw new AppError("INVALID", "Uppföljningen saknar enkät.");
    const questions = await tx.question.findMany({ where: { tenantId: ctx.tenantId, versionId: cycle.templateVersionId }, select: { id: true, key: true, type: true } });

    let carriedForward = 0;
    for (const { providerId, provider } of cycle.providers) {
      const previous = await tx.selfAssessment.findFirst({
        where: { tenantId: ctx.tenantId, providerId, cycleId: { not: cycle.id } },
        orderBy: { cycle: { periodStart: "desc" } },
        select: { id: true, answers: { select: { value: true, question: { select: { key: true } } } } },
      });
      const assessment = await tx.selfAssessment.upsert({
        where: { tenantId_cycleId_providerId: { tenantId: ctx.tenantId, cycleId: cycle.id, providerId } },
        create: { tenantId: ctx.tenantId, cycleId: cycle.id, providerId, copiedFromId: previous?.id ?? null },
        update: {},
        select: { id: true },
      });
      carriedForward += await carryForward(tx, ctx.tenantId, assessment.id, questions, previous?.answers ?? []);
      const recipients = await tx.membership.findMany({
        where: { tenantId: ctx.tenantId, providerId, role: "PROVIDER", isActive: true, user: { isActive: true } },
        select: { user: { select: { email: true } } },
      });
      const addresses = recipients.map((row) => row.user.email);
      if (addresses.length === 0 && provider.contactEmail) addresses.push(provider.contactEmail);
      for (const to of addresses) {
        await enqueueEmail(tx, ctx.tenantId, "CYCLE_INVITATION", {
          to,
          subject: `Dags för egenrapportering: ${cycle.name}`,
          text: `Hej!\n\n${provider.name} är utvald till kommunens kvalitetsuppföljning ${cycle.name}. Fyll i egenrapporteringen senast ${formatDate(cycle.selfAssessmentDueOn)}.${previous ? " Förra årets svar är ifyllda som utgångspunkt; se över och uppdatera dem." : ""}\n\n${link(assessment.id)}`,
        });
      }
    }
    await tx.followUpCycle.update({ where: { tenantId_id: { tenantId: ctx.tenantId, id: cycle.id } }, data: { status: "OPEN" } });
    await recordAudit(tx, ctx, { entity: "FollowUpCycle", entityId: cycle.id, action: "open", before: { status: "PLANNING" }, after: { status: "OPEN", providers: cycle.providers.length } });
    return { opened: cycle.providers.length, carriedForward };
  });
}

/** Copies earlier answers onto questions with the same key and type; files are not copied. */
async function carryForward(
  tx: Tx,
  tenantId: string,
  selfAssessmentId: string,
  questions: { id: string; key: string; type: string }[],
  previous: { value: Prisma.JsonValue; question: { key: string } }[],
): Promise<number> {
  const byKey = new Map(previous.filter((answer) => answer.value !== null).map((answer) => [answer.question.key, answer.value]));
  const data = questions
    .filter((question) => question.type !== "FILE" && byKey.has(question.key))
    .map((question) => ({ tenantId, selfAssessmentId, questionId: question.id, value: byKey.get(question.key) as Prisma.InputJsonValue }));
  if (data.length === 0) return 0;
  return (await tx.answer.createMany({ data, skipDuplicates: true })).count;
}
