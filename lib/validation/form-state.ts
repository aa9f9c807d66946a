/** What every server action returns to its form: success, or messages per field and for the form. */
export interface FormState {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /**
   * The submitted text fields, handed back when the action fails so the form can show them again
   * (React resets a form after its action); secrets are never echoed.
   */
  values?: Record<string, string | string[]>;
  /** What a successful action hands back to its form, e.g. a QR code or recovery codes. */
  data?: Record<string, string | string[]>;
}

export const INITIAL_FORM_STATE: FormState = { ok: false };

/**
 * A key for a form that shows a failed attempt's values as its defaults: the form is mounted anew
 * with them, since React resets a form after its action and would otherwise restore the first defaults.
 */
export function formKeyOf(state: FormState): string {
  return state.values ? JSON.stringify(state.values) : "empty";
}
