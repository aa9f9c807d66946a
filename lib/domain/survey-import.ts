/**
 * Reading satisfaction-survey responses as a survey tool exports them: one row per respondent,
 * a column per statement (named by the statement's code or its text) with the smiley as 1–3 or
 * as a word, and background columns for placement form, gender, age and provider. Columns the
 * survey does not know (timestamps, the tool's own ids) are ignored. Plain TypeScript.
 */
import type { RowError } from "@/lib/validation/rows";
import type { GENDER_LABELS, SURVEY_AGE_BAND_LABELS } from "./labels";

export type SurveyGender = keyof typeof GENDER_LABELS;
export type SurveyAgeBand = keyof typeof SURVEY_AGE_BAND_LABELS;

export interface ParsedResponse {
  serviceTypeId: string | null;
  providerId: string | null;
  gender: SurveyGender | null;
  ageBand: SurveyAgeBand | null;
  /** Score 1–3 per statement id; a statement left unanswered is absent. */
  scores: Record<string, number>;
}

export interface SurveyImportContext {
  statements: readonly { id: string; code: string; text: string }[];
  serviceTypes: readonly { id: string; code: string; name: string }[];
  providers: readonly { id: string; name: string }[];
}

const SCORE_WORDS: Record<string, number> = {
  "1": 1, röd: 1, rod: 1, ledsen: 1, "2": 2, gul: 2, neutral: 2, mittemellan: 2, "3": 3, grön: 3, gron: 3, glad: 3,
};
const GENDER_WORDS: Record<string, SurveyGender> = { flicka: "GIRL", tjej: "GIRL", kvinna: "GIRL", girl: "GIRL", pojke: "BOY", kille: "BOY", man: "BOY", boy: "BOY", annat: "OTHER", other: "OTHER", "vill inte svara": "OTHER" };
const AGE_WORDS: Record<string, SurveyAgeBand> = {
  "under 16 år": "UNDER_16", "under 16": "UNDER_16", "16–17 år": "AGE_16_17", "16–17": "AGE_16_17", "18–19 år": "AGE_18_19", "18–19": "AGE_18_19",
  "20 år och äldre": "AGE_20_PLUS", "20 och äldre": "AGE_20_PLUS", "20+": "AGE_20_PLUS",
  under_16: "UNDER_16", age_16_17: "AGE_16_17", age_18_19: "AGE_18_19", age_20_plus: "AGE_20_PLUS",
};

/** A score from 1–3 or a smiley word; null for an empty cell; undefined when it is neither. */
export function parseScore(text: string): number | null | undefined {
  const value = text.trim().toLowerCase();
  if (value === "") return null;
  return SCORE_WORDS[value];
}

/** An age band from its label or a whole age in years. */
export function parseSurveyAge(text: string): SurveyAgeBand | null | undefined {
  const value = text.trim().toLowerCase().replace(/-/g, "–");
  if (value === "") return null;
  if (AGE_WORDS[value]) return AGE_WORDS[value];
  if (!/^\d{1,2}( år)?$/.test(value)) return undefined;
  const age = Number.parseInt(value, 10);
  return age < 16 ? "UNDER_16" : age < 18 ? "AGE_16_17" : age < 20 ? "AGE_18_19" : "AGE_20_PLUS";
}

const normalise = (text: string) => text.trim().toLowerCase().replace(/\s+/g, " ");

/** The import's columns for background variables (either name is accepted). */
export const BACKGROUND_COLUMNS = { serviceType: ["placeringsform", "boendeform"], gender: ["kön", "kon"], age: ["ålder", "alder", "åldersgrupp"], provider: ["utförare", "utforare", "boende"] } as const;

/**
 * Every row checked; the errors carry the row number the spreadsheet shows (header = row 1).
 * Responses are returned only when there are no errors, so an import is all or nothing.
 */
export function parseSurveyRows(rows: readonly Record<string, string>[], context: SurveyImportContext): { responses: ParsedResponse[]; errors: RowError[] } {
  const headers = new Set(rows.flatMap((row) => Object.keys(row)));
  const statementColumns = new Map<string, string>();
  for (const statement of context.statements) {
    const column = [...headers].find((header) => normalise(header) === normalise(statement.code) || normalise(header) === normalise(statement.text));
    if (column) statementColumns.set(column, statement.id);
  }
  if (rows.length === 0) return { responses: [], errors: [{ row: 1, message: "Filen innehåller inga rader under rubrikraden." }] };
  if (statementColumns.size === 0) {
    return {
      responses: [],
      errors: [{ row: 1, message: `Ingen kolumn motsvarar enkätens påståenden. Namnge kolumnerna med koden eller texten: ${context.statements.map((statement) => statement.code).join(", ")}.` }],
    };
  }
  const column = (row: Record<string, string>, names: readonly string[]) => names.map((name) => row[name]).find((value) => value !== undefined) ?? "";
  const serviceTypeBy = new Map(context.serviceTypes.flatMap((type) => [[normalise(type.name), type.id], [normalise(type.code), type.id]]));
  const providerBy = new Map(context.providers.map((provider) => [normalise(provider.name), provider.id]));

  const errors: RowError[] = [];
  const responses: ParsedResponse[] = [];
  rows.forEach((row, index) => {
    const rowNumber = index + 2;
    const problems: string[] = [];
    const scores: Record<string, number> = {};
    for (const [header, statementId] of statementColumns) {
      const score = parseScore(row[header] ?? "");
      if (score === undefined) problems.push(`${header}: ”${row[header]!.trim()}” ska vara 1, 2 eller 3 (röd, gul eller grön).`);
      else if (score !== null) scores[statementId] = score;
    }
    const formText = column(row, BACKGROUND_COLUMNS.serviceType).trim();
    const serviceTypeId = formText ? serviceTypeBy.get(normalise(formText)) : null;
    if (serviceTypeId === undefined) problems.push(`placeringsform: ${formText} finns inte. Använd ${context.serviceTypes.map((type) => type.name).join(", ")}.`);
    const genderText = normalise(column(row, BACKGROUND_COLUMNS.gender));
    const gender = genderText ? GENDER_WORDS[genderText] : null;
    if (gender === undefined) problems.push("kön: ska vara flicka, pojke, annat eller tomt.");
    const ageBand = parseSurveyAge(column(row, BACKGROUND_COLUMNS.age));
    if (ageBand === undefined) problems.push("ålder: ska vara en ålder i år (t.ex. 17), en åldersgrupp (16–17 år) eller tomt.");
    const providerText = column(row, BACKGROUND_COLUMNS.provider).trim();
    const providerId = providerText ? providerBy.get(normalise(providerText)) : null;
    if (providerId === undefined) problems.push(`utförare: ${providerText} finns inte bland kommunens utförare.`);
    if (problems.length === 0 && Object.keys(scores).length === 0) problems.push("Raden har inga svar på påståendena.");
    for (const message of problems) errors.push({ row: rowNumber, message });
    if (problems.length === 0) responses.push({ serviceTypeId: serviceTypeId ?? null, providerId: providerId ?? null, gender: gender ?? null, ageBand: ageBand ?? null, scores });
  });
  return errors.length ? { responses: [], errors } : { responses, errors };
}
