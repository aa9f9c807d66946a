/**
 * Satisfaction survey results: per statement the share of red (1), yellow (2) and green (3)
 * answers, for all respondents and broken down by a background variable, with the groups that are
 * too small suppressed so that no group's answers can be worked out from the others. Plain TypeScript.
 */
import { sharePercent } from "./share";
import { breakdownProblem, suppress } from "./suppression";

export interface SurveyRespondent {
  /** The respondent's group in the chosen breakdown (e.g. placement form), null when unknown. */
  group: string | null;
  /** Score 1–3 per statement id. */
  scores: Record<string, number>;
}

export interface Distribution {
  answered: number;
  red: number | null;
  yellow: number | null;
  green: number | null;
}

export interface BreakdownGroup {
  key: string;
  label: string;
  /** null when the group is suppressed: too few answers ("för få svar"), or hidden so that a small group cannot be worked out ("dold"). */
  respondents: number | null;
  hiddenBecause: "small" | "complement" | null;
  statements: Record<string, Distribution> | null;
}

export interface SurveyResult {
  /** null when the respondents are too few to show at all. */
  respondents: number | null;
  sent: number;
  responseRate: number | null;
  overall: Record<string, Distribution> | null;
  groups: BreakdownGroup[];
}

function distribution(respondents: readonly SurveyRespondent[], statementId: string): Distribution {
  const scores = respondents.map((respondent) => respondent.scores[statementId]).filter((score): score is number => score !== undefined);
  const count = (value: number) => scores.filter((score) => score === value).length;
  return { answered: scores.length, red: sharePercent(count(1), scores.length), yellow: sharePercent(count(2), scores.length), green: sharePercent(count(3), scores.length) };
}

const TOTAL = "__alla";

export function surveyResult(
  statementIds: readonly string[],
  respondents: readonly SurveyRespondent[],
  groups: readonly { key: string; label: string }[],
  sent: number,
  threshold: number,
): SurveyResult {
  const members = new Map(groups.map((group) => [group.key, respondents.filter((respondent) => respondent.group === group.key)]));
  const sizes = Object.fromEntries(groups.map((group) => [group.key, members.get(group.key)!.length]));
  const { hidden, primary } = suppress(breakdownProblem(sizes, TOTAL), threshold);
  const statementsOf = (list: readonly SurveyRespondent[]) => Object.fromEntries(statementIds.map((id) => [id, distribution(list, id)]));
  // Too few respondents in all: nothing is shown, not even the total that would give the groups away.
  const totalShown = !hidden.has(TOTAL);
  return {
    respondents: totalShown ? respondents.length : null,
    sent,
    responseRate: totalShown ? sharePercent(respondents.length, sent) : null,
    overall: totalShown ? statementsOf(respondents) : null,
    groups: groups.map((group) =>
      hidden.has(group.key)
        ? { ...group, respondents: null, hiddenBecause: primary.has(group.key) ? "small" : "complement", statements: null }
        : { ...group, respondents: sizes[group.key]!, hiddenBecause: null, statements: statementsOf(members.get(group.key)!) },
    ),
  };
}
