import { z } from "./zod";
import { AGE_BAND_LABELS, ASYLUM_STATUS_LABELS, GENDER_LABELS, NEEDS_LEVEL_LABELS } from "@/lib/domain/labels";
import { CODE_MESSAGE, isPseudonymousCode } from "@/lib/domain/personal-data";

/**
 * One placement as the form sends it and as an import row has it, with the Swedish column names
 * of the import file. Labels or codes are accepted for the fixed lists ("16–17 år" or AGE_16_17).
 */
export const PLACEMENT_COLUMNS = ["kod", "utförare", "placeringsform", "åldersgrupp", "kön", "asylstatus", "behov", "startdatum", "slutdatum"] as const;

const cell = z.preprocess((value) => (value === null || value === undefined ? "" : value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim()), z.string());

function fromLabels<T extends Record<string, string>>(labels: T, message: string, optional = false, fallback = "") {
  const byText = new Map<string, keyof T>();
  for (const [code, label] of Object.entries(labels)) {
    byText.set(code.toLowerCase(), code);
    byText.set(label.toLowerCase(), code);
    byText.set(label.toLowerCase().replace(/\s*år$/, ""), code);
  }
  return cell.transform((raw, ctx) => {
    const value = raw || fallback;
    if (value === "" && optional) return null;
    const code = byText.get(value.toLowerCase().replace(/-/g, "–")) ?? byText.get(value.toLowerCase());
    if (!code) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return code;
  });
}

const isoDate = (message: string) =>
  cell.pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, message).refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), message));

export const placementRowSchema = z
  .object({
    kod: cell.pipe(z.string().refine(isPseudonymousCode, CODE_MESSAGE)),
    utförare: cell.pipe(z.string().min(1, "Välj utförare.").max(200)),
    placeringsform: cell.pipe(z.string().min(1, "Välj placeringsform.").max(100)),
    åldersgrupp: fromLabels(AGE_BAND_LABELS, `Åldersgrupp ska vara ${Object.values(AGE_BAND_LABELS).join(", ")}.`),
    kön: fromLabels(GENDER_LABELS, "Kön ska vara flicka, pojke eller annat."),
    asylstatus: fromLabels(ASYLUM_STATUS_LABELS, "Asylstatus ska vara PUT, TUT, asylsökande, avslag eller tomt.", true),
    behov: fromLabels(NEEDS_LEVEL_LABELS, "Behov ska vara ordinära eller mer omfattande.", false, "STANDARD"),
    startdatum: isoDate("Startdatum ska skrivas ÅÅÅÅ-MM-DD."),
    slutdatum: cell.pipe(z.union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Slutdatum ska skrivas ÅÅÅÅ-MM-DD eller lämnas tomt.")])).transform((value) => value || null),
  })
  .refine((row) => !row.slutdatum || row.slutdatum >= row.startdatum, { path: ["slutdatum"], message: "Slutdatum kan inte vara före startdatum." });
export type PlacementRow = z.infer<typeof placementRowSchema>;

/** The form: a row plus the placement's id when it is edited. */
export const savePlacementSchema = placementRowSchema.and(z.object({ id: z.preprocess((value) => (value === "" ? undefined : value), z.uuid().optional()) }));
export type SavePlacementInput = z.infer<typeof savePlacementSchema>;

export const endPlacementSchema = z.object({
  id: z.uuid(),
  endsOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Ange slutdatum som ÅÅÅÅ-MM-DD."),
});
