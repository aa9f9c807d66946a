"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/auth/action";
import { tenantCtxOf } from "@/lib/auth/session";
import { completeDialogue, generateAgenda, moveAgendaItem, removeAgendaItem, saveAgendaItem, scheduleDialogue } from "@/lib/data/dialogues";
import { deliverPendingEmails } from "@/lib/data/outbox";
import { agendaItemRefSchema, agendaItemSchema, completeDialogueSchema, dialogueIdSchema, scheduleDialogueSchema } from "@/lib/validation/dialogue";

const refresh = (dialogueId: string) => revalidatePath(`/dialoger/${dialogueId}`);

export const scheduleDialogueAction = formAction({ name: "scheduleDialogue", permission: "dialogue.manage" }, scheduleDialogueSchema, async (input, actor) => {
  const { id } = await scheduleDialogue(tenantCtxOf(actor), input);
  void deliverPendingEmails();
  revalidatePath(`/uppfoljningar/${input.cycleId}/dialoger`);
  redirect(`/dialoger/${id}`);
});

export const generateAgendaAction = formAction({ name: "generateAgenda", permission: "dialogue.manage" }, dialogueIdSchema, async (input, actor) => {
  const { added } = await generateAgenda(tenantCtxOf(actor), input.dialogueId);
  refresh(input.dialogueId);
  return { ok: true, message: added ? `${added} ${added === 1 ? "punkt lades till" : "punkter lades till"} från uppföljningen.` : "Dagordningen har redan allt som uppföljningen ger." };
});

export const saveAgendaItemAction = formAction({ name: "saveAgendaItem", permission: "dialogue.manage" }, agendaItemSchema, async (input, actor) => {
  await saveAgendaItem(tenantCtxOf(actor), input);
  refresh(input.dialogueId);
  return { ok: true, message: input.itemId ? "Sparat." : "Punkten är tillagd." };
});

export const removeAgendaItemAction = formAction({ name: "removeAgendaItem", permission: "dialogue.manage" }, agendaItemRefSchema, async (input, actor) => {
  await removeAgendaItem(tenantCtxOf(actor), input.dialogueId, input.itemId);
  refresh(input.dialogueId);
  return { ok: true };
});

export const moveAgendaItemAction = formAction({ name: "moveAgendaItem", permission: "dialogue.manage" }, agendaItemRefSchema, async (input, actor) => {
  await moveAgendaItem(tenantCtxOf(actor), input.dialogueId, input.itemId, input.direction ?? "up");
  refresh(input.dialogueId);
  return { ok: true };
});

export const completeDialogueAction = formAction({ name: "completeDialogue", permission: "dialogue.manage" }, completeDialogueSchema, async (input, actor) => {
  await completeDialogue(tenantCtxOf(actor), input.dialogueId, input.summary);
  refresh(input.dialogueId);
  return { ok: true, message: "Dialogen är markerad som genomförd." };
});
