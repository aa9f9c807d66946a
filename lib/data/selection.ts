import "server-only";
import { withTenant, type Tx } from "@/lib/db/tenant";
import { proposeSelection, type SelectionCandidate, type SelectionProposal } from "@/lib/domain/selection";
import { AppError } from "@/lib/errors";
import type { ConfirmSelectionInput } from "@/lib/validation/cycles";
import { recordAudit } from "./audit";
import type { TenantCtx } from "./tenant-context";
import { activeOn } from "./periods";

export interface SelectionWorkspace {
  cycle: { id: string; name: string; status: string; year: number; selectionSeed: string | null; selectionConfirmedAt: Date | null };
  candidates: SelectionCandidate[];
  proposal: SelectionProposal;
  /** Providers in the cycle now, with their stored reasons. */
  selected: Map<string, string[]>;
}

const RISK_KINDS = { DEVIATION: "deviations", COMPLAINT: "complaints", LEX_SARAH_REPORT: "lexSarah", LEX_SARAH_INVESTIGATION: "lexSarah" } as const;

/**
 * What the selection is made from: every active provider with its placements current at the
 * start of the cycle's period, its contract forms and the risk signals of the year before and the
 * cycle's year.
 */
async function loadCandidates(tx: Tx, ctx: TenantCtx, periodStart: Date, year: number): Promise<SelectionCandidate[]> {
  const providers = await tx.provider.findMany({
    where: { tenantId: ctx.tenantId, isActive: true },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      placements: {
        where: activeOn(periodStart),
        select: { ageBand: true, needsLevel: true, serviceType: { select: { code: true } } },
      },
      contracts: { where: activeOn(periodStart), select: { form: true } },
      deviations: { where: { year: { in: [year - 1, year] } }, select: { kind: true, count: true, hasFindings: true } },
    },
  });
  return providers.map((provider) => {
    const signals = { deviations: 0, complaints: 0, lexSarah: 0, ivoFindings: 0 };
    for (const record of provider.deviations) {
      if (record.kind === "IVO_DECISION" || record.kind === "IVO_INSPECTION") {
        if (record.hasFindings) signals.ivoFindings += record.count;
      } else {
        signals[RISK_KINDS[record.kind]] += record.count;
      }
    }
    return {
      id: provider.id,
      name: provider.name,
      placements: provider.placements.map((placement) => ({ ageBand: placement.ageBand, needsLevel: placement.needsLevel, serviceType: placement.serviceType.code })),
      contractForms: [...new Set(provider.contracts.map((contract) => contract.form))],
      signals,
    };
  });
}

/** The criteria per provider and the proposal for `seed` (the stored one when none is given). */
export async function getSelectionWorkspace(ctx: TenantCtx, cycleId: string, seed?: string): Promise<SelectionWorkspace | null> {
  return withTenant(ctx.tenantId, async (tx) => {
    const cycle = await tx.followUpCycle.findUnique({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: cycleId } },
      select: { id: true, name: true, status: true, year: true, periodStart: true, selectionSeed: true, selectionConfirmedAt: true, providers: { select: { providerId: true, reasons: true } } },
    });
    if (!cycle) return null;
    const candidates = await loadCandidates(tx, ctx, cycle.periodStart, cycle.year);
    const usedSeed = seed ?? cycle.selectionSeed ?? `${cycle.name}-${cycle.year}`;
    return {
      cycle: { id: cycle.id, name: cycle.name, status: cycle.status, year: cycle.year, selectionSeed: cycle.selectionSeed, selectionConfirmedAt: cycle.selectionConfirmedAt },
      candidates,
      proposal: proposeSelection(candidates, usedSeed),
      selected: new Map(cycle.providers.map((row) => [row.providerId, row.reasons])),
    };
  });
}

/**
 * Confirms the selection of a cycle still in planning. The reasons are recomputed from the seed on
 * the server: a proposed provider keeps its reasons, one added by hand gets "Valt av
 * kvalitetsutvecklare". Audited with the providers before and after.
 */
export async function confirmSelection(ctx: TenantCtx, input: ConfirmSelectionInput): Promise<{ selected: number }> {
  return withTenant(ctx.tenantId, async (tx) => {
    const cycle = await tx.followUpCycle.findUnique({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: input.cycleId } },
      select: { id: true, status: true, year: true, periodStart: true, providers: { select: { providerId: true, reasons: true } } },
    });
    if (!cycle) throw new AppError("NOT_FOUND");
    if (cycle.status !== "PLANNING") throw new AppError("CONFLICT", "Urvalet kan bara ändras innan uppföljningen öppnas.");
    const candidates = await loadCandidates(tx, ctx, cycle.periodStart, cycle.year);
    const known = new Set(candidates.map((candidate) => candidate.id));
    const providerIds = [...new Set(input.providerIds)];
    if (providerIds.some((id) => !known.has(id))) throw new AppError("INVALID", "En eller flera utförare finns inte bland kommunens aktiva utförare.");
    const proposal = proposeSelection(candidates, input.seed);
    const reasonsOf = new Map(proposal.proposals.map((entry) => [entry.providerId, entry.reasons]));

    await tx.cycleProvider.deleteMany({ where: { tenantId: ctx.tenantId, cycleId: cycle.id, providerId: { notIn: providerIds } } });
    for (const providerId of providerIds) {
      const reasons = reasonsOf.get(providerId) ?? ["MANUAL" as const];
      await tx.cycleProvider.upsert({
        where: { tenantId_cycleId_providerId: { tenantId: ctx.tenantId, cycleId: cycle.id, providerId } },
        create: { tenantId: ctx.tenantId, cycleId: cycle.id, providerId, reasons },
        update: { reasons },
      });
    }
    await tx.followUpCycle.update({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: cycle.id } },
      data: { selectionSeed: input.seed, selectionConfirmedAt: new Date(), providerCountAtSelection: candidates.length },
    });
    await recordAudit(tx, ctx, {
      entity: "FollowUpCycle",
      entityId: cycle.id,
      action: "confirmSelection",
      before: { providers: cycle.providers },
      after: { seed: input.seed, providers: providerIds.map((providerId) => ({ providerId, reasons: reasonsOf.get(providerId) ?? ["MANUAL"] })) },
    });
    return { selected: providerIds.length };
  });
}
