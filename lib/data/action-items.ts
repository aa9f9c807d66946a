import "server-only";
import { decide } from "@/lib/auth/policy";
import { withTenant, type Tx } from "@/lib/db/tenant";
import { checkTransition, displayStatus, type ActionActor, type ActionStatus, type StoredActionStatus } from "@/lib/domain/actions";
import { AppError } from "@/lib/errors";
import { appUrl } from "@/lib/env";
import { formatDate, parseDate } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CreateActionInput, EditActionInput, PlanActionInput, RequestActionPlanInput, UpdateActionInput } from "@/lib/validation/action";
import { recordAudit } from "./audit";
import { enqueueEmail } from "./outbox";
import type { TenantCtx } from "./tenant-context";

export interface ActionRow {
  id: string;
  description: string;
  providerId: string | null;
  providerName: string | null;
  cycleName: string | null;
  requirement: string | null;
  origin: "dialogue" | "actionPlan" | "qualityPlan" | "other";
  ownerSide: "PROVIDER" | "MUNICIPALITY";
  ownerName: string | null;
  dueOn: string | null;
  status: ActionStatus;
  shownStatus: ActionStatus;
  version: number;
  updatedAt: Date;
}

export type ActionView = "mine" | "overdue" | "all";

const ROW_SELECT = {
  id: true,
  description: true,
  providerId: true,
  dialogueId: true,
  actionPlanId: true,
  riskId: true,
  ownerSide: true,
  ownerName: true,
  ownerUserId: true,
  dueOn: true,
  status: true,
  version: true,
  updatedAt: true,
  provider: { select: { name: true } },
  cycle: { select: { name: true } },
  requirement: { select: { code: true, title: true } },
} satisfies Prisma.ActionItemSelect;

type LoadedRow = Prisma.ActionItemGetPayload<{ select: typeof ROW_SELECT }>;

function toRow(row: LoadedRow, today: Date): ActionRow {
  return {
    id: row.id,
    description: row.description,
    providerId: row.providerId,
    providerName: row.provider?.name ?? null,
    cycleName: row.cycle?.name ?? null,
    requirement: row.requirement ? `${row.requirement.code} ${row.requirement.title}` : null,
    origin: row.dialogueId ? "dialogue" : row.actionPlanId ? "actionPlan" : row.riskId ? "qualityPlan" : "other",
    ownerSide: row.ownerSide,
    ownerName: row.ownerName,
    dueOn: row.dueOn ? formatDate(row.dueOn) : null,
    status: row.status,
    shownStatus: displayStatus(row, today),
    version: row.version,
    updatedAt: row.updatedAt,
  };
}

/** Actions whose owner the actor is: the provider's actions for provider users, their own for municipal staff. */
function mineFilter(ctx: TenantCtx): Prisma.ActionItemWhereInput {
  return ctx.role === "PROVIDER" ? { providerId: ctx.providerId, ownerSide: "PROVIDER" } : { ownerUserId: ctx.userId };
}

/**
 * Actions for the lists: the actor's own, the overdue ones, or all; provider users only ever see
 * their own provider's. Overdue means past the due date and not done (the same rule as the
 * traffic light).
 */
export async function listActions(ctx: TenantCtx, view: ActionView, options: { providerId?: string; today?: Date } = {}): Promise<ActionRow[]> {
  const today = options.today ?? new Date();
  const todayStart = parseDate(formatDate(today));
  const where: Prisma.ActionItemWhereInput = {
    tenantId: ctx.tenantId,
    ...(ctx.role === "PROVIDER" ? { providerId: ctx.providerId ?? "00000000-0000-0000-0000-000000000000" } : options.providerId ? { providerId: options.providerId } : {}),
    ...(view === "mine" ? mineFilter(ctx) : {}),
    ...(view === "overdue" ? { status: { not: "DONE" }, dueOn: { lt: todayStart } } : {}),
  };
  const rows = await withTenant(ctx.tenantId, (tx) => tx.actionItem.findMany({ where, select: ROW_SELECT, orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }], take: 1000 }));
  return rows.map((row) => toRow(row, today));
}

export interface ActionDetail extends ActionRow {
  dialogueId: string | null;
  actionPlanId: string | null;
  updates: { id: string; note: string; newStatus: ActionStatus | null; createdAt: Date; authorName: string | null }[];
  evidence: { id: string; fileName: string; sizeBytes: number }[];
  /** What the actor may do with it. */
  may: { report: boolean; steer: boolean };
}

async function loadAction(tx: Tx, ctx: TenantCtx, id: string) {
  const action = await tx.actionItem.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id } }, select: { ...ROW_SELECT, updates: { orderBy: { createdAt: "desc" } }, attachments: { where: { deletedAt: null }, select: { id: true, fileName: true, sizeBytes: true } } } });
  if (!action) throw new AppError("NOT_FOUND");
  // Municipal staff read every action; provider users only their own provider's.
  const readable = decide(ctx, "action.read", { tenantId: ctx.tenantId, providerId: action.providerId });
  if (readable !== "allow") throw new AppError("NOT_FOUND");
  return action;
}

/** The actor's part in an action: STEERING (quality developer), OWNER (responsible side), or none. */
function actorKind(ctx: TenantCtx, action: { providerId: string | null; ownerSide: "PROVIDER" | "MUNICIPALITY"; ownerUserId: string | null }): ActionActor | null {
  if (decide(ctx, "action.manage") === "allow") return "STEERING";
  if (decide(ctx, "action.update", { tenantId: ctx.tenantId, providerId: action.providerId }) !== "allow") return null;
  if (ctx.role === "PROVIDER") return action.ownerSide === "PROVIDER" ? "OWNER" : null;
  return action.ownerSide === "MUNICIPALITY" && action.ownerUserId === ctx.userId ? "OWNER" : null;
}

export async function getAction(ctx: TenantCtx, id: string, today = new Date()): Promise<ActionDetail> {
  return withTenant(ctx.tenantId, async (tx) => {
    const action = await loadAction(tx, ctx, id);
    const authorIds = [...new Set(action.updates.flatMap((update) => (update.authorId ? [update.authorId] : [])))];
    const authors = new Map((await tx.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } })).map((user) => [user.id, user.name]));
    const kind = actorKind(ctx, action);
    return {
      ...toRow(action, today),
      dialogueId: action.dialogueId,
      actionPlanId: action.actionPlanId,
      updates: action.updates.map((update) => ({ id: update.id, note: update.note, newStatus: update.newStatus, createdAt: update.createdAt, authorName: update.authorId ? (authors.get(update.authorId) ?? null) : null })),
      evidence: action.attachments,
      may: { report: kind !== null, steer: kind === "STEERING" },
    };
  });
}

/** Loads an action for a change by `ctx`, or refuses: not found for those who may not read it, forbidden for readers who may not change it. */
export async function loadActionForUpdate(tx: Tx, ctx: TenantCtx, id: string) {
  const action = await loadAction(tx, ctx, id);
  const kind = actorKind(ctx, action);
  if (!kind) throw new AppError("FORBIDDEN", "Bara den som ansvarar för åtgärden eller kvalitetsutvecklaren kan ändra den.");
  return { action, kind };
}

/**
 * Progress on an action: a note, and a status the actor may set (owners forward only). The
 * version must be the one the person saw; otherwise someone else changed it first. Audited.
 */
export async function updateActionProgress(ctx: TenantCtx, input: UpdateActionInput): Promise<{ version: number }> {
  return withTenant(ctx.tenantId, async (tx) => {
    const { action, kind } = await loadActionForUpdate(tx, ctx, input.actionId);
    const from = (action.status === "DELAYED" ? "IN_PROGRESS" : action.status) as StoredActionStatus;
    const check = checkTransition(from, input.status, kind);
    if (!check.ok) throw new AppError("INVALID", check.message);
    const updated = await tx.actionItem.updateMany({
      where: { tenantId: ctx.tenantId, id: action.id, version: input.version },
      data: { status: input.status, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", "Åtgärden har ändrats av någon annan sedan du öppnade den. Ladda om sidan och försök igen.");
    await tx.actionUpdate.create({ data: { tenantId: ctx.tenantId, actionItemId: action.id, authorId: ctx.userId, note: input.note, newStatus: input.status === action.status ? null : input.status } });
    await recordAudit(tx, ctx, { entity: "ActionItem", entityId: action.id, action: "progress", before: { status: action.status }, after: { status: input.status, note: input.note } });
    return { version: input.version + 1 };
  });
}

/** The quality developer changes the action itself: what, who and by when. Audited. */
export async function editAction(ctx: TenantCtx, input: EditActionInput): Promise<void> {
  await withTenant(ctx.tenantId, async (tx) => {
    const { action, kind } = await loadActionForUpdate(tx, ctx, input.actionId);
    if (kind !== "STEERING") throw new AppError("FORBIDDEN", "Bara kvalitetsutvecklaren kan ändra åtgärdens innehåll och datum.");
    const data = { description: input.description, ownerName: input.ownerName ?? null, dueOn: input.dueOn ? parseDate(input.dueOn) : null };
    const updated = await tx.actionItem.updateMany({ where: { tenantId: ctx.tenantId, id: action.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
    if (updated.count === 0) throw new AppError("CONFLICT", "Åtgärden har ändrats av någon annan sedan du öppnade den. Ladda om sidan och försök igen.");
    await recordAudit(tx, ctx, { entity: "ActionItem", entityId: action.id, action: "edit", before: { description: action.description, ownerName: action.ownerName, dueOn: action.dueOn }, after: data });
  });
}

/**
 * Records a decision as an action: from an agenda item of a dialogue (provider and cycle from the
 * dialogue) or for a risk of the quality plan (the municipality's own). Audited.
 */
export async function createAction(ctx: TenantCtx, input: CreateActionInput): Promise<{ id: string }> {
  return withTenant(ctx.tenantId, async (tx) => {
    let scope: { providerId: string | null; cycleId: string | null; dialogueId: string | null; agendaItemId: string | null; riskId: string | null; requirementId: string | null } = {
      providerId: null,
      cycleId: null,
      dialogueId: null,
      agendaItemId: null,
      riskId: null,
      requirementId: input.requirementId ?? null,
    };
    if (input.dialogueId) {
      const dialogue = await tx.qualityDialogue.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.dialogueId } }, select: { id: true, providerId: true, cycleId: true, agendaItems: { select: { id: true, requirementId: true } } } });
      if (!dialogue) throw new AppError("NOT_FOUND");
      const item = input.agendaItemId ? dialogue.agendaItems.find((candidate) => candidate.id === input.agendaItemId) : undefined;
      if (input.agendaItemId && !item) throw new AppError("NOT_FOUND", "Dagordningspunkten finns inte längre. Ladda om sidan.");
      scope = { ...scope, providerId: dialogue.providerId, cycleId: dialogue.cycleId, dialogueId: dialogue.id, agendaItemId: item?.id ?? null, requirementId: scope.requirementId ?? item?.requirementId ?? null };
    } else if (input.riskId) {
      const risk = await tx.qualityRisk.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.riskId } }, select: { id: true } });
      if (!risk) throw new AppError("NOT_FOUND");
      if (input.ownerSide !== "MUNICIPALITY") throw new AppError("INVALID", "Kvalitetsplanens åtgärder ägs av kommunen.");
      scope = { ...scope, riskId: risk.id };
    }
    let ownerName = input.ownerName ?? null;
    if (input.ownerUserId) {
      const owner = await tx.membership.findFirst({ where: { tenantId: ctx.tenantId, userId: input.ownerUserId, isActive: true, role: { not: "PROVIDER" } }, select: { user: { select: { name: true } } } });
      if (!owner || input.ownerSide !== "MUNICIPALITY") throw new AppError("INVALID", "Ansvarig ska vara en medarbetare i kommunen.");
      ownerName = ownerName ?? owner.user.name;
    }
    const created = await tx.actionItem.create({
      data: {
        tenantId: ctx.tenantId,
        ...scope,
        description: input.description,
        ownerSide: input.ownerSide,
        ownerUserId: input.ownerSide === "MUNICIPALITY" ? (input.ownerUserId ?? null) : null,
        ownerName,
        dueOn: input.dueOn ? parseDate(input.dueOn) : null,
      },
      select: { id: true },
    });
    await recordAudit(tx, ctx, { entity: "ActionItem", entityId: created.id, action: "create", after: { ...scope, description: input.description, ownerSide: input.ownerSide, dueOn: input.dueOn } });
    return created;
  });
}

// ─── Action plans (åtgärdsplan) ────────────────────────────────────────────

export interface ActionPlanView {
  id: string;
  cycleName: string;
  providerId: string;
  providerName: string;
  status: "REQUESTED" | "SUBMITTED" | "ACCEPTED";
  dueOn: string;
  note: string | null;
  actions: ActionRow[];
}

/** The action plans of a provider (or every provider's for staff), newest first. */
export async function listActionPlans(ctx: TenantCtx, providerId?: string): Promise<ActionPlanView[]> {
  const scopedProvider = ctx.role === "PROVIDER" ? (ctx.providerId ?? "00000000-0000-0000-0000-000000000000") : providerId;
  const today = new Date();
  const plans = await withTenant(ctx.tenantId, (tx) =>
    tx.actionPlan.findMany({
      where: { tenantId: ctx.tenantId, providerId: scopedProvider },
      orderBy: { requestedAt: "desc" },
      select: { id: true, status: true, dueOn: true, note: true, providerId: true, cycle: { select: { name: true } }, provider: { select: { name: true } }, actionItems: { select: ROW_SELECT, orderBy: { createdAt: "asc" } } },
    }),
  );
  return plans.map((plan) => ({
    id: plan.id,
    cycleName: plan.cycle.name,
    providerId: plan.providerId,
    providerName: plan.provider.name,
    status: plan.status,
    dueOn: formatDate(plan.dueOn),
    note: plan.note,
    actions: plan.actionItems.map((row) => toRow(row, today)),
  }));
}

/** The quality developer asks a provider for an action plan by a date; the provider's users are told by e-mail. Audited. */
export async function requestActionPlan(ctx: TenantCtx, input: RequestActionPlanInput): Promise<{ id: string }> {
  return withTenant(ctx.tenantId, async (tx) => {
    const inCycle = await tx.cycleProvider.findFirst({ where: { tenantId: ctx.tenantId, cycleId: input.cycleId, providerId: input.providerId }, select: { provider: { select: { name: true } }, cycle: { select: { name: true } } } });
    if (!inCycle) throw new AppError("INVALID", "Utföraren följs inte upp i den här uppföljningen.");
    const open = await tx.actionPlan.findFirst({ where: { tenantId: ctx.tenantId, cycleId: input.cycleId, providerId: input.providerId, status: { not: "ACCEPTED" } }, select: { id: true } });
    if (open) throw new AppError("CONFLICT", "Utföraren har redan en begärd åtgärdsplan i den här uppföljningen.");
    const plan = await tx.actionPlan.create({ data: { tenantId: ctx.tenantId, cycleId: input.cycleId, providerId: input.providerId, dueOn: parseDate(input.dueOn), note: input.note }, select: { id: true } });
    const recipients = await tx.membership.findMany({ where: { tenantId: ctx.tenantId, role: "PROVIDER", providerId: input.providerId, isActive: true }, select: { user: { select: { email: true, name: true } } } });
    for (const { user } of recipients) {
      await enqueueEmail(tx, ctx.tenantId, "action-plan-request", {
        to: user.email,
        subject: `Begäran om åtgärdsplan senast ${input.dueOn}`,
        text: `Hej ${user.name}!\n\nKommunen ber ${inCycle.provider.name} om en åtgärdsplan i ${inCycle.cycle.name}, senast ${input.dueOn}.\n\n${input.note}\n\nSkriv planen här: ${appUrl("/atgarder")}`,
      });
    }
    await recordAudit(tx, ctx, { entity: "ActionPlan", entityId: plan.id, action: "request", after: input });
    return plan;
  });
}

async function loadPlanForProvider(tx: Tx, ctx: TenantCtx, actionPlanId: string) {
  const plan = await tx.actionPlan.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: actionPlanId } }, select: { id: true, providerId: true, cycleId: true, status: true, _count: { select: { actionItems: true } } } });
  if (!plan || decide(ctx, "actionPlan.submit", { tenantId: ctx.tenantId, providerId: plan.providerId }) !== "allow") throw new AppError("NOT_FOUND");
  if (plan.status !== "REQUESTED") throw new AppError("INVALID", "Åtgärdsplanen är redan inskickad.");
  return plan;
}

/** The provider writes an action into a requested plan. Audited. */
export async function addPlanAction(ctx: TenantCtx, input: PlanActionInput): Promise<{ id: string }> {
  return withTenant(ctx.tenantId, async (tx) => {
    const plan = await loadPlanForProvider(tx, ctx, input.actionPlanId);
    const created = await tx.actionItem.create({
      data: { tenantId: ctx.tenantId, providerId: plan.providerId, cycleId: plan.cycleId, actionPlanId: plan.id, requirementId: input.requirementId ?? null, description: input.description, ownerSide: "PROVIDER", ownerName: input.ownerName ?? null, dueOn: parseDate(input.dueOn) },
      select: { id: true },
    });
    await recordAudit(tx, ctx, { entity: "ActionItem", entityId: created.id, action: "create", after: { actionPlanId: plan.id, description: input.description, dueOn: input.dueOn } });
    return created;
  });
}

/** The provider sends in the plan once it has at least one action. Audited. */
export async function submitActionPlan(ctx: TenantCtx, actionPlanId: string): Promise<void> {
  await withTenant(ctx.tenantId, async (tx) => {
    const plan = await loadPlanForProvider(tx, ctx, actionPlanId);
    if (plan._count.actionItems === 0) throw new AppError("INVALID", "Lägg till minst en åtgärd innan planen skickas in.");
    await tx.actionPlan.update({ where: { tenantId_id: { tenantId: ctx.tenantId, id: plan.id } }, data: { status: "SUBMITTED" } });
    await recordAudit(tx, ctx, { entity: "ActionPlan", entityId: plan.id, action: "submit", before: { status: "REQUESTED" }, after: { status: "SUBMITTED" } });
  });
}

/** The quality developer accepts a submitted plan. Audited. */
export async function acceptActionPlan(ctx: TenantCtx, actionPlanId: string): Promise<void> {
  await withTenant(ctx.tenantId, async (tx) => {
    const plan = await tx.actionPlan.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: actionPlanId } }, select: { id: true, status: true } });
    if (!plan) throw new AppError("NOT_FOUND");
    if (plan.status !== "SUBMITTED") throw new AppError("INVALID", "Bara en inskickad åtgärdsplan kan godkännas.");
    await tx.actionPlan.update({ where: { tenantId_id: { tenantId: ctx.tenantId, id: plan.id } }, data: { status: "ACCEPTED" } });
    await recordAudit(tx, ctx, { entity: "ActionPlan", entityId: plan.id, action: "accept", before: { status: "SUBMITTED" }, after: { status: "ACCEPTED" } });
  });
}
