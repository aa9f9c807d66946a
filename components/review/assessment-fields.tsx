"use client";

import { ASSESSMENT_OUTCOME_LABELS, SUPERVISION_ANSWER_LABELS } from "@/lib/domain/labels";
import type { AssessmentValue } from "@/lib/data/assessments";

interface AssessmentFieldsProps {
  requirementId: string;
  code: string;
  scale: "ACTIVITY" | "SUPERVISION";
  value: AssessmentValue;
  disabled: boolean;
  onChange: (value: AssessmentValue) => void;
}

const TEXTS = [
  { name: "motivation", label: "Motivering", rows: 2 },
  { name: "strengths", label: "Styrkor", rows: 1 },
  { name: "improvementAreas", label: "Förbättringsområden", rows: 1 },
] as const;

/**
 * The municipality's judgement of one requirement. The result is a radio group, so the arrow keys
 * choose and Tab moves on to the texts.
 */
export function AssessmentFields({ requirementId, code, scale, value, disabled, onChange }: AssessmentFieldsProps) {
  const labels: Record<string, string> = scale === "ACTIVITY" ? ASSESSMENT_OUTCOME_LABELS : SUPERVISION_ANSWER_LABELS;
  return (
    <div className="mt-3 space-y-3">
      <fieldset data-assessment-results>
        <legend className="text-sm font-medium">Bedömning av {code}</legend>
        <div className="mt-1 flex flex-wrap gap-2">
          {Object.entries(labels).map(([result, label]) => (
            <label
              key={result}
              className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-3 py-1.5 text-sm has-checked:border-brand-600 has-checked:bg-brand-50 has-focus-visible:outline-2 has-focus-visible:outline-brand-600"
            >
              <input
                type="radio"
                name={`result-${requirementId}`}
                value={result}
                checked={value.result === result}
                disabled={disabled}
                onChange={() => onChange({ ...value, result })}
              />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-3 md:grid-cols-3">
        {TEXTS.map((text) => (
          <label key={text.name} className={`block text-sm font-medium ${text.name === "motivation" ? "md:col-span-3" : ""}`}>
            {text.label} för {code}
            <textarea
              rows={text.rows}
              value={value[text.name]}
              disabled={disabled}
              maxLength={5000}
              onChange={(event) => onChange({ ...value, [text.name]: event.target.value })}
              className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 font-normal"
            />
          </label>
        ))}
      </div>
    </div>
  );
}
