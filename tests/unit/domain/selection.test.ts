import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_SELECTION_RULES, proposeSelection, type SelectionCandidate } from "@/lib/domain/selection";

const none = { deviations: 0, complaints: 0, lexSarah: 0, ivoFindings: 0 };
const placements = (count: number, serviceType: string, ageBand = "AGE_18_20", needsLevel: "STANDARD" | "EXTENSIVE" = "STANDARD") =>
  Array.from({ length: count }, () => ({ ageBand, needsLevel, serviceType }));

const providers: SelectionCandidate[] = [
  { id: "p1", name: "Stora stödboendet", placements: placements(20, "STODBOENDE"), contractForms: ["LOU"], signals: none },
  { id: "p2", name: "Klagomålshemmet", placements: placements(3, "FAMILJEHEM"), contractForms: ["LOU"], signals: { ...none, complaints: 2 } },
  { id: "p3", name: "Lex Sarah AB", placements: placements(2, "FAMILJEHEM"), contractForms: ["LOU"], signals: { ...none, lexSarah: 1 } },
  { id: "p4", name: "Unga jourhem", placements: [...placements(3, "JOURHEM", "AGE_0_15"), ...placements(1, "JOURHEM")], contractForms: ["LOU"], signals: none },
  { id: "p5", name: "Behovsboendet", placements: placements(2, "STODBOENDE", "AGE_16_17", "EXTENSIVE"), contractForms: ["LOU"], signals: none },
  { id: "p6", name: "Eget boende-stöd", placements: placements(1, "EGET_BOENDE"), contractForms: ["LOU"], signals: none },
  { id: "p7", name: "Kundvalsfamiljen", placements: placements(1, "FAMILJEHEM"), contractForms: ["LOV"], signals: none },
  { id: "p8", name: "Lugna hemmet", placements: placements(2, "FAMILJEHEM"), contractForms: ["LOU"], signals: { ...none, deviations: 1 } },
  { id: "p9", name: "Tysta hemmet", placements: placements(2, "FAMILJEHEM"), contractForms: ["LOU"], signals: none },
];

const reasonsOf = (seed: string, rules = DEFAULT_SELECTION_RULES) =>
  Object.fromEntries(proposeSelection(providers, seed, rules).proposals.map((proposal) => [proposal.providerId, proposal.reasons]));

describe("the selection of providers to follow up", () => {
  it("proposes each provider for the criteria it meets, with the figures behind them", () => {
    const result = proposeSelection(providers, "test-2020");
    const reasons = reasonsOf("test-2020");
    expect(reasons.p1).toContain("LARGE_SHARE");
    expect(reasons.p2).toContain("RISK_SIGNALS");
    expect(reasons.p3).toContain("RISK_SIGNALS");
    expect(reasons.p4).toContain("YOUNG_CHILDREN");
    expect(reasons.p5).toContain("EXTENSIVE_NEEDS");
    expect(result.proposals.find((proposal) => proposal.providerId === "p1")!.notes).toContain("20 av 37 placeringar (54 %)");
    expect(result.proposals.find((proposal) => proposal.providerId === "p2")!.notes).toContain("2 klagomål");
  });

  it("does not count reported deviations as risk unless they are many per placement", () => {
    expect(reasonsOf("x").p8 ?? []).not.toContain("RISK_SIGNALS");
    const routine = providers.map((provider) => ({ ...provider, signals: { ...provider.signals, deviations: provider.placements.length } }));
    const heavy = routine.map((provider) => (provider.id === "p9" ? { ...provider, signals: { ...provider.signals, deviations: 5 } } : provider));
    const reasons = (list: SelectionCandidate[]) => proposeSelection(list, "x").proposals.find((proposal) => proposal.providerId === "p9")?.reasons ?? [];
    expect(reasons(routine)).not.toContain("RISK_SIGNALS");
    expect(reasons(heavy)).toContain("RISK_SIGNALS");
  });

  it("covers every placement form and contract form in use", () => {
    const reasons = reasonsOf("täckning", { ...DEFAULT_SELECTION_RULES, randomCount: 0 });
    expect(reasons.p6).toEqual(["COVERAGE"]);
    expect(reasons.p7).toEqual(["COVERAGE"]);
    const chosen = new Set(Object.keys(reasons));
    for (const form of new Set(providers.flatMap((provider) => provider.placements.map((placement) => placement.serviceType)))) {
      expect(providers.some((provider) => chosen.has(provider.id) && provider.placements.some((placement) => placement.serviceType === form))).toBe(true);
    }
  });

  it("draws the random part reproducibly from its seed, from the providers not already proposed", () => {
    const randomOf = (seed: string) => Object.entries(reasonsOf(seed)).flatMap(([id, reasons]) => (reasons.includes("RANDOM") ? [id] : []));
    expect(randomOf("sjovik-2020")).toEqual(randomOf("sjovik-2020"));
    expect(randomOf("sjovik-2020")).toHaveLength(DEFAULT_SELECTION_RULES.randomCount);
    const draws = new Set(Array.from({ length: 20 }, (_, index) => randomOf(`frö-${index}`).join()));
    expect(draws.size).toBeGreaterThan(1);
    for (const id of randomOf("sjovik-2020")) expect(reasonsOf("sjovik-2020")[id]).toEqual(["RANDOM"]);
  });

  it("gives the same proposal whatever order the providers come in", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(providers, { minLength: providers.length }), fc.string({ maxLength: 10 }), (shuffledProviders, seed) => {
        expect(proposeSelection(shuffledProviders, seed)).toEqual(proposeSelection(providers, seed));
      }),
      { numRuns: 50 },
    );
  });

  it("proposes nothing but coverage and the draw when there are no placements or signals", () => {
    const quiet = providers.map((provider) => ({ ...provider, placements: [], signals: none, contractForms: [] }));
    const result = proposeSelection(quiet, "tyst");
    expect(result.proposals.flatMap((proposal) => proposal.reasons)).toEqual(["RANDOM"]);
    expect(result.coveredShare).toBe(0);
  });
});
