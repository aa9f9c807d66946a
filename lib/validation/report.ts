import { z } from "./zod";

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** A new report: the annual report of a cycle, or an activity report for a year. */
export const createReportSchema = z
  .object({
    template: z.enum(["ANNUAL_QUALITY_REPORT", "ACTIVITY_REPORT"], "Välj vilken sorts rapport."),
    title: z.string().trim().min(5, "Ge rapporten en rubrik, minst fem tecken.").max(200, "Rubriken får vara högst 200 tecken."),
    cycleId: z.preprocess(blankToUndefined, z.uuid("Välj uppföljning.").optional()),
    year: z.preprocess(blankToUndefined, z.coerce.number().int().min(2000, "Ange ett år från 2000.").max(2100, "Ange ett år före 2100.").optional()),
    countDay: z.preprocess(blankToUndefined, z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Ange datum som ÅÅÅÅ-MM-DD.").optional()),
  })
  .refine((input) => input.template !== "ANNUAL_QUALITY_REPORT" || input.cycleId, { path: ["cycleId"], message: "Välj den uppföljning rapporten gäller." })
  .refine((input) => input.template !== "ACTIVITY_REPORT" || input.year, { path: ["year"], message: "Ange vilket år rapporten gäller." });
export type CreateReportInput = z.infer<typeof createReportSchema>;

/** One narrative section as the editor autosaves it. */
export const saveReportSectionSchema = z.object({
  reportId: z.uuid(),
  key: z.string().regex(/^[a-z0-9-]{1,60}$/),
  body: z.string().max(20_000, "Texten får vara högst 20 000 tecken."),
  version: z.coerce.number().int().min(0),
});
export type SaveReportSectionInput = z.infer<typeof saveReportSectionSchema>;

export const reportIdSchema = z.object({ reportId: z.uuid() });
