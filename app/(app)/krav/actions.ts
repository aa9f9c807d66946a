"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/auth/action";
import { tenantCtxOf } from "@/lib/auth/session";
import { importRequirements } from "@/lib/data/requirements";
import { readSpreadsheet, SpreadsheetError } from "@/lib/import/spreadsheet";
import { requirementRowSchema, validateRequirementRows } from "@/lib/validation/requirement-import";

const importSchema = z.object({
  file: z.instanceof(File, { message: "Välj en fil." }).refine((file) => file.size > 0, "Välj en fil."),
});

export const importRequirementsAction = formAction({ name: "importRequirements", permission: "requirement.manage" }, importSchema, async (input, actor) => {
  let raw: Record<string, string>[];
  try {
    raw = await readSpreadsheet(input.file.name, new Uint8Array(await input.file.arrayBuffer()));
  } catch (error) {
    if (error instanceof SpreadsheetError) return { ok: false, message: error.message };
    throw error;
  }
  const { rows, errors } = validateRequirementRows(raw);
  if (errors.length) {
    return {
      ok: false,
      message: `Inget importerades: ${errors.length} fel i filen. Rätta raderna nedan och försök igen.`,
      data: { errors: errors.map((error) => `Rad ${error.row}: ${error.message}`) },
    };
  }
  const result = await importRequirements(tenantCtxOf(actor), rows, input.file.name);
  revalidatePath("/krav");
  return { ok: true, message: `${rows.length} krav importerade: ${result.created} nya, ${result.updated} uppdaterade.` };
});

/** One requirement from the form: a new code creates it, an existing code updates it. */
export const saveRequirementAction = formAction({ name: "saveRequirement", permission: "requirement.manage" }, requirementRowSchema, async (input, actor) => {
  const result = await importRequirements(tenantCtxOf(actor), [input], "formulär");
  revalidatePath("/krav");
  return { ok: true, message: result.created ? `Kravet ${input.kod} är tillagt.` : `Kravet ${input.kod} är uppdaterat.` };
});
