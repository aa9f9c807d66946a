import { displayAnswer } from "@/components/self-assessment/answers-read-only";
import { EvidenceLinks } from "@/components/self-assessment/evidence-links";
import type { ReviewItem } from "@/lib/data/assessments";

/** What the provider answered about one requirement, with links to the evidence files. */
export function ProviderAnswers({ answers }: { answers: ReviewItem["answers"] }) {
  if (answers.length === 0) return <p className="mt-2 text-sm text-slate-600">Utföraren har inte svarat på frågorna om detta krav.</p>;
  return (
    <dl className="mt-2 space-y-2 text-sm">
      {answers.map((answer) => (
        <div key={answer.questionId}>
          <dt className="text-slate-600">{answer.question}</dt>
          <dd className="break-words whitespace-pre-wrap">{answer.value === null ? "" : displayAnswer(answer.type, answer.value)}</dd>
          {answer.files.length ? (
            <dd>
              <EvidenceLinks files={answer.files} className="flex flex-wrap gap-x-4" />
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
