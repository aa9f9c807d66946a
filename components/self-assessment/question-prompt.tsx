import type { FormQuestion } from "@/lib/data/self-assessments";

/** A question's text (the label its input points at) with the required mark. */
export function QuestionText({ question }: { question: FormQuestion }) {
  return (
    <p id={`q-${question.id}-label`} className="font-medium">
      {question.text}
      {question.isRequired ? (
        <span className="text-red-700">
          {" "}
          *<span className="sr-only"> (obligatorisk)</span>
        </span>
      ) : null}
    </p>
  );
}

/** The help under a question: its help text and the requirements it answers to, plus any message. */
export function QuestionHelp({ question, children }: { question: FormQuestion; children?: React.ReactNode }) {
  return (
    <div id={`q-${question.id}-help`} className="text-sm text-slate-600">
      {question.helpText ? <p>{question.helpText}</p> : null}
      {question.requirementRefs.length ? <p>Krav: {question.requirementRefs.join("; ")}</p> : null}
      {children}
    </div>
  );
}
