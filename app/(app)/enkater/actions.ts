"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/auth/action";
import { tenantCtxOf } from "@/lib/auth/session";
import { addQuestion, addSection, createDraftFrom, publishVersion, removeQuestion } from "@/lib/data/questionnaires";
import { addQuestionSchema, addSectionSchema, removeQuestionSchema, versionActionSchema } from "@/lib/validation/questionnaire";

const meta = (name: string) => ({ name, permission: "questionnaire.manage" }) as const;
const refresh = (versionId: string) => revalidatePath(`/enkater/${versionId}`);

export const createDraftAction = formAction(meta("createQuestionnaireDraft"), versionActionSchema, async (input, actor) => {
  const draft = await createDraftFrom(tenantCtxOf(actor), input.versionId);
  redirect(`/enkater/${draft.id}`);
});

export const addSectionAction = formAction(meta("addQuestionSection"), addSectionSchema, async (input, actor) => {
  await addSection(tenantCtxOf(actor), input);
  refresh(input.versionId);
  return { ok: true, message: `Avsnittet ”${input.title}” är tillagt.` };
});

export const addQuestionAction = formAction(meta("addQuestion"), addQuestionSchema, async (input, actor) => {
  await addQuestion(tenantCtxOf(actor), input);
  refresh(input.versionId);
  return { ok: true, message: "Frågan är tillagd." };
});

export const removeQuestionAction = formAction(meta("removeQuestion"), removeQuestionSchema, async (input, actor) => {
  await removeQuestion(tenantCtxOf(actor), input.versionId, input.questionId);
  refresh(input.versionId);
  return { ok: true, message: "Frågan är borttagen." };
});

export const publishVersionAction = formAction(meta("publishQuestionnaireVersion"), versionActionSchema, async (input, actor) => {
  await publishVersion(tenantCtxOf(actor), input.versionId);
  refresh(input.versionId);
  return { ok: true, message: "Versionen är publicerad och kan inte längre ändras." };
});
