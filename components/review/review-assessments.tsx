"use client";

import { useCallback, useMemo, type KeyboardEvent, type ReactNode } from "react";
import { ConflictNotice } from "@/components/forms/conflict-notice";
import { overallStatus, SaveProblem, SaveStatusText } from "@/components/forms/save-status";
import { throughFormAction, useAutosave } from "@/components/forms/use-autosave";
import type { AssessmentValue, ReviewItem } from "@/lib/data/assessments";
import { ASSESSMENT_OUTCOME_LABELS, SUPERVISION_ANSWER_LABELS } from "@/lib/domain/labels";
import type { FormState } from "@/lib/validation/form-state";
import { AssessmentFields } from "./assessment-fields";

interface ReviewAssessmentsProps {
  cycleId: string;
  providerId: string;
  items: Omit<ReviewItem, "answers" | "comments">[];
  /** Server-rendered answers, evidence and comments per requirement. */
  details: Record<string, ReactNode>;
  save: (state: FormState, formData: FormData) => Promise<FormState>;
}

const RESULT_LABELS: Record<string, string> = { ...ASSESSMENT_OUTCOME_LABELS, ...SUPERVISION_ANSWER_LABELS };

function describe(value: unknown): string {
  const stored = value as AssessmentValue | null;
  if (!stored) return "(ingen bedömning)";
  return [stored.result ? RESULT_LABELS[stored.result] : "ingen bedömning", stored.motivation].filter(Boolean).join(" – ");
}

/** Alt+↓ and Alt+↑ move to the next or previous requirement's result. */
function moveBetweenRequirements(event: KeyboardEvent<HTMLElement>) {
  if (!event.altKey || (event.key !== "ArrowDown" && event.key !== "ArrowUp")) return;
  const cards = [...event.currentTarget.querySelectorAll<HTMLElement>("[data-requirement-card]")];
  const current = cards.findIndex((card) => card.contains(document.activeElement));
  const next = cards[current + (event.key === "ArrowDown" ? 1 : -1)] ?? (current === -1 ? cards[0] : undefined);
  if (!next) return;
  event.preventDefault();
  const radio = next.querySelector<HTMLInputElement>("input[type=radio]:checked") ?? next.querySelector<HTMLInputElement>("input[type=radio]");
  radio?.focus();
  next.scrollIntoView({ block: "nearest" });
}

/** Every requirement of the review with its autosaved assessment; a side list shows what is left. */
export function ReviewAssessments({ cycleId, providerId, items, details, save }: ReviewAssessmentsProps) {
  const encode = useCallback(
    (requirementId: string, value: unknown, expectedVersion: number) => {
      const assessment = value as AssessmentValue;
      const data = new FormData();
      data.set("cycleId", cycleId);
      data.set("providerId", providerId);
      data.set("requirementId", requirementId);
      data.set("result", assessment.result ?? "");
      data.set("motivation", assessment.motivation);
      data.set("strengths", assessment.strengths);
      data.set("improvementAreas", assessment.improvementAreas);
      data.set("expectedVersion", String(expectedVersion));
      return data;
    },
    [cycleId, providerId],
  );
  const send = useMemo(() => throughFormAction(save), [save]);
  const { fields, change, resolve } = useAutosave(Object.fromEntries(items.map((item) => [item.requirementId, item.assessment])), send, encode);
  const valueOf = (requirementId: string) => fields[requirementId]?.value as AssessmentValue;
  const assessed = items.filter((item) => valueOf(item.requirementId)?.result).length;
  const firstOpen = items.find((item) => !valueOf(item.requirementId)?.result);

  return (
    <div className="grid gap-6 lg:grid-cols-[15rem_1fr]" onKeyDown={moveBetweenRequirements}>
      <aside className="lg:sticky lg:top-4 lg:self-start">
        <nav aria-label="Krav att bedöma" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <p className="font-semibold">
            {assessed} av {items.length} krav bedömda
          </p>
          <div className="h-2 rounded bg-slate-200" role="progressbar" aria-label="Andel bedömda krav" aria-valuenow={assessed} aria-valuemin={0} aria-valuemax={items.length}>
            <div className="h-2 rounded bg-brand-600" style={{ width: `${items.length ? (assessed / items.length) * 100 : 100}%` }} />
          </div>
          {firstOpen ? (
            <a href={`#krav-${firstOpen.requirementId}`} className="block font-medium text-brand-700 underline">
              Nästa ej bedömda: {firstOpen.code}
            </a>
          ) : null}
          <ol className="max-h-[50vh] space-y-0.5 overflow-y-auto">
            {items.map((item) => {
              const result = valueOf(item.requirementId)?.result;
              return (
                <li key={item.requirementId}>
                  <a href={`#krav-${item.requirementId}`} className="text-brand-700 underline">
                    {item.code}
                  </a>{" "}
                  <span className="text-slate-600">{result ? RESULT_LABELS[result] : "ej bedömt"}</span>
                </li>
              );
            })}
          </ol>
          <p role="status" aria-live="polite" className="text-slate-700">
            {overallStatus(Object.values(fields).map((field) => field.status))}
          </p>
          <p className="text-xs text-slate-600">Tangentbord: piltangenterna väljer bedömning, Tab går vidare, Alt+↓/Alt+↑ byter krav.</p>
        </nav>
      </aside>
      <ol className="space-y-4">
        {items.map((item) => {
          const field = fields[item.requirementId];
          const status = field?.status ?? "saved";
          return (
            <li key={item.requirementId} id={`krav-${item.requirementId}`} data-requirement-card className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <h3 className="font-semibold">
                  {item.code} {item.title}
                  {item.isCritical ? <span className="ml-2 text-sm font-normal text-red-800">(kritiskt krav)</span> : null}
                </h3>
                <SaveStatusText status={status} />
              </div>
              <p className="text-sm text-slate-600">
                {item.goalArea}
                {item.reference ? ` · ${item.reference}` : ""}
              </p>
              <details className="mt-1 text-sm">
                <summary className="cursor-pointer text-brand-700">Kravtext</summary>
                <p className="mt-1 whitespace-pre-wrap">{item.text}</p>
              </details>
              {details[item.requirementId]}
              <AssessmentFields
                requirementId={item.requirementId}
                code={item.code}
                scale={item.scale}
                value={valueOf(item.requirementId)}
                disabled={status === "conflict"}
                onChange={(value) => change(item.requirementId, value)}
              />
              <SaveProblem field={field} className="mt-2 text-sm" />
              {status === "conflict" && field?.conflict ? (
                <ConflictNotice
                  message={field.message ?? "Bedömningen har ändrats av någon annan."}
                  theirs={describe(field.conflict.value)}
                  onKeepMine={() => resolve(item.requirementId, "mine")}
                  onTakeTheirs={() => resolve(item.requirementId, "theirs")}
                />
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
