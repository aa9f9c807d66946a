import { z } from "./zod";

/** A question as far as validating its answer goes. */
export interface AnswerRules {
  type: "STATUS" | "YES_NO" | "TEXT" | "NUMBER" | "PERCENT" | "DATE" | "SINGLE_CHOICE" | "MULTI_CHOICE" | "FILE";
  options?: readonly string[] | null;
}

export type AnswerValue = string | number | string[];

export const STATUS_VALUES = ["YES", "NO", "IN_PROGRESS", "NOT_APPLICABLE"] as const;
export const YES_NO_VALUES = ["YES", "NO"] as const;
export const TEXT_MAX = 10_000;

// Control characters other than tab and line breaks have no place in an answer.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const text = z
  .string("Svaret ska vara en text.")
  .trim()
  .min(1, "Skriv ett svar.")
  .max(TEXT_MAX, `Svaret får vara högst ${TEXT_MAX.toLocaleString("sv-SE")} tecken.`)
  .refine((value) => !CONTROL.test(value), "Svaret innehåller otillåtna tecken.");

/** "12,5" and "12.5" alike; spaces as thousands separators are fine. */
const decimal = (message: string) =>
  z
    .union([z.number(), z.string()], message)
    .transform((value) => (typeof value === "number" ? value : Number(value.replace(/\s/g, "").replace(",", "."))))
    .pipe(z.number(message).finite(message));

const isoDate = z
  .string("Ange datum som ÅÅÅÅ-MM-DD.")
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Ange datum som ÅÅÅÅ-MM-DD.")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, "Datumet finns inte.")
  .refine((value) => value >= "1900-01-01" && value <= "2100-12-31", "Ange ett datum mellan 1900 och 2100.");

/** The schema for one question's answer, by its type. Shared by the form and the server. */
export function answerSchema(rules: AnswerRules): z.ZodType<AnswerValue> {
  const options = rules.options ?? [];
  switch (rules.type) {
    case "STATUS":
      return z.enum(STATUS_VALUES, "Välj Ja, Nej, Pågår eller Inte aktuellt.");
    case "YES_NO":
      return z.enum(YES_NO_VALUES, "Välj Ja eller Nej.");
    case "TEXT":
      return text;
    case "NUMBER":
      return decimal("Ange ett tal, till exempel 12 eller 3,5.").pipe(
        z.number().min(-1_000_000_000, "Talet är för litet.").max(1_000_000_000, "Talet är för stort."),
      );
    case "PERCENT":
      return decimal("Ange en procentsats mellan 0 och 100.").pipe(
        z.number().min(0, "Procentsatsen kan inte vara under 0.").max(100, "Procentsatsen kan inte vara över 100."),
      );
    case "DATE":
      return isoDate;
    case "SINGLE_CHOICE":
      return z.string("Välj ett av alternativen.").refine((value) => options.includes(value), "Välj ett av alternativen.");
    case "MULTI_CHOICE":
      return z
        .array(z.string("Välj bland alternativen."), "Välj ett eller flera av alternativen.")
        .min(1, "Välj minst ett alternativ.")
        .refine((values) => values.every((value) => options.includes(value)), "Välj bland alternativen.")
        .transform((values) => options.filter((option) => values.includes(option)));
    case "FILE":
      return z.never("Filer laddas upp separat.");
  }
}
