import "server-only";
import { withTenant } from "@/lib/db/tenant";
import { GENDER_LABELS, SURVEY_AGE_BAND_LABELS } from "@/lib/domain/labels";
import { surveyResult, type SurveyRespondent, type SurveyResult } from "@/lib/domain/survey-results";
import type { TenantCtx } from "./tenant-context";
import { readTenantSettings } from "./tenant-settings";

export const BREAKDOWNS = { placeringsform: "Placeringsform", kon: "Kön", alder: "Ålder" } as const;
export type Breakdown = keyof typeof BREAKDOWNS;

export interface SurveyResults {
  surveys: { id: string; name: string; year: number }[];
  statements: { id: string; text: string }[];
  /** Every survey year's overall result, oldest first, for the per-statement year comparison. */
  byYear: { year: number; result: SurveyResult }[];
  /** The chosen year broken down by `breakdown`. */
  selected: { year: number; name: string; breakdown: Breakdown; result: SurveyResult } | null;
}

const UNKNOWN = "okand";

/** The tenant's satisfaction surveys with results per statement, by year and broken down, small groups suppressed. */
export async function getSurveyResults(ctx: TenantCtx, year: number | undefined, breakdown: Breakdown): Promise<SurveyResults> {
  return withTenant(ctx.tenantId, async (tx) => {
    const surveys = await tx.survey.findMany({
      where: { tenantId: ctx.tenantId },
      orderBy: { year: "asc" },
      select: {
        id: true,
        name: true,
        year: true,
        sentCount: true,
        items: { orderBy: { sortOrder: "asc" }, select: { statement: { select: { id: true, text: true } } } },
        responses: {
          select: { gender: true, ageBand: true, serviceType: { select: { code: true, name: true } }, answers: { select: { statementId: true, score: true } } },
        },
      },
    });
    const serviceTypes = await tx.serviceType.findMany({ where: { tenantId: ctx.tenantId }, orderBy: { sortOrder: "asc" }, select: { code: true, name: true } });
    const { suppressionThreshold } = await readTenantSettings(tx, ctx);
    const statements = [...new Map(surveys.flatMap((survey) => survey.items.map((item) => [item.statement.id, item.statement]))).values()];
    const statementIds = statements.map((statement) => statement.id);

    const groupOf: Record<Breakdown, (response: (typeof surveys)[number]["responses"][number]) => string | null> = {
      placeringsform: (response) => response.serviceType?.code ?? null,
      kon: (response) => response.gender,
      alder: (response) => response.ageBand,
    };
    const groupsFor: Record<Breakdown, { key: string; label: string }[]> = {
      placeringsform: serviceTypes.map((type) => ({ key: type.code, label: type.name })),
      kon: Object.entries(GENDER_LABELS).map(([key, label]) => ({ key, label })),
      alder: Object.entries(SURVEY_AGE_BAND_LABELS).map(([key, label]) => ({ key, label })),
    };
    const resultOf = (survey: (typeof surveys)[number], by: Breakdown) => {
      const respondents: SurveyRespondent[] = survey.responses.map((response) => ({
        group: groupOf[by](response) ?? UNKNOWN,
        scores: Object.fromEntries(response.answers.map((answer) => [answer.statementId, answer.score])),
      }));
      // Respondents without the background variable are a group of their own, so the groups add up to the total.
      const groups = respondents.some((respondent) => respondent.group === UNKNOWN) ? [...groupsFor[by], { key: UNKNOWN, label: "Uppgift saknas" }] : groupsFor[by];
      return surveyResult(statementIds, respondents, groups, survey.sentCount, suppressionThreshold);
    };

    const chosen = surveys.find((survey) => survey.year === year) ?? surveys.at(-1);
    return {
      surveys: surveys.map(({ id, name, year: surveyYear }) => ({ id, name, year: surveyYear })),
      statements,
      byYear: surveys.map((survey) => ({ year: survey.year, result: resultOf(survey, breakdown) })),
      selected: chosen ? { year: chosen.year, name: chosen.name, breakdown, result: resultOf(chosen, breakdown) } : null,
    };
  });
}
