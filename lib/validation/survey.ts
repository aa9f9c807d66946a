import { z } from "./zod";
import { GENDER_LABELS, SURVEY_AGE_BAND_LABELS } from "@/lib/domain/labels";
import type { SurveyAgeBand, SurveyGender } from "@/lib/domain/survey-import";

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const list = (value: unknown) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]);

/** A new survey: its name, year, how many it was sent to, and its statements (existing ones ticked, new ones one per line). */
export const createSurveySchema = z
  .object({
    name: z.string().trim().min(3, "Ge enkäten ett namn, t.ex. ”Nöjdhetsuppföljning 2021”.").max(200, "Namnet får vara högst 200 tecken."),
    year: z.coerce.number("Ange år.").int("Ange år.").min(2000, "Ange ett år från 2000.").max(2100, "Ange ett år före 2100."),
    sentCount: z.preprocess(blankToUndefined, z.coerce.number("Ange hur många som fick enkäten.").int("Ange ett heltal.").min(1, "Minst en ska ha fått enkäten.").max(1_000_000, "Ange högst 1 000 000.")),
    statementIds: z.preprocess(list, z.array(z.uuid())),
    newStatements: z.preprocess(
      (value) => (typeof value === "string" ? value.split(/\r?\n/).map((line) => line.trim()).filter(Boolean) : []),
      z.array(z.string().max(300, "Ett påstående får vara högst 300 tecken.")).max(50, "Högst 50 nya påståenden."),
    ),
  })
  .refine((input) => input.statementIds.length + input.newStatements.length > 0, { path: ["statementIds"], message: "Välj minst ett påstående eller skriv ett nytt." });
export type CreateSurveyInput = z.infer<typeof createSurveySchema>;

export const SCORE_FIELD_PREFIX = "score:";

/**
 * One respondent entered by hand: background (each may be left out) and a smiley per statement,
 * sent as `score:<statementId>` fields.
 */
export const addSurveyResponseSchema = z.preprocess(
  (raw) => {
    if (typeof raw !== "object" || raw === null) return raw;
    const fields = raw as Record<string, unknown>;
    const scores = Object.fromEntries(
      Object.entries(fields)
        .filter(([key, value]) => key.startsWith(SCORE_FIELD_PREFIX) && value !== "")
        .map(([key, value]) => [key.slice(SCORE_FIELD_PREFIX.length), value]),
    );
    return { ...fields, scores };
  },
  z.object({
    surveyId: z.uuid(),
    serviceTypeId: z.preprocess(blankToUndefined, z.uuid("Välj placeringsform ur listan.").optional()),
    providerId: z.preprocess(blankToUndefined, z.uuid("Välj utförare ur listan.").optional()),
    gender: z.preprocess(blankToUndefined, z.enum(Object.keys(GENDER_LABELS) as [SurveyGender, ...SurveyGender[]], "Välj kön ur listan.").optional()),
    ageBand: z.preprocess(blankToUndefined, z.enum(Object.keys(SURVEY_AGE_BAND_LABELS) as [SurveyAgeBand, ...SurveyAgeBand[]], "Välj ålder ur listan.").optional()),
    scores: z
      .record(z.uuid(), z.coerce.number().int().min(1, "Välj röd, gul eller grön.").max(3, "Välj röd, gul eller grön."))
      .refine((scores) => Object.keys(scores).length > 0, "Svara på minst ett påstående."),
  }),
);
export type AddSurveyResponseInput = z.infer<typeof addSurveyResponseSchema>;

export const IMPORT_MODES = { replace: "Ersätt enkätens svar", append: "Lägg till svaren" } as const;
export const importModeSchema = z.enum(Object.keys(IMPORT_MODES) as [keyof typeof IMPORT_MODES, ...(keyof typeof IMPORT_MODES)[]], "Välj om svaren ska ersättas eller läggas till.");
