import { z } from "./zod";
import { DEVIATION_KIND_LABELS, type DeviationKindCode } from "@/lib/domain/labels";
import { containsPersonnummer, PERSONNUMMER_MESSAGE } from "@/lib/domain/personal-data";

const optionalText = (max: number, message: string) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.string().trim().max(max, message).refine((text) => !containsPersonnummer(text), PERSONNUMMER_MESSAGE).optional(),
  );

/** A record in the register of deviations, complaints, Lex Sarah and IVO: a count, or one event, never personal data. */
export const addDeviationSchema = z
  .object({
    providerId: z.uuid("Välj utförare."),
    year: z.coerce.number("Ange år.").int("Ange år.").min(2000, "Ange ett år från 2000.").max(2100, "Ange ett år före 2100."),
    kind: z.enum(Object.keys(DEVIATION_KIND_LABELS) as [DeviationKindCode, ...DeviationKindCode[]], "Välj vad som registreras."),
    count: z.coerce.number("Ange antal.").int("Antal ska vara ett heltal.").min(1, "Antal ska vara minst 1.").max(10000, "Antal får vara högst 10 000."),
    occurredOn: z.preprocess((value) => (value === "" ? undefined : value), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Ange datum som ÅÅÅÅ-MM-DD.").optional()),
    category: optionalText(200, "Kategorin får vara högst 200 tecken."),
    summary: optionalText(1000, "Sammanfattningen får vara högst 1 000 tecken."),
    hasFindings: z.preprocess((value) => (value === "" || value === undefined ? undefined : value === "ja"), z.boolean().optional()),
  })
  .refine((record) => !record.occurredOn || record.occurredOn.startsWith(String(record.year)), { path: ["occurredOn"], message: "Datumet ska ligga inom det angivna året." });
export type AddDeviationInput = z.infer<typeof addDeviationSchema>;

export const removeDeviationSchema = z.object({ id: z.uuid() });
