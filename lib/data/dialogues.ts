import "server-only";
import { decide } from "@/lib/auth/policy";
import { withTenant, type Tx } from "@/lib/db/tenant";
import { newProposals, proposeAgenda, type AgendaSource } from "@/lib/domain/agenda";
import type { ActionStatus } from "@/lib/domain/actions";
import { AppError } from "@/lib/errors";
import { appUrl } from "@/lib/env";
import { invitationIcs } from "@/lib/export/calendar";
import { formatDate, formatDateTime, stockholmInstant } from "@/lib/format";
import type { AgendaItemInput, ScheduleDialogueInput } from "@/lib/validation/dialogue";
import { recordAudit } from "./audit";
import { enqueueEmail } from "./outbox";
import type { TenantCtx } from "./tenant-context";

/** Questions whose answers are the provider's own improvement areas (a convention of the question key). */
const IMPROVEMENT_AREA_KEY = "forbattringsomraden";

export interface DialogueView {
  id: string;
  cycleId: string;
  cycleName: string;
  providerId: string;
  providerName: string;
  startsAt: Date;
  durationMinutes: number;
  meetingUrl: string | null;
  status: "PLANNED" | "HELD" | "CANCELLED";
  summary: string | null;
  participants: { id: string; name: string; email: string | null; side: "PROVIDER" | "MUNICIPALITY"; roleTitle: string | null }[];
  agenda: { id: string; source: AgendaSource; title: string; notes: string | null; requirementId: string | null }[];
  actions: { id: string; agendaItemId: string | null; description: string; ownerSide: "PROVIDER" | "MUNICIPALITY"; ownerName: string | null; dueOn: Date | null; status: ActionStatus }[];
}

async function loadDialogue(tx: Tx, ctx: TenantCtx, id: string) {
  const dialogue = await tx.qualityDialogue.findUnique({
    where: { tenantId_id: { tenantId: ctx.tenantId, id } },
    include: {
      cycle: { select: { name: true } },
      provider: { select: { name: true } },
      participants: { orderBy: [{ side: "desc" }, { name: "asc" }] },
      agendaItems: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }] },
      actionItems: { orderBy: { createdAt: "asc" } },
    },
  });
  if (!dialogue || decide(ctx, "dialogue.read", { tenantId: ctx.tenantId, providerId: dialogue.providerId }) !== "allow") throw new AppError("NOT_FOUND");
  return dialogue;
}

/** One dialogue with its participants, agenda and decisions; provider users see their own provider's only. */
export async function getDialogue(ctx: TenantCtx, id: string): Promise<DialogueView> {
  const dialogue = await withTenant(ctx.tenantId, (tx) => loadDialogue(tx, ctx, id));
  return {
    id: dialogue.id,
    cycleId: dialogue.cycleId,
    cycleName: dialogue.cycle.name,
    providerId: dialogue.providerId,
    providerName: dialogue.provider.name,
    startsAt: dialogue.startsAt,
    durationMinutes: dialogue.durationMinutes,
    meetingUrl: dialogue.meetingUrl,
    status: dialogue.status,
    summary: dialogue.summary,
    participants: dialogue.participants.map(({ id: participantId, name, email, side, roleTitle }) => ({ id: participantId, name, email, side, roleTitle })),
    agenda: dialogue.agendaItems.map(({ id: itemId, source, title, notes, requirementId }) => ({ id: itemId, source, title, notes, requirementId })),
    actions: dialogue.actionItems.map(({ id: actionId, agendaItemId, description, ownerSide, ownerName, dueOn, status }) => ({ id: actionId, agendaItemId, description, ownerSide, ownerName, dueOn, status })),
  };
}

export interface CycleDialogueRow {
  providerId: string;
  providerName: string;
  dialogue: { id: string; startsAt: Date; status: "PLANNED" | "HELD" | "CANCELLED"; openActions: number } | null;
}

/** The cycle's followed-up providers, each with its latest dialogue (if any); null when the tenant has no such cycle. */
export async function listCycleDialogues(ctx: TenantCtx, cycleId: string): Promise<{ cycle: { id: string; name: string; year: number }; rows: CycleDialogueRow[] } | null> {
  return withTenant(ctx.tenantId, async (tx) => {
    const cycle = await tx.followUpCycle.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: cycleId } }, select: { id: true, name: true, year: true } });
    if (!cycle) return null;
    const providers = await tx.cycleProvider.findMany({ where: { tenantId: ctx.tenantId, cycleId }, select: { provider: { select: { id: true, name: true } } }, orderBy: { provider: { name: "asc" } } });
    const dialogues = await tx.qualityDialogue.findMany({
      where: { tenantId: ctx.tenantId, cycleId, status: { not: "CANCELLED" } },
      orderBy: { startsAt: "desc" },
      select: { id: true, providerId: true, startsAt: true, status: true, _count: { select: { actionItems: { where: { status: { not: "DONE" } } } } } },
    });
    const rows = providers.map(({ provider }) => {
      const latest = dialogues.find((dialogue) => dialogue.providerId === provider.id);
      return {
        providerId: provider.id,
        providerName: provider.name,
        dialogue: latest ? { id: latest.id, startsAt: latest.startsAt, status: latest.status, openActions: latest._count.actionItems } : null,
      };
    });
    return { cycle, rows };
  });
}

const ROLE_TITLES: Record<string, string> = { QUALITY_DEVELOPER: "Kvalitetsutvecklare", SOCIAL_SECRETARY: "Socialsekreterare", ADMIN: "Administratör", PROVIDER: "Utförare" };

/**
 * Schedules a dialogue with a provider followed up in the cycle: the organiser, the chosen staff,
 * the provider's own users and guests are invited by e-mail with a calendar file. Audited.
 */
export async function scheduleDialogue(ctx: TenantCtx, input: ScheduleDialogueInput): Promise<{ id: string }> {
  const startsAt = stockholmInstant(input.date, input.time);
  const id = await withTenant(ctx.tenantId, async (tx) => {
    const inCycle = await tx.cycleProvider.findFirst({ where: { tenantId: ctx.tenantId, cycleId: input.cycleId, providerId: input.providerId }, select: { provider: { select: { name: true } } } });
    if (!inCycle) throw new AppError("INVALID", "Utföraren följs inte upp i den här uppföljningen.");
    const planned = await tx.qualityDialogue.findFirst({ where: { tenantId: ctx.tenantId, cycleId: input.cycleId, providerId: input.providerId, status: "PLANNED" }, select: { id: true } });
    if (planned) throw new AppError("CONFLICT", "Det finns redan en planerad dialog med utföraren. Öppna den i stället.");

    const staffIds = [...new Set([ctx.userId, ...input.municipalUserIds])];
    const staff = await tx.membership.findMany({
      where: { tenantId: ctx.tenantId, isActive: true, userId: { in: staffIds }, role: { not: "PROVIDER" } },
      select: { userId: true, role: true, user: { select: { name: true, email: true } } },
    });
    if (staff.length !== staffIds.length) throw new AppError("INVALID", "Någon av de valda deltagarna finns inte längre i kommunen. Ladda om sidan.");
    const providerUsers = await tx.membership.findMany({
      where: { tenantId: ctx.tenantId, isActive: true, role: "PROVIDER", providerId: input.providerId },
      select: { userId: true, user: { select: { name: true, email: true } } },
    });
    const participants = [
      ...staff.map((member) => ({ userId: member.userId, name: member.user.name, email: member.user.email, side: "MUNICIPALITY" as const, roleTitle: ROLE_TITLES[member.role] ?? null })),
      ...providerUsers.map((member) => ({ userId: member.userId, name: member.user.name, email: member.user.email, side: "PROVIDER" as const, roleTitle: inCycle.provider.name })),
      ...input.guests.map((guest) => ({ userId: null, name: guest.name, email: guest.email, side: "PROVIDER" as const, roleTitle: "Gäst" })),
    ];
    const dialogue = await tx.qualityDialogue.create({
      data: {
        tenantId: ctx.tenantId,
        cycleId: input.cycleId,
        providerId: input.providerId,
        startsAt,
        durationMinutes: input.durationMinutes,
        meetingUrl: input.meetingUrl ?? null,
        participants: { create: participants },
      },
      select: { id: true },
    });
    const organiser = staff.find((member) => member.userId === ctx.userId)!;
    const ics = invitationIcs({
      uid: dialogue.id,
      sequence: 0,
      startsAt,
      durationMinutes: input.durationMinutes,
      summary: `Kvalitetsdialog: ${inCycle.provider.name}`,
      description: `Digital kvalitetsdialog om egenrapporteringen och bedömningen. Dagordningen finns på ${appUrl(`/dialoger/${dialogue.id}`)}.`,
      meetingUrl: input.meetingUrl ?? null,
      organizer: { name: organiser.user.name, email: organiser.user.email },
      attendees: participants.filter((participant) => participant.email).map((participant) => ({ name: participant.name, email: participant.email! })),
    });
    for (const participant of participants) {
      if (!participant.email || participant.userId === ctx.userId) continue;
      await enqueueEmail(tx, ctx.tenantId, "dialogue-invitation", {
        to: participant.email,
        subject: `Inbjudan: kvalitetsdialog med ${inCycle.provider.name} ${formatDateTime(startsAt)}`,
        text: [
          `Hej ${participant.name}!`,
          "",
          `Du är inbjuden till en digital kvalitetsdialog med ${inCycle.provider.name} ${formatDateTime(startsAt)} (${input.durationMinutes} minuter).`,
          input.meetingUrl ? `Anslut: ${input.meetingUrl}` : "Länken till mötet kommer senare.",
          participant.userId ? `Dagordning: ${appUrl(`/dialoger/${dialogue.id}`)}` : "",
          "",
          "Kalenderinbjudan finns som bilaga (kvalitetsdialog.ics).",
        ]
          .filter((line, index, lines) => line !== "" || lines[index - 1] !== "")
          .join("\n"),
        attachment: { fileName: "kvalitetsdialog.ics", contentType: "text/calendar; method=REQUEST; charset=utf-8", text: ics },
      });
    }
    await recordAudit(tx, ctx, { entity: "QualityDialogue", entityId: dialogue.id, action: "schedule", after: { providerId: input.providerId, startsAt, participants: participants.length } });
    return dialogue.id;
  });
  return { id };
}

/** The dialogue as a calendar file for download, for anyone who may read it. */
export async function dialogueCalendar(ctx: TenantCtx, id: string): Promise<string> {
  const dialogue = await withTenant(ctx.tenantId, (tx) => loadDialogue(tx, ctx, id));
  return invitationIcs({
    uid: dialogue.id,
    sequence: 0,
    startsAt: dialogue.startsAt,
    durationMinutes: dialogue.durationMinutes,
    summary: `Kvalitetsdialog: ${dialogue.provider.name}`,
    description: `Dagordning: ${dialogue.agendaItems.map((item) => item.title).join("; ") || "kommer"}.`,
    meetingUrl: dialogue.meetingUrl,
    organizer: { name: "Kvalitetsuppföljning", email: "noreply@kvalitetsuppfoljning.invalid" },
    attendees: dialogue.participants.filter((participant) => participant.email).map((participant) => ({ name: participant.name, email: participant.email! })),
    cancelled: dialogue.status === "CANCELLED",
  });
}

async function writableDialogue(tx: Tx, ctx: TenantCtx, id: string) {
  const dialogue = await loadDialogue(tx, ctx, id);
  if (dialogue.status === "CANCELLED") throw new AppError("INVALID", "Dialogen är inställd.");
  return dialogue;
}

/**
 * Adds to the agenda what the follow-up gives: requirements assessed Delvis or Ej uppnått,
 * actions still open from earlier cycles, the provider's own improvement areas and unanswered
 * required questions. What is already on the agenda is kept as edited; nothing is added twice.
 */
export async function generateAgenda(ctx: TenantCtx, dialogueId: string): Promise<{ added: number }> {
  return withTenant(ctx.tenantId, async (tx) => {
    const dialogue = await writableDialogue(tx, ctx, dialogueId);
    const where = { tenantId: ctx.tenantId, cycleId: dialogue.cycleId, providerId: dialogue.providerId };
    const shortfalls = await tx.assessment.findMany({
      where: { ...where, outcome: { in: ["PARTIALLY_ACHIEVED", "NOT_ACHIEVED"] } },
      select: { requirementId: true, outcome: true, motivation: true, requirement: { select: { code: true, title: true } } },
    });
    const openActions = await tx.actionItem.findMany({
      where: { tenantId: ctx.tenantId, providerId: dialogue.providerId, status: { not: "DONE" }, OR: [{ cycleId: null }, { cycleId: { not: dialogue.cycleId } }] },
      select: { description: true, requirementId: true, dueOn: true, status: true, cycle: { select: { name: true } } },
      orderBy: { dueOn: "asc" },
    });
    const selfAssessment = await tx.selfAssessment.findUnique({
      where: { tenantId_cycleId_providerId: { tenantId: ctx.tenantId, cycleId: dialogue.cycleId, providerId: dialogue.providerId } },
      select: { answers: { select: { questionId: true, value: true, question: { select: { key: true } } } }, cycle: { select: { templateVersionId: true } } },
    });
    const questions = selfAssessment?.cycle.templateVersionId
      ? await tx.question.findMany({ where: { tenantId: ctx.tenantId, versionId: selfAssessment.cycle.templateVersionId, isRequired: true, conditionQuestionId: null, type: { not: "FILE" } }, select: { id: true, text: true }, orderBy: { sortOrder: "asc" } })
      : [];
    const answered = new Set((selfAssessment?.answers ?? []).filter((answer) => hasValue(answer.value)).map((answer) => answer.questionId));
    const proposals = proposeAgenda({
      shortfalls: shortfalls.map((row) => ({ requirementId: row.requirementId, code: row.requirement.code, title: row.requirement.title, outcome: row.outcome as "PARTIALLY_ACHIEVED" | "NOT_ACHIEVED", motivation: row.motivation })),
      openActions: openActions.map((action) => ({ description: action.description, requirementId: action.requirementId, dueOn: action.dueOn ? formatDate(action.dueOn) : null, status: action.status, cycleName: action.cycle?.name ?? null })),
      improvementAreas: (selfAssessment?.answers ?? [])
        .filter((answer) => answer.question.key.startsWith(IMPROVEMENT_AREA_KEY) && typeof answer.value === "string")
        .map((answer) => ({ questionId: answer.questionId, answer: answer.value as string })),
      unanswered: selfAssessment ? questions.filter((question) => !answered.has(question.id)).map((question) => ({ questionId: question.id, text: question.text })) : [],
    });
    const fresh = newProposals(proposals, dialogue.agendaItems);
    const start = dialogue.agendaItems.reduce((max, item) => Math.max(max, item.sortOrder + 1), 0);
    await tx.agendaItem.createMany({ data: fresh.map((item, index) => ({ tenantId: ctx.tenantId, dialogueId, sortOrder: start + index, ...item })) });
    await recordAudit(tx, ctx, { entity: "QualityDialogue", entityId: dialogueId, action: "generateAgenda", after: { added: fresh.length } });
    return { added: fresh.length };
  });
}

function hasValue(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** Adds an agenda item, or changes one's title and notes (notes are taken during the meeting too). */
export async function saveAgendaItem(ctx: TenantCtx, input: AgendaItemInput): Promise<{ id: string }> {
  return withTenant(ctx.tenantId, async (tx) => {
    const dialogue = await writableDialogue(tx, ctx, input.dialogueId);
    const data = { title: input.title, notes: input.notes ?? null };
    if (input.itemId) {
      const item = dialogue.agendaItems.find((candidate) => candidate.id === input.itemId);
      if (!item) throw new AppError("NOT_FOUND");
      await tx.agendaItem.update({ where: { tenantId_id: { tenantId: ctx.tenantId, id: item.id } }, data });
      await recordAudit(tx, ctx, { entity: "AgendaItem", entityId: item.id, action: "update", before: { title: item.title, notes: item.notes }, after: data });
      return { id: item.id };
    }
    const sortOrder = dialogue.agendaItems.reduce((max, item) => Math.max(max, item.sortOrder + 1), 0);
    const created = await tx.agendaItem.create({ data: { tenantId: ctx.tenantId, dialogueId: dialogue.id, source: "MANUAL", sortOrder, ...data }, select: { id: true } });
    await recordAudit(tx, ctx, { entity: "AgendaItem", entityId: created.id, action: "create", after: data });
    return created;
  });
}

/** Removes an agenda item that no decision hangs on yet. */
export async function removeAgendaItem(ctx: TenantCtx, dialogueId: string, itemId: string): Promise<void> {
  await withTenant(ctx.tenantId, async (tx) => {
    const dialogue = await writableDialogue(tx, ctx, dialogueId);
    const item = dialogue.agendaItems.find((candidate) => candidate.id === itemId);
    if (!item) throw new AppError("NOT_FOUND");
    if (dialogue.actionItems.some((action) => action.agendaItemId === itemId)) throw new AppError("INVALID", "Punkten har beslutade åtgärder och kan inte tas bort.");
    await tx.agendaItem.delete({ where: { tenantId_id: { tenantId: ctx.tenantId, id: itemId } } });
    await recordAudit(tx, ctx, { entity: "AgendaItem", entityId: itemId, action: "remove", before: { title: item.title } });
  });
}

/** Moves an agenda item one place up or down. */
export async function moveAgendaItem(ctx: TenantCtx, dialogueId: string, itemId: string, direction: "up" | "down"): Promise<void> {
  await withTenant(ctx.tenantId, async (tx) => {
    const dialogue = await writableDialogue(tx, ctx, dialogueId);
    const items = dialogue.agendaItems;
    const index = items.findIndex((candidate) => candidate.id === itemId);
    if (index === -1) throw new AppError("NOT_FOUND");
    const other = direction === "up" ? index - 1 : index + 1;
    if (other < 0 || other >= items.length) return;
    const reordered = [...items];
    [reordered[index], reordered[other]] = [reordered[other]!, reordered[index]!];
    for (const [sortOrder, item] of reordered.entries()) {
      if (item.sortOrder !== sortOrder) await tx.agendaItem.update({ where: { tenantId_id: { tenantId: ctx.tenantId, id: item.id } }, data: { sortOrder } });
    }
  });
}

/** Marks the dialogue as held, with a summary. Audited. */
export async function completeDialogue(ctx: TenantCtx, dialogueId: string, summary: string): Promise<void> {
  await withTenant(ctx.tenantId, async (tx) => {
    const dialogue = await writableDialogue(tx, ctx, dialogueId);
    await tx.qualityDialogue.update({ where: { tenantId_id: { tenantId: ctx.tenantId, id: dialogue.id } }, data: { status: "HELD", summary } });
    await recordAudit(tx, ctx, { entity: "QualityDialogue", entityId: dialogue.id, action: "complete", before: { status: dialogue.status }, after: { status: "HELD", summary } });
  });
}
