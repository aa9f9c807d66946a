"use client";

import { useActionState } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormMessage } from "@/components/forms/form-message";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/validation/form-state";

interface CommentFormProps {
  selfAssessmentId: string;
  questionId?: string;
  /** What the comment is about, for the field's label, e.g. "ET-10". */
  subject: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}

/** A new internal comment; the text stays if saving fails and is cleared once saved. */
export function CommentForm({ selfAssessmentId, questionId, subject, action }: CommentFormProps) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const failedBody = state.ok ? "" : String(state.values?.body ?? "");
  const errorId = `kommentar-fel-${questionId ?? selfAssessmentId}`;
  return (
    <form action={formAction} className="space-y-1" key={state.ok ? `saved-${state.data?.id}` : "draft"}>
      <input type="hidden" name="selfAssessmentId" value={selfAssessmentId} />
      {questionId ? <input type="hidden" name="questionId" value={questionId} /> : null}
      <label className="block text-sm font-medium">
        Kommentar om {subject}
        <textarea
          name="body"
          rows={2}
          maxLength={2000}
          defaultValue={failedBody}
          aria-describedby={errorId}
          aria-invalid={state.fieldErrors?.body ? true : undefined}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 font-normal" />
      </label>
      <FieldError id={errorId} errors={state.fieldErrors?.body} />
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className="rounded-md border border-brand-600 px-3 py-1 text-sm font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-60">
          {pending ? "Sparar…" : "Lägg till kommentar"}
        </button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
