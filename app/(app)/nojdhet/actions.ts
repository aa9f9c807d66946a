"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/action";
import { tenantCtxOf } from "@/lib/auth/session";
import { addSurveyResponse, createSurvey } from "@/lib/data/surveys";
import { addSurveyResponseSchema, createSurveySchema } from "@/lib/validation/survey";

export const createSurveyAction = formAction({ name: "createSurvey", permission: "survey.manage" }, createSurveySchema, async (input, actor) => {
  const { id } = await createSurvey(tenantCtxOf(actor), input);
  revalidatePath("/nojdhet", "layout");
  redirect(`/nojdhet/enkater/${id}`);
});

export const addSurveyResponseAction = formAction({ name: "addSurveyResponse", permission: "survey.manage" }, addSurveyResponseSchema, async (input, actor) => {
  await addSurveyResponse(tenantCtxOf(actor), input);
  revalidatePath("/nojdhet", "layout");
  return { ok: true, message: "Svaret är registrerat." };
});
