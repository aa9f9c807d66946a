"use client";

import { useActionState, useId } from "react";
import { FieldError } from "./field-error";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";
import { INITIAL_FORM_STATE, formKeyOf, type FormState } from "@/lib/validation/form-state";

type Option = { value: string; label: string };

export type QuickField =
  | { kind: "hidden"; name: string; value: string }
  | { kind: "text" | "date" | "time" | "number" | "url"; name: string; label: string; defaultValue?: string; wide?: boolean }
  | { kind: "textarea"; name: string; label: string; defaultValue?: string; rows?: number }
  | { kind: "select"; name: string; label: string; options: Option[]; defaultValue?: string; placeholder?: string }
  | { kind: "checkboxes"; name: string; label: string; options: Option[]; defaultValues?: string[] };

const control = "mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 font-normal";

/**
 * A small form described by its fields: labels tied to controls, each field's messages under it,
 * a failed attempt's values shown again, and the outcome announced. For the many short forms of
 * dialogues, actions and the quality plan, which differ only in their fields.
 */
export function QuickForm({
  action,
  fields,
  submitLabel,
  pendingLabel = "Sparar…",
  title,
  compact = false,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: QuickField[];
  submitLabel: string;
  pendingLabel?: string;
  title?: string;
  compact?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const prefix = useId();
  const echoed = (name: string) => state.values?.[name];
  const errorId = (name: string) => `${prefix}-${name}-fel`;
  const described = (name: string) => ({ "aria-describedby": errorId(name), "aria-invalid": state.fieldErrors?.[name] ? true : undefined });

  const render = (field: QuickField) => {
    if (field.kind === "hidden") return <input key={field.name} type="hidden" name={field.name} value={field.value} />;
    const errors = <FieldError id={errorId(field.name)} errors={state.fieldErrors?.[field.name]} />;
    if (field.kind === "checkboxes") {
      const chosen = state.values ? [echoed(field.name) ?? []].flat() : (field.defaultValues ?? []);
      return (
        <fieldset key={field.name} className="sm:col-span-2" {...described(field.name)}>
          <legend className="text-sm font-medium">{field.label}</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {field.options.map((option) => (
              <label key={option.value} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name={field.name} value={option.value} defaultChecked={chosen.includes(option.value)} />
                {option.label}
              </label>
            ))}
          </div>
          {errors}
        </fieldset>
      );
    }
    const value = String(echoed(field.name) ?? field.defaultValue ?? "");
    const input =
      field.kind === "textarea" ? (
        <textarea name={field.name} rows={field.rows ?? 3} defaultValue={value} className={control} {...described(field.name)} />
      ) : field.kind === "select" ? (
        <select name={field.name} defaultValue={value} className={control} {...described(field.name)}>
          {field.placeholder !== undefined ? <option value="">{field.placeholder}</option> : null}
          {field.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input name={field.name} type={field.kind === "number" ? "text" : field.kind} inputMode={field.kind === "number" ? "numeric" : undefined} defaultValue={value} className={control} {...described(field.name)} />
      );
    const wide = field.kind === "textarea" || (field.kind === "text" && field.wide);
    return (
      <div key={field.name} className={wide ? "sm:col-span-2" : undefined}>
        <label className="block text-sm font-medium">
          {field.label}
          {input}
        </label>
        {errors}
      </div>
    );
  };

  return (
    <form key={formKeyOf(state)} action={formAction} noValidate className={compact ? "space-y-2" : "space-y-3 rounded-lg border border-slate-200 bg-white p-4"}>
      {title ? <h3 className="font-semibold">{title}</h3> : null}
      <div className="grid gap-3 sm:grid-cols-2">{fields.map(render)}</div>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={pending} label={submitLabel} pendingLabel={pendingLabel} className="text-sm" />
        <FormMessage state={state} />
      </div>
    </form>
  );
}
