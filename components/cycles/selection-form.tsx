"use client";

import { useActionState, useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { SELECTION_REASON_LABELS } from "@/lib/domain/labels";
import type { SelectionCandidate, SelectionProposal } from "@/lib/domain/selection";
import { formatPercent } from "@/lib/format";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/validation/form-state";

interface SelectionFormProps {
  cycleId: string;
  candidates: SelectionCandidate[];
  proposal: SelectionProposal;
  /** Ticked from the start: the confirmed selection, or the proposal. */
  initiallySelected: string[];
  editable: boolean;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}

/** Every provider with the criteria behind the proposal; the quality developer ticks and confirms. */
export function SelectionForm({ cycleId, candidates, proposal, initiallySelected, editable, action }: SelectionFormProps) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const [selected, setSelected] = useState(() => new Set(initiallySelected));
  const factsOf = new Map(proposal.facts.map((fact) => [fact.providerId, fact]));
  const proposalOf = new Map(proposal.proposals.map((entry) => [entry.providerId, entry]));
  const total = proposal.facts.reduce((sum, fact) => sum + fact.placements, 0);
  const selectedPlacements = candidates.filter((candidate) => selected.has(candidate.id)).reduce((sum, candidate) => sum + candidate.placements.length, 0);

  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="cycleId" value={cycleId} />
      <input type="hidden" name="seed" value={proposal.seed} />
      <p aria-live="polite" className="font-medium">
        {selected.size} av {candidates.length} utförare valda, med {selectedPlacements} av {total} placeringar ({formatPercent(total ? (selectedPlacements / total) * 100 : 0)}).
      </p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" tabIndex={0} role="region" aria-label="Utförare att välja bland, rullbar">
        <table className="w-full text-left text-sm" aria-label="Urvalskriterier per utförare">
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">Välj</th>
              <th scope="col" className="px-3 py-2 font-medium">Utförare</th>
              <th scope="col" className="px-3 py-2 font-medium">Placeringar</th>
              <th scope="col" className="px-3 py-2 font-medium">Under 15 år</th>
              <th scope="col" className="px-3 py-2 font-medium">Omfattande behov</th>
              <th scope="col" className="px-3 py-2 font-medium">Risksignaler</th>
              <th scope="col" className="px-3 py-2 font-medium">Avtalsformer</th>
              <th scope="col" className="px-3 py-2 font-medium">Föreslagen för</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {candidates.map((candidate) => {
              const fact = factsOf.get(candidate.id)!;
              const proposed = proposalOf.get(candidate.id);
              const signals = fact.signals.deviations + fact.signals.complaints + fact.signals.lexSarah + fact.signals.ivoFindings;
              return (
                <tr key={candidate.id} className={proposed ? "bg-brand-50/50" : undefined}>
                  <td className="px-3 py-2">
                    <input
                      type="checkbox"
                      name="providerIds"
                      value={candidate.id}
                      checked={selected.has(candidate.id)}
                      disabled={!editable}
                      aria-label={`Välj ${candidate.name}`}
                      onChange={(event) =>
                        setSelected((current) => {
                          const next = new Set(current);
                          if (event.target.checked) next.add(candidate.id);
                          else next.delete(candidate.id);
                          return next;
                        })
                      }
                      className="size-4"
                    />
                  </td>
                  <th scope="row" className="px-3 py-2 text-left font-medium">{candidate.name}</th>
                  <td className="px-3 py-2 tabular-nums">
                    {fact.placements} ({formatPercent(fact.share * 100)})
                  </td>
                  <td className="px-3 py-2 tabular-nums">{fact.underFifteen}</td>
                  <td className="px-3 py-2 tabular-nums">{fact.extensiveNeeds}</td>
                  <td className="px-3 py-2 tabular-nums">{signals}</td>
                  <td className="px-3 py-2">{candidate.contractForms.join(", ") || "–"}</td>
                  <td className="px-3 py-2">
                    {proposed ? (
                      <>
                        <p>{proposed.reasons.map((reason) => SELECTION_REASON_LABELS[reason]).join("; ")}</p>
                        <p className="text-slate-600">{proposed.notes.join("; ")}</p>
                      </>
                    ) : (
                      <span className="text-slate-600">Inte föreslagen</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {editable ? (
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton pending={pending} label="Bekräfta urvalet" pendingLabel="Sparar…" />
          <FormMessage state={state} />
        </div>
      ) : null}
    </form>
  );
}
