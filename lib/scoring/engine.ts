/**
 * The scoring engine: from a provider's assessments to an explainable maturity grade. Plain
 * TypeScript, no framework or database: requirements and assessments in, scores, grade and the
 * reasons out. The rules and a worked example are in docs/scoring.md.
 */

export type Outcome = "ACHIEVED" | "PARTIALLY_ACHIEVED" | "NOT_ACHIEVED";
export type SupervisionAnswer = "YES" | "NO" | "IN_PROGRESS" | "NOT_APPLICABLE";
export type Grade = "NOTABLY_MATURE" | "ADEQUATE" | "LOW";

export interface ScoredRequirement {
  id: string;
  code: string;
  title: string;
  goalArea: string;
  scale: "ACTIVITY" | "SUPERVISION";
  isCritical: boolean;
  weight: number;
}

export interface ScoredAssessment {
  requirementId: string;
  outcome?: Outcome | null;
  supervisionAnswer?: SupervisionAnswer | null;
}

export interface ScoringConfig {
  /** Points per result, 0–1. */
  points: { ACHIEVED: number; PARTIALLY_ACHIEVED: number; NOT_ACHIEVED: number; YES: number; IN_PROGRESS: number; NO: number };
  /** Lowest total (0–1) for each grade. */
  thresholds: { notablyMature: number; adequate: number };
}

export const DEFAULT_SCORING: ScoringConfig = {
  points: { ACHIEVED: 1, PARTIALLY_ACHIEVED: 0.5, NOT_ACHIEVED: 0, YES: 1, IN_PROGRESS: 0.5, NO: 0 },
  thresholds: { notablyMature: 0.95, adequate: 0.75 },
};

export interface Reason {
  kind: "CRITICAL_UNMET" | "CRITICAL_PARTIAL" | "ACTIVITY_NOT_FULLY_ACHIEVED" | "BELOW_THRESHOLD" | "NOT_ASSESSED";
  requirementCode?: string;
  text: string;
}

export interface ScoringResult {
  grade: Grade;
  /** Weighted share of the points possible, 0–1, rounded to three decimals. */
  total: number;
  areaScores: { goalArea: string; score: number; assessed: number }[];
  /** Why the grade is what it is, the deciding reasons first. */
  reasons: Reason[];
  /** Compared with the provider's previous result, when there is one. */
  change: { previousGrade: Grade; direction: "up" | "down" | "same"; totalDelta: number } | null;
}

const RANK: Record<Grade, number> = { LOW: 0, ADEQUATE: 1, NOTABLY_MATURE: 2 };
// One collator for every comparison: localeCompare(…, "sv") builds one per call, which made sorting
// the requirements most of the cost of grading a 200-provider cycle.
const swedish = new Intl.Collator("sv");
const round3 = (value: number) => Math.round(value * 1000) / 1000;

/** Sorts in place by code, and by id where two requirements share a code, so the order of the input never shows. */
export function sortRequirements<T extends Pick<ScoredRequirement, "id" | "code">>(requirements: T[]): T[] {
  return requirements.sort((a, b) => swedish.compare(a.code, b.code) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Grades one provider. The result does not depend on the order of the inputs. */
export function scoreProvider(
  requirements: readonly ScoredRequirement[],
  assessments: readonly ScoredAssessment[],
  config: ScoringConfig = DEFAULT_SCORING,
  previous?: { grade: Grade; total: number },
): ScoringResult {
  return scoreSortedProvider(sortRequirements([...requirements]), assessments, config, previous);
}

/**
 * {@link scoreProvider} for requirements already in {@link sortRequirements} order: grading a
 * cycle sorts its requirements once for all providers instead of once per provider, which was
 * most of the cost of grading 200 providers.
 */
export function scoreSortedProvider(
  sorted: readonly ScoredRequirement[],
  assessments: readonly ScoredAssessment[],
  config: ScoringConfig = DEFAULT_SCORING,
  previous?: { grade: Grade; total: number },
): ScoringResult {
  const byRequirement = new Map(assessments.map((assessment) => [assessment.requirementId, assessment]));
  const reasons: Reason[] = [];
  const areas = new Map<string, { earned: number; possible: number; assessed: number }>();
  let earned = 0;
  let possible = 0;
  let cap: Grade = "NOTABLY_MATURE";
  let everyActivityAchieved = true;

  for (const requirement of sorted) {
    const assessment = byRequirement.get(requirement.id);
    const result = requirement.scale === "ACTIVITY" ? assessment?.outcome : assessment?.supervisionAnswer;
    if (!result) {
      reasons.push({ kind: "NOT_ASSESSED", requirementCode: requirement.code, text: `${requirement.code} ${requirement.title} är inte bedömt.` });
      if (requirement.scale === "ACTIVITY") everyActivityAchieved = false;
      continue;
    }
    if (result === "NOT_APPLICABLE") continue;
    const value = config.points[result];
    const weight = Math.max(0, requirement.weight);
    earned += weight * value;
    possible += weight;
    const area = areas.get(requirement.goalArea) ?? { earned: 0, possible: 0, assessed: 0 };
    area.earned += weight * value;
    area.possible += weight;
    area.assessed += 1;
    areas.set(requirement.goalArea, area);

    const unmet = result === "NOT_ACHIEVED" || result === "NO";
    const partial = result === "PARTIALLY_ACHIEVED" || result === "IN_PROGRESS";
    if (requirement.scale === "ACTIVITY" && result !== "ACHIEVED") {
      everyActivityAchieved = false;
      if (!requirement.isCritical) {
        reasons.push({
          kind: "ACTIVITY_NOT_FULLY_ACHIEVED",
          requirementCode: requirement.code,
          text: `${requirement.code} ${requirement.title}: ${unmet ? "ej uppnått" : "delvis uppnått"}.`,
        });
      }
    }
    if (requirement.isCritical && unmet) {
      cap = "LOW";
      reasons.unshift({ kind: "CRITICAL_UNMET", requirementCode: requirement.code, text: `Kritiskt krav ej uppfyllt: ${requirement.code} ${requirement.title}. Ger lägre kvalitetsmognad.` });
    } else if (requirement.isCritical && partial) {
      if (RANK[cap] > RANK.ADEQUATE) cap = "ADEQUATE";
      reasons.unshift({ kind: "CRITICAL_PARTIAL", requirementCode: requirement.code, text: `Kritiskt krav delvis uppfyllt: ${requirement.code} ${requirement.title}. Högst fullgod kvalitetsmognad.` });
    }
  }

  const total = possible === 0 ? 0 : round3(earned / possible);
  let grade: Grade = total >= config.thresholds.notablyMature && everyActivityAchieved ? "NOTABLY_MATURE" : total >= config.thresholds.adequate ? "ADEQUATE" : "LOW";
  if (total < config.thresholds.adequate) {
    reasons.push({ kind: "BELOW_THRESHOLD", text: `Sammanvägt resultat ${Math.round(total * 100)} % är under gränsen ${Math.round(config.thresholds.adequate * 100)} % för fullgod kvalitetsmognad.` });
  }
  if (RANK[grade] > RANK[cap]) grade = cap;

  return {
    grade,
    total,
    areaScores: [...areas.entries()]
      .sort(([a], [b]) => swedish.compare(a, b))
      .map(([goalArea, area]) => ({ goalArea, score: round3(area.earned / area.possible), assessed: area.assessed })),
    reasons,
    change: previous
      ? {
          previousGrade: previous.grade,
          direction: RANK[grade] > RANK[previous.grade] ? "up" : RANK[grade] < RANK[previous.grade] ? "down" : "same",
          totalDelta: round3(total - previous.total),
        }
      : null,
  };
}

export function gradeRank(grade: Grade): number {
  return RANK[grade];
}
