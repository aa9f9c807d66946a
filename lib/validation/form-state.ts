/** What every server action returns to its form: success, or messages per field and for the form. */
export interface FormState {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
}

export const INITIAL_FORM_STATE: FormState = { ok: false };
