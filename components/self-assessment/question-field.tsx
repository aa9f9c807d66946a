"use client";

import type { FormQuestion } from "@/lib/data/self-assessments";
import { STATUS_VALUES, YES_NO_VALUES } from "@/lib/validation/answers";
import { SUPERVISION_ANSWER_LABELS } from "@/lib/domain/labels";

const YES_NO_LABELS = { YES: "Ja", NO: "Nej" } as const;
const INPUT = "mt-2 block w-full rounded-md border border-slate-300 px-3 py-2 disabled:bg-slate-50";

interface QuestionFieldProps {
  question: FormQuestion;
  value: unknown;
  disabled: boolean;
  describedBy: string;
  invalid: boolean;
  onChange: (value: unknown) => void;
}

/** The input for one question, by its type. Labelled by the question's own text. */
export function QuestionField({ question, value, disabled, describedBy, invalid, onChange }: QuestionFieldProps) {
  const id = `q-${question.id}`;
  const common = { id, disabled, "aria-describedby": describedBy, "aria-invalid": invalid || undefined } as const;
  switch (question.type) {
    case "STATUS":
    case "YES_NO":
    case "SINGLE_CHOICE": {
      const choices: [string, string][] =
        question.type === "STATUS"
          ? STATUS_VALUES.map((code) => [code, SUPERVISION_ANSWER_LABELS[code]])
          : question.type === "YES_NO"
            ? YES_NO_VALUES.map((code) => [code, YES_NO_LABELS[code]])
            : question.options.map((option) => [option, option]);
      return (
        <div role="radiogroup" aria-labelledby={`${id}-label`} aria-describedby={describedBy} className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          {choices.map(([code, label]) => (
            <label key={code} className="inline-flex items-center gap-2">
              <input type="radio" name={id} value={code} checked={value === code} disabled={disabled} onChange={() => onChange(code)} className="size-4" />
              {label}
            </label>
          ))}
        </div>
      );
    }
    case "MULTI_CHOICE": {
      const chosen = Array.isArray(value) ? (value as string[]) : [];
      return (
        <div role="group" aria-labelledby={`${id}-label`} aria-describedby={describedBy} className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          {question.options.map((option) => (
            <label key={option} className="inline-flex items-center gap-2">
              <input
                type="checkbox"
                checked={chosen.includes(option)}
                disabled={disabled}
                onChange={(event) => onChange(event.target.checked ? [...chosen, option] : chosen.filter((item) => item !== option))}
                className="size-4"
              />
              {option}
            </label>
          ))}
        </div>
      );
    }
    case "TEXT":
      return (
        <textarea
          {...common}
          aria-labelledby={`${id}-label`}
          rows={5}
          value={typeof value === "string" ? value : ""}
          onChange={(event) => onChange(event.target.value)}
          className={INPUT}
        />
      );
    case "NUMBER":
    case "PERCENT":
      return (
        <div className="mt-2 flex items-center gap-2">
          <input
            {...common}
            aria-labelledby={`${id}-label`}
            inputMode="decimal"
            value={value === null || value === undefined ? "" : String(value).replace(".", ",")}
            onChange={(event) => onChange(event.target.value)}
            className="block w-40 rounded-md border border-slate-300 px-3 py-2 disabled:bg-slate-50"
          />
          {question.type === "PERCENT" ? <span aria-hidden="true">%</span> : null}
        </div>
      );
    case "DATE":
      return (
        <input
          {...common}
          aria-labelledby={`${id}-label`}
          type="date"
          value={typeof value === "string" ? value : ""}
          onChange={(event) => onChange(event.target.value)}
          className="mt-2 block rounded-md border border-slate-300 px-3 py-2 disabled:bg-slate-50"
        />
      );
    case "FILE":
      // Evidence files have their own field (EvidenceField), which uploads rather than autosaves.
      return null;
  }
}
