import { z } from "./zod";
import { QUALITY_AREA_LABELS } from "@/lib/domain/labels";
import { validateRows, type RowError } from "./rows";

/**
 * One row of a requirement catalogue import, with Swedish column names as a person would write
 * them in a spreadsheet. Every problem is reported with its row number; nothing is saved unless
 * every row is valid.
 */

const SOURCES = { lag: "LAW", avtal: "CONTRACT", "kommunalt mål": "MUNICIPAL_GOAL" } as const;
const SCALES = { aktivitet: "ACTIVITY", tillsyn: "SUPERVISION" } as const;
const AREA_BY_LABEL = new Map(Object.entries(QUALITY_AREA_LABELS).map(([code, label]) => [label.toLowerCase(), code as keyof typeof QUALITY_AREA_LABELS]));

export const REQUIREMENT_COLUMNS = ["kod", "källa", "referens", "rubrik", "text", "målområde", "kvalitetsområden", "kritisk", "vikt", "bedömning"] as const;

// A spreadsheet cell, or a form field; ticked checkboxes arrive as a list.
const cell = z.preprocess(
  (value) => (value === null || value === undefined ? "" : Array.isArray(value) ? value.join(";") : String(value).trim()),
  z.string(),
);
const lowerCell = cell.transform((value) => value.toLowerCase());

export const requirementRowSchema = z.object({
  kod: cell.pipe(z.string().min(1, "Kod saknas.").max(40, "Koden får vara högst 40 tecken.").regex(/^[\p{L}\p{N}._-]+$/u, "Koden får bara innehålla bokstäver, siffror, punkt, bindestreck och understreck.")),
  källa: lowerCell.pipe(z.enum(Object.keys(SOURCES) as [keyof typeof SOURCES], "Källa ska vara lag, avtal eller kommunalt mål.")).transform((value) => SOURCES[value]),
  referens: cell.pipe(z.string().max(200, "Referensen får vara högst 200 tecken.")).transform((value) => value || null),
  rubrik: cell.pipe(z.string().min(1, "Rubrik saknas.").max(300, "Rubriken får vara högst 300 tecken.")),
  text: cell.pipe(z.string().min(1, "Kravtext saknas.").max(5000, "Kravtexten får vara högst 5 000 tecken.")),
  målområde: cell.pipe(z.string().min(1, "Målområde saknas.").max(200)),
  kvalitetsområden: cell.transform((value, ctx) => {
    const names = value.split(/[;,]/).map((name) => name.trim().toLowerCase()).filter(Boolean);
    const codes = names.map((name) => AREA_BY_LABEL.get(name));
    const unknown = names.filter((_, index) => !codes[index]);
    if (unknown.length) {
      ctx.addIssue({ code: "custom", message: `Okänt kvalitetsområde: ${unknown.join(", ")}. Använd SoL:s sex områden.` });
      return z.NEVER;
    }
    return [...new Set(codes as (keyof typeof QUALITY_AREA_LABELS)[])];
  }),
  kritisk: lowerCell.transform((value) => (value === "on" ? "ja" : value)).pipe(z.enum(["ja", "nej", ""], "Kritisk ska vara ja eller nej.")).transform((value) => value === "ja"),
  vikt: cell
    .transform((value) => (value === "" ? 1 : Number(value.replace(",", "."))))
    .pipe(z.number("Vikt ska vara ett heltal 1–10.").int("Vikt ska vara ett heltal 1–10.").min(1, "Vikt ska vara ett heltal 1–10.").max(10, "Vikt ska vara ett heltal 1–10.")),
  bedömning: lowerCell.transform((value) => (value === "" ? "aktivitet" : value)).pipe(z.enum(Object.keys(SCALES) as [keyof typeof SCALES], "Bedömning ska vara aktivitet eller tillsyn.")).transform((value) => SCALES[value]),
});
export type RequirementRow = z.infer<typeof requirementRowSchema>;

export type { RowError } from "./rows";

/** Validates every row; returns the valid rows only when there are no errors at all. */
export function validateRequirementRows(rows: Record<string, unknown>[]): { rows: RequirementRow[]; errors: RowError[] } {
  const { valid, errors } = validateRows(rows, requirementRowSchema, (row) => row.kod, "kod");
  return { rows: errors.length ? [] : valid.map((entry) => entry.row), errors };
}
