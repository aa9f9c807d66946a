"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/auth/action";
import { tenantCtxOf } from "@/lib/auth/session";
import type { FormState } from "@/lib/validation/form-state";
import { createReport, publishReport, saveReportSection, unpublishReport } from "@/lib/data/reports";
import { createReportSchema, reportIdSchema, saveReportSectionSchema } from "@/lib/validation/report";

export const createReportAction = formAction({ name: "createReport", permission: "report.manage" }, createReportSchema, async (input, actor) => {
  const { id } = await createReport(tenantCtxOf(actor), input);
  revalidatePath("/kvalitetsrapporter");
  redirect(`/kvalitetsrapporter/${id}`);
});

/** The editor's autosave: answers saved (with the new version) or conflict (with the stored text). */
export const saveReportSectionAction = formAction({ name: "saveReportSection", permission: "report.manage" }, saveReportSectionSchema, async (input, actor): Promise<FormState> => {
  const result = await saveReportSection(tenantCtxOf(actor), input);
  if (result.status === "conflict") {
    return { ok: false, message: "Texten har ändrats av någon annan sedan du började skriva.", data: { status: "conflict", value: JSON.stringify(result.body), version: String(result.version) } };
  }
  return { ok: true, data: { status: "saved", version: String(result.version) } };
});

export const publishReportAction = formAction({ name: "publishReport", permission: "report.manage" }, reportIdSchema, async (input, actor) => {
  const { publicPath } = await publishReport(tenantCtxOf(actor), input.reportId);
  revalidatePath(`/kvalitetsrapporter/${input.reportId}`);
  revalidatePath(publicPath);
  return { ok: true, message: `Rapporten är publicerad på ${publicPath}.` };
});

export const unpublishReportAction = formAction({ name: "unpublishReport", permission: "report.manage" }, reportIdSchema, async (input, actor) => {
  await unpublishReport(tenantCtxOf(actor), input.reportId);
  revalidatePath(`/kvalitetsrapporter/${input.reportId}`);
  return { ok: true, message: "Rapporten är inte längre publicerad." };
});
