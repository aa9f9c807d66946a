import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { asAppError } from "@/lib/errors";
import type { FormState } from "@/lib/validation/form-state";
import { assertCan } from "./guard";
import type { Permission } from "./policy";
import { requireActor, type Actor } from "./session";

export interface ActionMeta {
  name: string;
  /** null: open to anyone, signed in or not (sign-in links, account activation). */
  permission: Permission | null;
  /** Usable before a required second factor is set up (only the set-up itself). */
  allowTwoFactorEnrolment?: boolean;
}

export type FormAction = ((state: FormState, formData: FormData) => Promise<FormState>) & { meta: ActionMeta; schema?: z.ZodType };

/**
 * A server action with the project's pipeline: resolve the actor, check the permission,
 * validate with the form's own zod schema, run. Expected failures become Swedish messages;
 * unexpected ones are logged with an id and shown as a generic message, never as e.message.
 * `meta` lets the authorisation matrix test find every action and its permission.
 */
export function formAction<S extends z.ZodType>(
  meta: ActionMeta & { permission: Permission },
  schema: S,
  run: (input: z.output<S>, actor: Actor) => Promise<FormState | void>,
): FormAction {
  const action = async (_state: FormState, formData: FormData): Promise<FormState> => {
    try {
      const actor = await requireActor(meta.allowTwoFactorEnrolment ?? false);
      assertCan(actor, meta.permission);
      return withValues(await parseAndRun(schema, formData, (input) => run(input, actor)), formData);
    } catch (error) {
      return withValues(errorToFormState(error, meta.name), formData);
    }
  };
  // The schema travels with the action so tests can generate input for its fields.
  return Object.assign(action, { meta, schema });
}

/** An action anyone may call, signed in or not; it must not reveal whether accounts exist. */
export function publicFormAction<S extends z.ZodType>(
  meta: { name: string },
  schema: S,
  run: (input: z.output<S>) => Promise<FormState | void>,
): FormAction {
  const action = async (_state: FormState, formData: FormData): Promise<FormState> => {
    try {
      return withValues(await parseAndRun(schema, formData, run), formData);
    } catch (error) {
      return withValues(errorToFormState(error, meta.name), formData);
    }
  };
  return Object.assign(action, { meta: { name: meta.name, permission: null } });
}

const NUL_MESSAGE = "Texten innehåller ett tecken som inte kan sparas (NUL). Ta bort det och försök igen.";

async function parseAndRun<S extends z.ZodType>(schema: S, formData: FormData, run: (input: z.output<S>) => Promise<FormState | void>): Promise<FormState> {
  const fields = formDataToObject(formData);
  // PostgreSQL cannot store the NUL character in text; refuse it here for every form, with a message.
  const withNul = Object.keys(fields).filter((key) => [fields[key]].flat().some((value) => typeof value === "string" && value.includes("\u0000")));
  if (withNul.length) return { ok: false, message: "Kontrollera uppgifterna i formuläret.", fieldErrors: Object.fromEntries(withNul.map((key) => [key, [NUL_MESSAGE]])) };
  const parsed = schema.safeParse(fields);
  if (!parsed.success) {
    return { ok: false, message: "Kontrollera uppgifterna i formuläret.", fieldErrors: z.flattenError(parsed.error).fieldErrors as FormState["fieldErrors"] };
  }
  return (await run(parsed.data)) ?? { ok: true };
}

const SECRET_FIELD = /password|confirm|current|token|code/i;

/** On failure, echo the text fields (never secrets or files) so the form can show them again. */
function withValues(state: FormState, formData: FormData): FormState {
  if (state.ok) return state;
  const values: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(formDataToObject(formData))) {
    if (SECRET_FIELD.test(key)) continue;
    if (typeof value === "string") values[key] = value;
    else if (Array.isArray(value) && value.every((item) => typeof item === "string")) values[key] = value as string[];
  }
  return { ...state, values };
}

export function errorToFormState(error: unknown, where: string): FormState {
  const expected = asAppError(error);
  // `data.status` tells autosaving forms to keep the edit and try again.
  if (expected?.code === "UNAVAILABLE") return { ok: false, message: expected.message, data: { status: "unavailable" } };
  if (expected) return { ok: false, message: expected.message };
  // Next's redirect() and notFound() work by throwing; let them through.
  if (error instanceof Error && "digest" in error && typeof error.digest === "string" && error.digest.startsWith("NEXT_")) throw error;
  const id = randomUUID().slice(0, 8);
  console.error(`[${where}] oväntat fel ${id}:`, error);
  return { ok: false, message: `Något gick fel och ingenting sparades. Försök igen, eller kontakta supporten och ange felkod ${id}.` };
}

/** Form fields as an object; a field sent more than once (ticked checkboxes) becomes an array. */
function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key);
    result[key] = values.length > 1 ? values : values[0];
  }
  return result;
}
