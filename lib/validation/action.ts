import { z } from "./zod";

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optionalUuid = z.preprocess(blankToUndefined, z.uuid().optional());
const dueOn = z.preprocess(blankToUndefined, z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Ange datum som ÅÅÅÅ-MM-DD.").optional());

/** A decision recorded as an action: what, who is responsible on which side, and by when. */
export const createActionSchema = z
  .object({
    dialogueId: optionalUuid,
    agendaItemId: optionalUuid,
    riskId: optionalUuid,
    requirementId: optionalUuid,
    description: z.string().trim().min(5, "Beskriv åtgärden, minst fem tecken.").max(2000, "Beskrivningen får vara högst 2 000 tecken."),
    ownerSide: z.enum(["PROVIDER", "MUNICIPALITY"], "Välj om utföraren eller kommunen ansvarar."),
    ownerUserId: optionalUuid,
    ownerName: z.preprocess(blankToUndefined, z.string().trim().max(200, "Namnet får vara högst 200 tecken.").optional()),
    dueOn,
  })
  .refine((input) => input.dialogueId || input.riskId, { path: ["description"], message: "Åtgärden ska höra till en dialog eller en risk i kvalitetsplanen." });
export type CreateActionInput = z.infer<typeof createActionSchema>;

export const PROGRESS_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "DONE"] as const;

/** Progress on an action: the new status and what was done; `version` guards against two people at once. */
export const updateActionSchema = z.object({
  actionId: z.uuid(),
  version: z.coerce.number().int().min(1),
  status: z.enum(PROGRESS_STATUSES, "Välj status."),
  note: z.string().trim().min(3, "Skriv vad som har gjorts, minst tre tecken.").max(5000, "Texten får vara högst 5 000 tecken."),
});
export type UpdateActionInput = z.infer<typeof updateActionSchema>;

/** The quality developer changes what the action is, who owns it, or its due date. */
export const editActionSchema = z.object({
  actionId: z.uuid(),
  version: z.coerce.number().int().min(1),
  description: z.string().trim().min(5, "Beskriv åtgärden, minst fem tecken.").max(2000, "Beskrivningen får vara högst 2 000 tecken."),
  ownerName: z.preprocess(blankToUndefined, z.string().trim().max(200).optional()),
  dueOn,
});
export type EditActionInput = z.infer<typeof editActionSchema>;

export const requestActionPlanSchema = z.object({
  cycleId: z.uuid(),
  providerId: z.uuid(),
  dueOn: z.string("Ange sista dag.").regex(/^\d{4}-\d{2}-\d{2}$/, "Ange sista dag som ÅÅÅÅ-MM-DD."),
  note: z.string().trim().min(5, "Skriv vad åtgärdsplanen ska omfatta.").max(2000, "Texten får vara högst 2 000 tecken."),
});
export type RequestActionPlanInput = z.infer<typeof requestActionPlanSchema>;

/** The provider's action in a requested plan. */
export const planActionSchema = z.object({
  actionPlanId: z.uuid(),
  requirementId: optionalUuid,
  description: z.string().trim().min(5, "Beskriv åtgärden, minst fem tecken.").max(2000, "Beskrivningen får vara högst 2 000 tecken."),
  ownerName: z.preprocess(blankToUndefined, z.string().trim().max(200).optional()),
  dueOn: z.string("Ange när åtgärden ska vara klar.").regex(/^\d{4}-\d{2}-\d{2}$/, "Ange datum som ÅÅÅÅ-MM-DD."),
});
export type PlanActionInput = z.infer<typeof planActionSchema>;

export const actionPlanIdSchema = z.object({ actionPlanId: z.uuid() });
