/** What every server action returns to its form: success, or messages per field and for the form. */
export interface FormState {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** What a successful action hands back to its form, e.g. a QR code or recovery codes. */
  data?: Record<string, string | string[]>;
}

export const INITIAL_FORM_STATE: FormState = { ok: false };
