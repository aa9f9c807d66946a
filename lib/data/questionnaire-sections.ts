import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AnswerRules } from "@/lib/validation/answers";

/** A question as the form, the preview and the builder show it. */
export interface FormQuestion {
  id: string;
  key: string;
  type: AnswerRules["type"];
  text: string;
  helpText: string | null;
  isRequired: boolean;
  options: string[];
  conditionQuestionId: string | null;
  conditionValue: string | null;
  requirementRefs: string[];
}

export interface FormSection {
  id: string;
  title: string;
  description: string | null;
  questions: FormQuestion[];
}

/** The sections of a questionnaire version with their questions, in order. */
export const sectionsSelect = {
  orderBy: { sortOrder: "asc" },
  select: {
    id: true,
    title: true,
    description: true,
    questions: {
      orderBy: { sortOrder: "asc" },
      select: {
        id: true,
        key: true,
        type: true,
        text: true,
        helpText: true,
        isRequired: true,
        options: true,
        conditionQuestionId: true,
        conditionValue: true,
        requirements: { select: { requirement: { select: { code: true, reference: true } } } },
      },
    },
  },
} satisfies Prisma.QuestionnaireVersion$sectionsArgs;

type SectionRow = Prisma.QuestionSectionGetPayload<{ select: (typeof sectionsSelect)["select"] }>;

export function toFormSections(rows: SectionRow[]): FormSection[] {
  return rows.map((section) => ({
    id: section.id,
    title: section.title,
    description: section.description,
    questions: section.questions.map(({ requirements, options, ...question }) => ({
      ...question,
      options: Array.isArray(options) ? (options as string[]) : [],
      requirementRefs: requirements.map(({ requirement }) => requirement.reference ?? requirement.code),
    })),
  }));
}
