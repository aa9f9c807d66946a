"use client";

import { useMemo, useState } from "react";
import { QuestionField } from "@/components/self-assessment/question-field";
import { QuestionHelp, QuestionText } from "@/components/self-assessment/question-prompt";
import type { FormQuestion } from "@/lib/data/self-assessments";
import { isVisible } from "@/lib/domain/questionnaire";

/** The questionnaire as the provider sees it, with conditions live; nothing is saved. */
export function QuestionnairePreview({ sections }: { sections: { id: string; title: string; description: string | null; questions: FormQuestion[] }[] }) {
  const [values, setValues] = useState<Map<string, unknown>>(new Map());
  const byId = useMemo(() => new Map(sections.flatMap((section) => section.questions).map((question) => [question.id, question])), [sections]);
  return (
    <div className="space-y-8">
      {sections.map((section) => (
        <section key={section.id} aria-label={`Förhandsvisning: ${section.title}`} className="space-y-4">
          <div>
            <h3 className="text-lg font-semibold">{section.title}</h3>
            {section.description ? <p className="text-slate-600">{section.description}</p> : null}
          </div>
          {section.questions
            .filter((question) => isVisible(question, byId, values))
            .map((question) => (
              <div key={question.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <QuestionText question={question} />
                <QuestionHelp question={question} />
                {question.type === "FILE" ? (
                  <p className="mt-2 text-sm text-slate-600">Här laddar utföraren upp underlag (pdf, docx, xlsx, png eller jpg).</p>
                ) : (
                  <QuestionField
                    question={question}
                    value={values.get(question.id)}
                    disabled={false}
                    describedBy={`q-${question.id}-help`}
                    invalid={false}
                    onChange={(value) => setValues((current) => new Map(current).set(question.id, value))}
                  />
                )}
              </div>
            ))}
        </section>
      ))}
    </div>
  );
}
