/**
 * The supervision checklist as in the appendix of the annual report: per item, every provider's
 * answer, the count per answer and the comments made where the answer was not a plain Ja.
 * Plain TypeScript; the report and the cycle page use the same numbers.
 */
import type { SupervisionAnswer } from "@/lib/scoring/engine";

export const SUPERVISION_ANSWERS: readonly SupervisionAnswer[] = ["YES", "NO", "IN_PROGRESS", "NOT_APPLICABLE"];

export interface ChecklistItemInput {
  requirementId: string;
  code: string;
  title: string;
}

export interface ChecklistAnswerInput {
  requirementId: string;
  providerId: string;
  answer: SupervisionAnswer | null;
  comment: string | null;
}

export interface ChecklistRow extends ChecklistItemInput {
  answers: Record<string, SupervisionAnswer | null>;
  counts: Record<SupervisionAnswer, number>;
  /** Providers not yet assessed on the item. */
  unanswered: number;
  comments: { providerId: string; text: string }[];
}

export function buildSupervisionChecklist(
  items: readonly ChecklistItemInput[],
  providerIds: readonly string[],
  answers: readonly ChecklistAnswerInput[],
): ChecklistRow[] {
  const participants = new Set(providerIds);
  const byItem = new Map<string, ChecklistAnswerInput[]>();
  for (const answer of answers) {
    if (!participants.has(answer.providerId)) continue;
    const list = byItem.get(answer.requirementId);
    if (list) list.push(answer);
    else byItem.set(answer.requirementId, [answer]);
  }
  const collator = new Intl.Collator("sv", { numeric: true });
  return [...items]
    .sort((a, b) => collator.compare(a.code, b.code))
    .map((item) => {
      const given = byItem.get(item.requirementId) ?? [];
      const answerOf: Record<string, SupervisionAnswer | null> = Object.fromEntries(providerIds.map((id) => [id, null]));
      for (const entry of given) answerOf[entry.providerId] = entry.answer;
      const counts = { YES: 0, NO: 0, IN_PROGRESS: 0, NOT_APPLICABLE: 0 } satisfies Record<SupervisionAnswer, number>;
      for (const answer of Object.values(answerOf)) if (answer) counts[answer] += 1;
      return {
        ...item,
        answers: answerOf,
        counts,
        unanswered: Object.values(answerOf).filter((answer) => answer === null).length,
        comments: given
          .filter((entry) => entry.comment?.trim() && entry.answer !== "YES")
          .sort((a, b) => providerIds.indexOf(a.providerId) - providerIds.indexOf(b.providerId))
          .map((entry) => ({ providerId: entry.providerId, text: entry.comment!.trim() })),
      };
    });
}
