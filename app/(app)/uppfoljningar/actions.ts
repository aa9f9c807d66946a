"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/auth/action";
import { tenantCtxOf } from "@/lib/auth/session";
import { createCycle, openCycle } from "@/lib/data/cycles";
import { deliverPendingEmails } from "@/lib/data/outbox";
import { appUrl } from "@/lib/env";
import { createCycleSchema, openCycleSchema } from "@/lib/validation/cycles";

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
