/**
 * Which questions a provider sees and has to answer, and how far they have come. Plain data in,
 * plain data out: the form, the server's submission check and the reports use the same rules.
 */

export interface QuestionShape {
  id: string;
  type: string;
  isRequired: boolean;
  conditionQuestionId: string | null;
  conditionValue: string | null;
}

export type AnswerMap = ReadonlyMap<string, unknown>;

/** A question is shown when it has no condition, or its parent is shown and answered with the condition's value. */
export function isVisible(question: QuestionShape, byId: ReadonlyMap<string, QuestionShape>, answers: AnswerMap, depth = 0): boolean {
  if (!question.conditionQuestionId) return true;
  const parent = byId.get(question.conditionQuestionId);
  if (!parent || depth > 20) return false;
  if (!isVisible(parent, byId, answers, depth + 1)) return false;
  const answer = answers.get(parent.id);
  return Array.isArray(answer) ? answer.includes(question.conditionValue) : answer === question.conditionValue;
}

export function isAnswered(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === "string") return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

export interface Progress {
  answered: number;
  visible: number;
  requiredAnswered: number;
  required: number;
  /** Visible required questions without an answer, in questionnaire order. */
  missing: string[];
}

export function progressOf(questions: readonly QuestionShape[], answers: AnswerMap): Progress {
  const byId = new Map(questions.map((question) => [question.id, question]));
  const visible = questions.filter((question) => isVisible(question, byId, answers));
  const answered = visible.filter((question) => isAnswered(answers.get(question.id)));
  const required = visible.filter((question) => question.isRequired);
  const missing = required.filter((question) => !isAnswered(answers.get(question.id))).map((question) => question.id);
  return {
    answered: answered.length,
    visible: visible.length,
    requiredAnswered: required.length - missing.length,
    required: required.length,
    missing,
  };
}
