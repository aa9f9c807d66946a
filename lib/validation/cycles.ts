import { z } from "./zod";

const isoDate = (message: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, message);

/** The form for a new follow-up cycle. Providers come as repeated `providerIds` fields. */
export const createCycleSchema = z
  .object({
    name: z.string().trim().min(3, "Ge uppföljningen ett namn.").max(200, "Namnet får vara högst 200 tecken."),
    serviceArea: z.string().trim().min(3, "Ange vilket område som följs upp.").max(200),
    year: z.coerce.number("Ange år.").int().min(2000, "Ange ett år från 2000.").max(2100, "Ange ett år före 2100."),
    periodStart: isoDate("Ange startdatum."),
    periodEnd: isoDate("Ange slutdatum."),
    selfAssessmentDueOn: isoDate("Ange sista dag för egenrapporteringen."),
    assessmentDueOn: isoDate("Ange när bedömningen ska vara klar."),
    templateVersionId: z.uuid("Välj en publicerad enkätversion."),
    providerIds: z.preprocess(
      (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
      z.array(z.uuid("Ogiltigt val av utförare.")).min(1, "Välj minst en utförare.").max(500),
    ),
  })
  .refine((value) => value.periodStart <= value.periodEnd, { path: ["periodEnd"], message: "Slutdatum kan inte vara före startdatum." })
  .refine((value) => value.selfAssessmentDueOn <= value.assessmentDueOn, {
    path: ["assessmentDueOn"],
    message: "Bedömningen kan inte vara klar före sista dag för egenrapporteringen.",
  });
export type CreateCycleInput = z.infer<typeof createCycleSchema>;

export const openCycleSchema = z.object({ cycleId: z.uuid() });

/** The quality developer's confirmed selection: the providers ticked and the seed of the draw shown. */
export const confirmSelectionSchema = z.object({
  cycleId: z.uuid(),
  seed: z.string().trim().min(1, "Urvalet saknar frö.").max(100),
  providerIds: z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.uuid("Ogiltigt val av utförare.")).min(1, "Välj minst en utförare.").max(500),
  ),
});
export type ConfirmSelectionInput = z.infer<typeof confirmSelectionSchema>;
