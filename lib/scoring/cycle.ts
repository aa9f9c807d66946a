/**
 * Grading every provider of a cycle at once: the scoring engine over each provider's assessments,
 * with the requirements read once for all of them. Plain TypeScript, no database.
 */
import { scoreSortedProvider, sortRequirements, type Grade, type ScoredAssessment, type ScoredRequirement, type ScoringConfig, type ScoringResult } from "./engine";

/** What grading a cycle needs: each provider's assessments and latest earlier grade, the requirements assessed, and the rules. */
export interface CycleGradingInput {
  assessmentsOf: Map<string, ScoredAssessment[]>;
  requirements: Map<string, ScoredRequirement>;
  previousOf: Map<string, { grade: Grade; total: number }>;
  config: ScoringConfig;
}

/** Rows of many providers, grouped by provider in the order they came. */
export function groupByProvider<T extends { providerId: string }>(rows: readonly T[]): Map<string, T[]> {
  // Map.groupBy needs Node 21; this runs on Node 20.
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.providerId);
    if (list) list.push(row);
    else groups.set(row.providerId, [row]);
  }
  return groups;
}

/** Grades every provider that has assessments in the input, against the requirements it was assessed on. */
export function gradeCycle(input: CycleGradingInput): Map<string, ScoringResult> {
  const ordered = sortRequirements([...input.requirements.values()]);
  const results = new Map<string, ScoringResult>();
  for (const [providerId, assessments] of input.assessmentsOf) {
    const assessedIds = new Set(assessments.map((assessment) => assessment.requirementId));
    const assessed = ordered.filter((requirement) => assessedIds.has(requirement.id));
    results.set(providerId, scoreSortedProvider(assessed, assessments, input.config, input.previousOf.get(providerId)));
  }
  return results;
}
