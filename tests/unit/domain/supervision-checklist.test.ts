import { describe, expect, it } from "vitest";
import { buildSupervisionChecklist } from "@/lib/domain/supervision-checklist";

const items = [
  { requirementId: "r10", code: "TS-10", title: "Personalen arbetar enligt ledningssystemet" },
  { requirementId: "r5", code: "TS-05", title: "Erforderliga tillstånd" },
];

describe("the supervision checklist", () => {
  it("counts each answer per item, lists the comments on answers other than Ja, and orders items by code", () => {
    const rows = buildSupervisionChecklist(items, ["a", "b", "c"], [
      { requirementId: "r10", providerId: "a", answer: "YES", comment: "Bra." },
      { requirementId: "r10", providerId: "b", answer: "IN_PROGRESS", comment: "Implementeras under hösten." },
      { requirementId: "r10", providerId: "c", answer: "YES", comment: null },
      { requirementId: "r5", providerId: "a", answer: "NOT_APPLICABLE", comment: "Kommunal verksamhet, ej tillståndspliktig." },
      { requirementId: "r5", providerId: "b", answer: "YES", comment: null },
    ]);
    expect(rows.map((row) => row.code)).toEqual(["TS-05", "TS-10"]);
    expect(rows[1]).toMatchObject({
      counts: { YES: 2, NO: 0, IN_PROGRESS: 1, NOT_APPLICABLE: 0 },
      unanswered: 0,
      comments: [{ providerId: "b", text: "Implementeras under hösten." }],
    });
    expect(rows[0]).toMatchObject({ counts: { YES: 1, NOT_APPLICABLE: 1 }, unanswered: 1, answers: { a: "NOT_APPLICABLE", b: "YES", c: null } });
  });

  it("ignores answers from providers outside the cycle", () => {
    const [row] = buildSupervisionChecklist(items.slice(0, 1), ["a"], [{ requirementId: "r10", providerId: "z", answer: "NO", comment: "Annan uppföljning." }]);
    expect(row).toMatchObject({ counts: { NO: 0 }, unanswered: 1, comments: [] });
  });
});
