import { z } from "./zod";
import { QUALITY_AREA_LABELS } from "@/lib/domain/labels";

type QualityAreaCode = keyof typeof QUALITY_AREA_LABELS;
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const list = (value: unknown) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]);
const text = (min: number, max: number, tooShort: string) => z.string().trim().min(min, tooShort).max(max, `Högst ${max} tecken.`);
const optionalText = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max, `Högst ${max} tecken.`).optional());

export const createQualityPlanSchema = z.object({
  year: z.coerce.number("Ange år.").int("Ange år.").min(2000, "Ange ett år från 2000.").max(2100, "Ange ett år före 2100."),
  title: text(3, 200, "Ge planen en rubrik."),
});

export const addProcessSchema = z.object({ planId: z.uuid(), name: text(3, 200, "Namnge processen."), description: optionalText(2000) });

/** A risk in a process, tagged with the SoL quality areas it threatens. */
export const addRiskSchema = z.object({
  processId: z.uuid(),
  description: text(5, 1000, "Beskriv risken, minst fem tecken."),
  qualityAreas: z.preprocess(list, z.array(z.enum(Object.keys(QUALITY_AREA_LABELS) as [QualityAreaCode, ...QualityAreaCode[]])).min(1, "Välj minst ett kvalitetsområde.")),
});

/** A self-check (egenkontroll): what is measured, the target, how; the result comes later. */
export const addSelfCheckSchema = z.object({ riskId: z.uuid(), measure: text(5, 500, "Beskriv vad som mäts."), target: optionalText(200), method: optionalText(500) });

export const selfCheckResultSchema = z.object({ selfCheckId: z.uuid(), result: text(1, 500, "Skriv resultatet.") });
