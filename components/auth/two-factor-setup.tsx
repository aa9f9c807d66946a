"use client";

import { useActionState } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/validation/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Set-up of two-factor sign-in: show a QR code, confirm with a code, hand out recovery codes once. */
export function TwoFactorSetup({ begin, confirm, continueHref }: { begin: Action; confirm: Action; continueHref: string }) {
  const [started, beginAction, beginning] = useActionState(begin, INITIAL_FORM_STATE);
  const [confirmed, confirmAction, confirming] = useActionState(confirm, INITIAL_FORM_STATE);
  const recoveryCodes = confirmed.data?.recoveryCodes;

  if (confirmed.ok && Array.isArray(recoveryCodes)) {
    return (
      <div className="space-y-4">
        <FormMessage state={confirmed} />
        <p>Spara reservkoderna på ett säkert ställe. Varje kod kan användas en gång om du inte har telefonen. De visas bara nu.</p>
        <ul aria-label="Reservkoder" className="grid grid-cols-2 gap-2 font-mono text-lg">
          {recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        <a href={continueHref} className="inline-block rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          Fortsätt
        </a>
      </div>
    );
  }

  if (!started.ok) {
    return (
      <form action={beginAction} className="space-y-3">
        <p>Du behöver en autentiseringsapp i telefonen, till exempel Microsoft Authenticator eller Google Authenticator.</p>
        <SubmitButton pending={beginning} label="Visa QR-kod" pendingLabel="Förbereder…" />
        <FormMessage state={started} />
      </form>
    );
  }

  const errors = confirmed.fieldErrors ?? {};
  return (
    <form action={confirmAction} noValidate className="space-y-4">
      <p>Skanna QR-koden med appen, eller skriv in nyckeln för hand. Ange sedan koden som appen visar.</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server; next/image adds nothing here */}
      <img src={String(started.data?.qrDataUrl)} alt="QR-kod för tvåfaktorsinloggning" width={200} height={200} />
      <p className="text-sm">
        Nyckel: <code data-testid="totp-secret" className="font-mono break-all">{String(started.data?.secret)}</code>
      </p>
      <label className="block text-sm font-medium">
        Kod från appen
        <input
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          className="mt-1 block w-40 rounded-md border border-slate-300 px-3 py-2 font-mono text-lg"
          aria-invalid={errors.code ? true : undefined}
          aria-describedby={errors.code ? "totp-code-error" : undefined}
        />
        <FieldError id="totp-code-error" errors={errors.code} />
      </label>
      <SubmitButton pending={confirming} label="Aktivera" pendingLabel="Kontrollerar…" />
      <FormMessage state={confirmed} />
    </form>
  );
}
