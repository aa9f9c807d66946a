/**
 * Risk-based selection (urval) of the providers to follow up in a cycle, as seed 000 §1.2 does it:
 * risk signals, the largest shares of the placements, younger children, extensive needs, a random
 * draw that can be reproduced from its seed, and coverage of every contract and placement form in
 * use. Each proposed provider carries the reasons it was proposed for. Plain TypeScript.
 */
import { seededRandom, shuffled } from "./random";

export type SelectionReasonCode = "RISK_SIGNALS" | "LARGE_SHARE" | "YOUNG_CHILDREN" | "EXTENSIVE_NEEDS" | "RANDOM" | "COVERAGE" | "MANUAL";

export interface SelectionCandidate {
  id: string;
  name: string;
  /** Current placements. */
  placements: { ageBand: string; needsLevel: "STANDARD" | "EXTENSIVE"; serviceType: string }[];
  /** Contract forms the provider has a contract of (LOU, LOV …). */
  contractForms: string[];
  /** Risk signals from the register for the period looked at. */
  signals: { deviations: number; complaints: number; lexSarah: number; ivoFindings: number };
}

export interface SelectionRules {
  /** Proposed when complaints reach this, or on any Lex Sarah report or IVO decision with findings. */
  complaintMinimum: number;
  /**
   * Reporting deviations is part of good quality work, so their number alone is no risk: a
   * provider is proposed when its deviations per placement are at least this many times the
   * median of the providers with placements.
   */
  deviationRateFactor: number;
  /** Proposed when the provider's share of the placements is at least this (0–1). */
  largeShare: number;
  /** How many providers with the most children under 15, and with the most extensive needs. */
  perCriterion: number;
  /** How many to draw at random from the rest. */
  randomCount: number;
}

export const DEFAULT_SELECTION_RULES: SelectionRules = { complaintMinimum: 2, deviationRateFactor: 2, largeShare: 0.08, perCriterion: 2, randomCount: 1 };

export interface Proposal {
  providerId: string;
  reasons: SelectionReasonCode[];
  /** The figures behind the reasons, in words. */
  notes: string[];
}

export interface SelectionFacts {
  providerId: string;
  placements: number;
  share: number;
  underFifteen: number;
  extensiveNeeds: number;
  signals: SelectionCandidate["signals"];
}

export interface SelectionProposal {
  proposals: Proposal[];
  facts: SelectionFacts[];
  /** Share of all placements that are at proposed providers. */
  coveredShare: number;
  seed: string;
}

const UNDER_FIFTEEN = "AGE_0_15";
const collator = new Intl.Collator("sv");

export function proposeSelection(candidates: readonly SelectionCandidate[], seed: string, rules: SelectionRules = DEFAULT_SELECTION_RULES): SelectionProposal {
  // Input order must not matter: work on the providers sorted by id.
  const providers = [...candidates].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const total = providers.reduce((sum, provider) => sum + provider.placements.length, 0);
  const facts = providers.map(
    (provider): SelectionFacts => ({
      providerId: provider.id,
      placements: provider.placements.length,
      share: total === 0 ? 0 : provider.placements.length / total,
      underFifteen: provider.placements.filter((placement) => placement.ageBand === UNDER_FIFTEEN).length,
      extensiveNeeds: provider.placements.filter((placement) => placement.needsLevel === "EXTENSIVE").length,
      signals: provider.signals,
    }),
  );
  const factsOf = new Map(facts.map((fact) => [fact.providerId, fact]));
  const chosen = new Map<string, Proposal>();
  const add = (providerId: string, reason: SelectionReasonCode, note: string) => {
    const proposal = chosen.get(providerId) ?? { providerId, reasons: [], notes: [] };
    if (!proposal.reasons.includes(reason)) proposal.reasons.push(reason);
    proposal.notes.push(note);
    chosen.set(providerId, proposal);
  };

  const medianRate = median(facts.filter((fact) => fact.placements > 0).map((fact) => fact.signals.deviations / fact.placements));
  for (const fact of facts) {
    const { deviations, complaints, lexSarah, ivoFindings } = fact.signals;
    const manyDeviations = fact.placements > 0 && medianRate > 0 && deviations / fact.placements >= rules.deviationRateFactor * medianRate;
    if (lexSarah > 0 || ivoFindings > 0 || complaints >= rules.complaintMinimum || manyDeviations) {
      add(fact.providerId, "RISK_SIGNALS", describeSignals(fact.signals));
    }
    if (total > 0 && fact.share >= rules.largeShare) {
      add(fact.providerId, "LARGE_SHARE", `${fact.placements} av ${total} placeringar (${Math.round(fact.share * 100)} %)`);
    }
  }
  for (const fact of topBy(facts, (entry) => entry.underFifteen, rules.perCriterion)) add(fact.providerId, "YOUNG_CHILDREN", `${fact.underFifteen} barn under 15 år`);
  for (const fact of topBy(facts, (entry) => entry.extensiveNeeds, rules.perCriterion)) add(fact.providerId, "EXTENSIVE_NEEDS", `${fact.extensiveNeeds} med mer omfattande behov`);

  const rest = facts.filter((fact) => !chosen.has(fact.providerId)).map((fact) => fact.providerId);
  for (const providerId of shuffled(rest, seededRandom(seed)).slice(0, rules.randomCount)) add(providerId, "RANDOM", `Slumpmässigt draget (frö ${seed})`);

  // Coverage: every placement form and contract form in use is represented.
  const byId = new Map(providers.map((provider) => [provider.id, provider]));
  const covers = (provider: SelectionCandidate, kind: "form" | "contract", code: string) =>
    kind === "form" ? provider.placements.some((placement) => placement.serviceType === code) : provider.contractForms.includes(code);
  const inUse = (kind: "form" | "contract") =>
    [...new Set(providers.flatMap((provider) => (kind === "form" ? provider.placements.map((placement) => placement.serviceType) : provider.contractForms)))].sort();
  for (const kind of ["form", "contract"] as const) {
    for (const code of inUse(kind)) {
      if ([...chosen.keys()].some((id) => covers(byId.get(id)!, kind, code))) continue;
      const best = providers
        .filter((provider) => covers(provider, kind, code))
        .sort((a, b) => factsOf.get(b.id)!.placements - factsOf.get(a.id)!.placements || collator.compare(a.name, b.name))[0];
      if (best) add(best.id, "COVERAGE", kind === "form" ? `Enda sättet att täcka placeringsformen ${code}` : `Enda sättet att täcka avtalsformen ${code}`);
    }
  }

  const proposals = [...chosen.values()].sort((a, b) => collator.compare(byId.get(a.providerId)!.name, byId.get(b.providerId)!.name));
  const covered = proposals.reduce((sum, proposal) => sum + factsOf.get(proposal.providerId)!.placements, 0);
  return { proposals, facts, coveredShare: total === 0 ? 0 : covered / total, seed };
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The `count` providers with the highest non-zero value; ties at the cut are all included. */
function topBy(facts: readonly SelectionFacts[], value: (fact: SelectionFacts) => number, count: number): SelectionFacts[] {
  const ranked = facts.filter((fact) => value(fact) > 0).sort((a, b) => value(b) - value(a));
  if (ranked.length <= count || count <= 0) return count <= 0 ? [] : ranked;
  const cut = value(ranked[count - 1]!);
  return ranked.filter((fact) => value(fact) >= cut);
}

function describeSignals(signals: SelectionCandidate["signals"]): string {
  const parts = [
    [signals.deviations, "avvikelser"],
    [signals.complaints, "klagomål"],
    [signals.lexSarah, "Lex Sarah-rapporter"],
    [signals.ivoFindings, "IVO-beslut med brister"],
  ] as const;
  return parts
    .filter(([count]) => count > 0)
    .map(([count, label]) => `${count} ${label}`)
    .join(", ");
}

/** A fresh seed for a new draw; stored with the cycle so the draw can be repeated. */
export function newSelectionSeed(cycleName: string, now: Date): string {
  return `${cycleName.toLowerCase().replace(/[^a-z0-9åäö]+/g, "-").slice(0, 40)}-${now.toISOString().slice(0, 19)}`;
}
