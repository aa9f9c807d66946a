"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/action";
import { tenantCtxOf } from "@/lib/auth/session";
import { addProcess, addRisk, addSelfCheck, createQualityPlan, recordSelfCheckResult } from "@/lib/data/quality-plan";
import { addProcessSchema, addRiskSchema, addSelfCheckSchema, createQualityPlanSchema, selfCheckResultSchema } from "@/lib/validation/quality-plan";

const saved = (message: string) => {
  revalidatePath("/kvalitetsplan");
  return { ok: true, message };
};

export const createQualityPlanAction = formAction({ name: "createQualityPlan", permission: "qualityPlan.manage" }, createQualityPlanSchema, async (input, actor) => {
  await createQualityPlan(tenantCtxOf(actor), input);
  return saved("Kvalitetsplanen är skapad.");
});

export const addProcessAction = formAction({ name: "addProcess", permission: "qualityPlan.manage" }, addProcessSchema, async (input, actor) => {
  await addProcess(tenantCtxOf(actor), input);
  return saved("Processen är tillagd.");
});

export const addRiskAction = formAction({ name: "addRisk", permission: "qualityPlan.manage" }, addRiskSchema, async (input, actor) => {
  await addRisk(tenantCtxOf(actor), input);
  return saved("Risken är tillagd.");
});

export const addSelfCheckAction = formAction({ name: "addSelfCheck", permission: "qualityPlan.manage" }, addSelfCheckSchema, async (input, actor) => {
  await addSelfCheck(tenantCtxOf(actor), input);
  return saved("Egenkontrollen är tillagd.");
});

export const recordSelfCheckResultAction = formAction({ name: "recordSelfCheckResult", permission: "qualityPlan.manage" }, selfCheckResultSchema, async (input, actor) => {
  await recordSelfCheckResult(tenantCtxOf(actor), input.selfCheckId, input.result);
  return saved("Resultatet är sparat.");
});
