"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/action";
import { tenantCtxOf } from "@/lib/auth/session";
import { acceptActionPlan, addPlanAction, createAction, editAction, requestActionPlan, submitActionPlan, updateActionProgress } from "@/lib/data/action-items";
import { deliverPendingEmails } from "@/lib/data/outbox";
import { actionPlanIdSchema, createActionSchema, editActionSchema, planActionSchema, requestActionPlanSchema, updateActionSchema } from "@/lib/validation/action";

/** Actions show up on the dialogue, the lists, the quality plan and the provider's timeline. */
function refreshActionPages() {
  revalidatePath("/atgarder", "layout");
  revalidatePath("/dialoger/[id]", "page");
  revalidatePath("/kvalitetsplan");
  revalidatePath("/utforare/[providerId]", "page");
}

export const createActionAction = formAction({ name: "createAction", permission: "action.manage" }, createActionSchema, async (input, actor) => {
  await createAction(tenantCtxOf(actor), input);
  refreshActionPages();
  return { ok: true, message: "Åtgärden är registrerad." };
});

export const updateActionAction = formAction({ name: "updateAction", permission: "action.update" }, updateActionSchema, async (input, actor) => {
  const { version } = await updateActionProgress(tenantCtxOf(actor), input);
  refreshActionPages();
  return { ok: true, message: "Uppdateringen är sparad.", data: { version: String(version) } };
});

export const editActionAction = formAction({ name: "editAction", permission: "action.manage" }, editActionSchema, async (input, actor) => {
  await editAction(tenantCtxOf(actor), input);
  refreshActionPages();
  return { ok: true, message: "Åtgärden är ändrad." };
});

export const requestActionPlanAction = formAction({ name: "requestActionPlan", permission: "action.manage" }, requestActionPlanSchema, async (input, actor) => {
  await requestActionPlan(tenantCtxOf(actor), input);
  void deliverPendingEmails();
  refreshActionPages();
  return { ok: true, message: "Åtgärdsplanen är begärd och utföraren har fått besked." };
});

export const addPlanActionAction = formAction({ name: "addPlanAction", permission: "actionPlan.submit" }, planActionSchema, async (input, actor) => {
  await addPlanAction(tenantCtxOf(actor), input);
  refreshActionPages();
  return { ok: true, message: "Åtgärden är tillagd i planen." };
});

export const submitActionPlanAction = formAction({ name: "submitActionPlan", permission: "actionPlan.submit" }, actionPlanIdSchema, async (input, actor) => {
  await submitActionPlan(tenantCtxOf(actor), input.actionPlanId);
  refreshActionPages();
  return { ok: true, message: "Åtgärdsplanen är inskickad." };
});

export const acceptActionPlanAction = formAction({ name: "acceptActionPlan", permission: "action.manage" }, actionPlanIdSchema, async (input, actor) => {
  await acceptActionPlan(tenantCtxOf(actor), input.actionPlanId);
  refreshActionPages();
  return { ok: true, message: "Åtgärdsplanen är godkänd." };
});
