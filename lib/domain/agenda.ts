/**
 * The agenda of a quality dialogue, proposed from the follow-up: requirements not fully achieved
 * (Ej uppnått before Delvis uppnått), actions still open from earlier cycles, the provider's own
 * improvement areas, and required questions left unanswered. Plain TypeScript.
 */
import { ACTION_STATUS_LABELS, type ActionStatus } from "./actions";

export type AgendaSource = "ASSESSMENT" | "OPEN_ACTION" | "IMPROVEMENT_AREA" | "UNANSWERED" | "MANUAL";

export interface AgendaProposal {
  source: AgendaSource;
  title: string;
  requirementId: string | null;
  questionId: string | null;
  notes: string | null;
}

export interface AgendaInputs {
  shortfalls: { requirementId: string; code: string; title: string; outcome: "PARTIALLY_ACHIEVED" | "NOT_ACHIEVED"; motivation: string | null }[];
  openActions: { description: string; requirementId: string | null; dueOn: string | null; status: ActionStatus; cycleName: string | null }[];
  improvementAreas: { questionId: string; answer: string }[];
  unanswered: { questionId: string; text: string }[];
}

const OUTCOME_WORDS = { NOT_ACHIEVED: "Ej uppnått", PARTIALLY_ACHIEVED: "Delvis uppnått" } as const;

export function proposeAgenda(inputs: AgendaInputs): AgendaProposal[] {
  const shortfalls = [...inputs.shortfalls].sort((a, b) => (a.outcome === b.outcome ? a.code.localeCompare(b.code, "sv", { numeric: true }) : a.outcome === "NOT_ACHIEVED" ? -1 : 1));
  return [
    ...shortfalls.map((shortfall) => ({
      source: "ASSESSMENT" as const,
      title: `${shortfall.code} ${shortfall.title}: ${OUTCOME_WORDS[shortfall.outcome]}`,
      requirementId: shortfall.requirementId,
      questionId: null,
      notes: shortfall.motivation,
    })),
    ...inputs.openActions.map((action) => ({
      source: "OPEN_ACTION" as const,
      title: `Öppen åtgärd: ${action.description}`,
      requirementId: action.requirementId,
      questionId: null,
      notes: [action.cycleName ? `Från ${action.cycleName}.` : null, `Status: ${ACTION_STATUS_LABELS[action.status].toLowerCase()}.`, action.dueOn ? `Klar senast ${action.dueOn}.` : null].filter(Boolean).join(" "),
    })),
    ...inputs.improvementAreas
      .filter((area) => area.answer.trim() !== "")
      .map((area) => ({ source: "IMPROVEMENT_AREA" as const, title: "Utförarens egna förbättringsområden", requirementId: null, questionId: area.questionId, notes: area.answer.trim() })),
    ...inputs.unanswered.map((question) => ({ source: "UNANSWERED" as const, title: `Obesvarad fråga: ${question.text}`, requirementId: null, questionId: question.questionId, notes: null })),
  ];
}

/** The proposals not already on the agenda (the same source and requirement, question or title). */
export function newProposals(proposals: readonly AgendaProposal[], existing: readonly { source: AgendaSource; title: string; requirementId: string | null; questionId: string | null }[]): AgendaProposal[] {
  const keyOf = (item: { source: AgendaSource; title: string; requirementId: string | null; questionId: string | null }) =>
    item.source === "OPEN_ACTION" ? `${item.source}:${item.title}` : `${item.source}:${item.requirementId ?? ""}:${item.questionId ?? ""}:${item.source === "ASSESSMENT" ? "" : item.title}`;
  const present = new Set(existing.map(keyOf));
  return proposals.filter((proposal) => !present.has(keyOf(proposal)));
}
