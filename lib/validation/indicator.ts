import { z } from "./zod";
import { AGE_BAND_LABELS, type AgeBandCode } from "@/lib/domain/labels";

const AGE_BANDS = Object.keys(AGE_BAND_LABELS) as [AgeBandCode, ...AgeBandCode[]];
const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());
const list = (value: unknown) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]);

/** An indicator definition as its form sends it; the code is how imports and reports name it. */
export const saveIndicatorSchema = z.object({
  id: z.preprocess((value) => (value === "" ? undefined : value), z.uuid().optional()),
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-ZÅÄÖ0-9_]{2,40}$/, "Koden ska vara 2–40 tecken: bokstäver, siffror och understreck, t.ex. EXTRAJOBB."),
  name: z.string().trim().min(3, "Skriv vad indikatorn mäter, t.ex. ”Andel ≥16 år som arbetar extra/feriearbetar”.").max(300, "Namnet får vara högst 300 tecken."),
  description: z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), z.string().trim().max(2000, "Beskrivningen får vara högst 2 000 tecken.").optional()),
  ageBands: z.preprocess(list, z.array(z.enum(AGE_BANDS, "Välj åldersgrupper ur listan."))),
  isActive: checkbox,
});
export type SaveIndicatorInput = z.infer<typeof saveIndicatorSchema>;

/** One cell of the entry table: met (true), not met (false) or not reported (null, clears a value). */
export const indicatorChangeSchema = z.object({ placementId: z.uuid(), indicatorId: z.uuid(), met: z.boolean().nullable() });
export type IndicatorChange = z.infer<typeof indicatorChangeSchema>;

export const MAX_CHANGES_PER_SAVE = 5000;

/** The entry table's save: the year and the changed cells, as JSON in one form field. */
export const saveIndicatorValuesSchema = z.object({
  year: z.coerce.number("Välj år.").int("Välj år.").min(2000, "Välj ett år från 2000.").max(2100, "Välj ett år före 2100."),
  changes: z.preprocess(
    (value) => {
      try {
        return typeof value === "string" ? JSON.parse(value) : value;
      } catch {
        return value;
      }
    },
    z.array(indicatorChangeSchema, "Ändringarna kunde inte läsas. Ladda om sidan och försök igen.").min(1, "Det finns inga ändringar att spara.").max(MAX_CHANGES_PER_SAVE, `Högst ${MAX_CHANGES_PER_SAVE} ändringar åt gången.`)
      .refine((changes) => new Set(changes.map((change) => `${change.placementId}:${change.indicatorId}`)).size === changes.length, "Samma ruta förekommer två gånger. Ladda om sidan och försök igen."),
  ),
});
export type SaveIndicatorValuesInput = z.infer<typeof saveIndicatorValuesSchema>;
