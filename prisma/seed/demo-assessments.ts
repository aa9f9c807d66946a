/** The demo assessments: what each provider did not fully achieve (seed 000 §2.2, §3.2, §4 and the appendix). */
import type { ScoredAssessment, ScoredRequirement } from "../../lib/scoring/engine";
import { GOAL_AREAS, REQUIREMENTS } from "./demo-catalogue";

export type Outcome = "ACHIEVED" | "PARTIALLY_ACHIEVED" | "NOT_ACHIEVED";
export type Supervision = "YES" | "NO" | "IN_PROGRESS" | "NOT_APPLICABLE";

/** Activities not fully achieved, per provider and year; everything else is Uppnått. */
export const SHORTFALLS: Record<number, Record<string, Partial<Record<string, Outcome>>>> = {
  2020: {
    aliba: { "ET-6": "PARTIALLY_ACHIEVED", "ET-8": "PARTIALLY_ACHIEVED" },
    caleo: {},
    casa: { "ET-6": "PARTIALLY_ACHIEVED", "ET-8": "PARTIALLY_ACHIEVED", "VG-2": "PARTIALLY_ACHIEVED" },
    familjeenheten: { "ET-8": "PARTIALLY_ACHIEVED", "ET-9": "PARTIALLY_ACHIEVED" },
    individ: { "ET-6": "PARTIALLY_ACHIEVED", "ET-8": "PARTIALLY_ACHIEVED", "ET-9": "PARTIALLY_ACHIEVED" },
    noorgarden: { "ET-6": "PARTIALLY_ACHIEVED", "ET-8": "PARTIALLY_ACHIEVED" },
    svenska: {},
    valfard: {
      "ET-3": "NOT_ACHIEVED",
      "ET-10": "NOT_ACHIEVED",
      "ET-6": "PARTIALLY_ACHIEVED",
      "ET-8": "PARTIALLY_ACHIEVED",
      "ET-9": "PARTIALLY_ACHIEVED",
    },
    youth: { "ET-3": "PARTIALLY_ACHIEVED", "ET-6": "PARTIALLY_ACHIEVED", "ET-8": "PARTIALLY_ACHIEVED" },
  },
  2019: {
    aliba: { "ET-6": "PARTIALLY_ACHIEVED", "ET-8": "PARTIALLY_ACHIEVED", "ET-9": "PARTIALLY_ACHIEVED" },
    caleo: { "ET-8": "PARTIALLY_ACHIEVED" },
    noorgarden: {
      "ET-3": "PARTIALLY_ACHIEVED",
      "ET-6": "PARTIALLY_ACHIEVED",
      "ET-7": "PARTIALLY_ACHIEVED",
      "ET-8": "PARTIALLY_ACHIEVED",
      "ET-10": "PARTIALLY_ACHIEVED",
    },
    svenska: {},
    valfard: { "ET-10": "NOT_ACHIEVED", "ET-3": "PARTIALLY_ACHIEVED", "ET-8": "PARTIALLY_ACHIEVED" },
    stegen: { "ET-6": "PARTIALLY_ACHIEVED", "ET-8": "PARTIALLY_ACHIEVED" },
    kompassen: { "ET-8": "PARTIALLY_ACHIEVED", "ET-9": "PARTIALLY_ACHIEVED" },
    lotsen: { "ET-10": "NOT_ACHIEVED", "ET-7": "PARTIALLY_ACHIEVED", "ET-8": "PARTIALLY_ACHIEVED" },
  },
};

/** Supervision answers other than Ja, per seed 000's appendix comments (2020). */
export const SUPERVISION_EXCEPTIONS: Record<string, Partial<Record<string, Supervision>>> = {
  valfard: { "TS-01": "NOT_APPLICABLE", "TS-05": "NOT_APPLICABLE", "TS-10": "IN_PROGRESS", "TS-12": "NOT_APPLICABLE", "TS-17": "IN_PROGRESS" },
  casa: { "TS-11": "IN_PROGRESS", "TS-12": "NOT_APPLICABLE", "TS-17": "IN_PROGRESS" },
  individ: { "TS-12": "NOT_APPLICABLE", "TS-17": "IN_PROGRESS" },
  aliba: { "TS-12": "NOT_APPLICABLE" },
  caleo: { "TS-12": "NOT_APPLICABLE" },
  familjeenheten: { "TS-12": "NOT_APPLICABLE" },
  noorgarden: { "TS-12": "NOT_APPLICABLE" },
  youth: { "TS-12": "NOT_APPLICABLE" },
  svenska: {},
};


/** The scoring engine's input for one provider's demo assessments (everything not listed is Uppnått / Ja). */
export function demoScoringInputs(year: number, providerKey: string): { requirements: ScoredRequirement[]; assessments: ScoredAssessment[] } {
  const shortfalls = SHORTFALLS[year]?.[providerKey] ?? {};
  const supervision = year === 2020 ? (SUPERVISION_EXCEPTIONS[providerKey] ?? {}) : {};
  const requirements: ScoredRequirement[] = REQUIREMENTS.map((requirement) => ({
    id: requirement.code,
    code: requirement.code,
    title: requirement.title,
    goalArea: GOAL_AREAS.find((area) => area.key === requirement.goalArea)?.name ?? requirement.goalArea,
    scale: requirement.scale,
    isCritical: requirement.isCritical,
    weight: requirement.weight,
  }));
  const assessments = requirements.map((requirement): ScoredAssessment =>
    requirement.scale === "ACTIVITY"
      ? { requirementId: requirement.id, outcome: shortfalls[requirement.code] ?? "ACHIEVED" }
      : { requirementId: requirement.id, supervisionAnswer: supervision[requirement.code] ?? "YES" },
  );
  return { requirements, assessments };
}
