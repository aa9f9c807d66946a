"use client";

import { useId, useMemo } from "react";
import { ConflictNotice } from "@/components/forms/conflict-notice";
import { SaveStatusText } from "@/components/forms/save-status";
import { throughFormAction, useAutosave } from "@/components/forms/use-autosave";
import type { FormState } from "@/lib/validation/form-state";

interface Narrative {
  key: string;
  title: string;
  text: string;
  version: number;
  edited: boolean;
}

/**
 * A narrative section of the report, edited in place and saved 0.8 s after typing stops. Until
 * someone writes, it holds the suggestion the data supports; a save that meets someone else's
 * newer text asks which to keep.
 */
export function NarrativeEditor({ reportId, narrative, save }: { reportId: string; narrative: Narrative; save: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const id = useId();
  const send = useMemo(() => throughFormAction(save), [save]);
  const { fields, change, resolve } = useAutosave({ [narrative.key]: { value: narrative.text, version: narrative.version } }, send, (key, value, version) => {
    const data = new FormData();
    data.set("reportId", reportId);
    data.set("key", key);
    data.set("body", String(value ?? ""));
    data.set("version", String(version));
    return data;
  });
  const field = fields[narrative.key]!;
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-center justify-between gap-2 print:hidden">
        <label htmlFor={id} className="font-semibold">
          {narrative.title}
        </label>
        <span className="flex items-center gap-3">
          {!narrative.edited && field.version === 0 ? <span className="text-xs text-slate-600">Förslag utifrån uppgifterna</span> : null}
          <SaveStatusText status={field.status} />
        </span>
      </div>
      <textarea
        id={id}
        value={String(field.value ?? "")}
        onChange={(event) => change(narrative.key, event.target.value)}
        rows={Math.min(12, Math.max(3, Math.ceil(String(field.value ?? "").length / 110) + 1))}
        className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm leading-relaxed print:hidden"
      />
      {field.status === "invalid" && field.message ? <p className="text-sm text-red-700">{field.message}</p> : null}
      {field.conflict ? (
        <ConflictNotice message={field.message ?? "Texten har ändrats någon annanstans."} theirs={String(field.conflict.value)} onKeepMine={() => resolve(narrative.key, "mine")} onTakeTheirs={() => resolve(narrative.key, "theirs")} />
      ) : null}
      {/* On paper the text itself, under its heading, instead of the editor. */}
      <div aria-hidden="true" className="hidden space-y-1 print:block">
        <p className="font-semibold">{narrative.title}</p>
        <p className="whitespace-pre-line leading-relaxed">{String(field.value ?? "")}</p>
      </div>
    </div>
  );
}
