"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/auth/action";
import { tenantCtxOf } from "@/lib/auth/session";
import { createCycle, openCycle } from "@/lib/data/cycles";
import { deliverPendingEmails } from "@/lib/data/outbox";
import { appUrl } from "@/lib/env";
import { confirmSelection } from "@/lib/data/selection";
import { confirmSelectionSchema, createCycleSchema, openCycleSchema } from "@/lib/validation/cycles";

export const createCycleAction = formAction({ name: "createCycle", permission: "cycle.manage" }, createCycleSchema, async (input, actor) => {
  const { id } = await createCycle(tenantCtxOf(actor), input);
  redirect(`/uppfoljningar/${id}`);
});

export const openCycleAction = formAction({ name: "openCycle", permission: "cycle.manage" }, openCycleSchema, async (input, actor) => {
  const result = await openCycle(tenantCtxOf(actor), input.cycleId, (id) => appUrl(`/egenrapportering/${id}`));
  void deliverPendingEmails();
  return {
    ok: true,
    message: `Uppföljningen är öppnad. ${result.opened} utförare har fått en inbjudan${result.carriedForward ? "; tidigare svar är ifyllda där sådana fanns" : ""}.`,
  };
});

export const confirmSelectionAction = formAction({ name: "confirmSelection", permission: "cycle.manage" }, confirmSelectionSchema, async (input, actor) => {
  const { selected } = await confirmSelection(tenantCtxOf(actor), input);
  revalidatePath(`/uppfoljningar/${input.cycleId}`, "layout");
  return { ok: true, message: `Urvalet är bekräftat: ${selected} utförare.` };
});
