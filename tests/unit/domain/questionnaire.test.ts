import { describe, expect, it } from "vitest";
import { isVisible, progressOf, type QuestionShape } from "@/lib/domain/questionnaire";

const q = (id: string, extra: Partial<QuestionShape> = {}): QuestionShape => ({
  id,
  type: "TEXT",
  isRequired: true,
  conditionQuestionId: null,
  conditionValue: null,
  ...extra,
});

const routine = q("routine", { type: "YES_NO" });
const plan = q("plan", { conditionQuestionId: "routine", conditionValue: "NO" });
const planDate = q("planDate", { type: "DATE", conditionQuestionId: "plan", conditionValue: "x" });
const optional = q("optional", { isRequired: false });
const questions = [routine, plan, optional];
const byId = new Map(questions.map((question) => [question.id, question]));

describe("conditional questions", () => {
  it("shows a follow-up only when its parent has the condition's answer", () => {
    expect(isVisible(plan, byId, new Map())).toBe(false);
    expect(isVisible(plan, byId, new Map([["routine", "YES"]]))).toBe(false);
    expect(isVisible(plan, byId, new Map([["routine", "NO"]]))).toBe(true);
  });

  it("hides a follow-up whose parent is hidden", () => {
    const all = new Map([...byId, ["planDate", planDate]]);
    expect(isVisible(planDate, all, new Map([["plan", "x"]]))).toBe(false);
  });

  it("matches a multi-choice parent when the condition is one of the chosen options", () => {
    const forms = q("forms", { type: "MULTI_CHOICE" });
    const hvb = q("hvb", { conditionQuestionId: "forms", conditionValue: "HVB" });
    const map = new Map([["forms", forms], ["hvb", hvb]]);
    expect(isVisible(hvb, map, new Map([["forms", ["Jourhem", "HVB"]]]))).toBe(true);
  });
});

describe("progress", () => {
  it("counts visible questions only, and lists the required ones still missing", () => {
    expect(progressOf(questions, new Map())).toEqual({ answered: 0, visible: 2, requiredAnswered: 0, required: 1, missing: ["routine"] });
    expect(progressOf(questions, new Map([["routine", "NO"]]))).toEqual({
      answered: 1,
      visible: 3,
      requiredAnswered: 1,
      required: 2,
      missing: ["plan"],
    });
    expect(progressOf(questions, new Map<string, unknown>([["routine", "NO"], ["plan", "Klar i mars"], ["optional", "  "]])).missing).toEqual([]);
  });

  it("does not count an answer to a hidden question", () => {
    expect(progressOf(questions, new Map([["routine", "YES"], ["plan", "gammalt svar"]])).answered).toBe(1);
  });
});
