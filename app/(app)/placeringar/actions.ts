"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/action";
import { tenantCtxOf } from "@/lib/auth/session";
import { endPlacement, savePlacement } from "@/lib/data/placements";
import { endPlacementSchema, savePlacementSchema } from "@/lib/validation/placement";

export const savePlacementAction = formAction({ name: "savePlacement", permission: "placement.manage" }, savePlacementSchema, async (input, actor) => {
  await savePlacement(tenantCtxOf(actor), input);
  revalidatePath("/placeringar", "layout");
  return { ok: true, message: input.id ? "Placeringen är ändrad." : `Placeringen ${input.kod} är tillagd.` };
});

export const endPlacementAction = formAction({ name: "endPlacement", permission: "placement.manage" }, endPlacementSchema, async (input, actor) => {
  await endPlacement(tenantCtxOf(actor), input.id, input.endsOn);
  revalidatePath("/placeringar", "layout");
  return { ok: true, message: `Placeringen är avslutad ${input.endsOn}.` };
});
