import { z } from "./zod";

export const QUESTION_TYPES = ["STATUS", "YES_NO", "TEXT", "NUMBER", "PERCENT", "DATE", "SINGLE_CHOICE", "MULTI_CHOICE", "FILE"] as const;

const optionalText = (max: number) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), z.string().trim().max(max).optional());
const list = (value: unknown) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]);

export const addSectionSchema = z.object({
  versionId: z.uuid(),
  title: z.string().trim().min(2, "Ge avsnittet en rubrik.").max(200, "Rubriken får vara högst 200 tecken."),
  description: optionalText(1000),
});

export const addQuestionSchema = z
  .object({
    versionId: z.uuid(),
    sectionId: z.uuid("Välj avsnitt."),
    type: z.enum(QUESTION_TYPES, "Välj frågetyp."),
    text: z.string().trim().min(3, "Skriv frågan.").max(1000, "Frågan får vara högst 1 000 tecken."),
    helpText: optionalText(2000),
    isRequired: z.preprocess((value) => value === "on" || value === "true", z.boolean()),
    /** One option per line, for choice questions. */
    options: z.preprocess(
      (value) => (typeof value === "string" ? value.split(/\r?\n/).map((line) => line.trim()).filter(Boolean) : []),
      z.array(z.string().max(200, "Ett alternativ får vara högst 200 tecken.")).max(50, "Högst 50 alternativ."),
    ),
    requirementIds: z.preprocess(list, z.array(z.uuid()).max(20)),
    conditionQuestionId: z.preprocess((value) => (value === "" ? undefined : value), z.uuid().optional()),
    conditionValue: optionalText(200),
  })
  .superRefine((value, ctx) => {
    const choice = value.type === "SINGLE_CHOICE" || value.type === "MULTI_CHOICE";
    if (choice && value.options.length < 2) ctx.addIssue({ code: "custom", path: ["options"], message: "Ange minst två alternativ, ett per rad." });
    if (!choice && value.options.length) ctx.addIssue({ code: "custom", path: ["options"], message: "Bara flervalsfrågor har alternativ." });
    if (value.conditionQuestionId && !value.conditionValue) ctx.addIssue({ code: "custom", path: ["conditionValue"], message: "Ange vilket svar som visar frågan." });
  });
export type AddQuestionInput = z.infer<typeof addQuestionSchema>;

export const versionActionSchema = z.object({ versionId: z.uuid() });
export const removeQuestionSchema = z.object({ versionId: z.uuid(), questionId: z.uuid() });
