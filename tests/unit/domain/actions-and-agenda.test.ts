import { describe, expect, it } from "vitest";
import { checkTransition, displayStatus, isOverdue, TRAFFIC_LIGHT } from "@/lib/domain/actions";
import { newProposals, proposeAgenda } from "@/lib/domain/agenda";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("action status", () => {
  it("is försenad (red) once the due date has passed and the action is not done; the due date itself is in time", () => {
    const action = { status: "IN_PROGRESS" as const, dueOn: day("2020-12-31") };
    expect(displayStatus(action, day("2020-12-31"))).toBe("IN_PROGRESS");
    expect(displayStatus(action, new Date("2021-01-01T08:00:00Z"))).toBe("DELAYED");
    expect(TRAFFIC_LIGHT[displayStatus(action, day("2021-01-01"))]).toBe("red");
    expect(displayStatus({ status: "DONE", dueOn: day("2020-12-31") }, day("2021-06-01"))).toBe("DONE");
    expect(isOverdue({ status: "NOT_STARTED", dueOn: null }, day("2030-01-01"))).toBe(false);
  });

  it("lets the owner move forward only, and the quality developer any way", () => {
    expect(checkTransition("NOT_STARTED", "IN_PROGRESS", "OWNER")).toEqual({ ok: true });
    expect(checkTransition("NOT_STARTED", "DONE", "OWNER")).toEqual({ ok: true });
    expect(checkTransition("IN_PROGRESS", "IN_PROGRESS", "OWNER")).toEqual({ ok: true });
    expect(checkTransition("IN_PROGRESS", "NOT_STARTED", "OWNER")).toMatchObject({ ok: false, message: expect.stringMatching(/framåt/) });
    expect(checkTransition("DONE", "IN_PROGRESS", "OWNER")).toMatchObject({ ok: false, message: expect.stringMatching(/kvalitetsutvecklaren/) });
    expect(checkTransition("DONE", "IN_PROGRESS", "STEERING")).toEqual({ ok: true });
  });
});

describe("the proposed agenda", () => {
  const inputs = {
    shortfalls: [
      { requirementId: "r8", code: "ET-8", title: "Månadsrapportering", outcome: "PARTIALLY_ACHIEVED" as const, motivation: "Rapporterna saknar mål." },
      { requirementId: "r10", code: "ET-10", title: "Ledningssystem", outcome: "NOT_ACHIEVED" as const, motivation: null },
      { requirementId: "r6", code: "ET-6", title: "Säker verksamhet och arbetsmiljö", outcome: "PARTIALLY_ACHIEVED" as const, motivation: null },
    ],
    openActions: [{ description: "Ta fram rutin för hot och våld.", requirementId: "r6", dueOn: "2020-12-31", status: "IN_PROGRESS" as const, cycleName: "Uppföljning 2019" }],
    improvementAreas: [
      { questionId: "q1", answer: "  Mer delaktighet i planeringen. " },
      { questionId: "q2", answer: "" },
    ],
    unanswered: [{ questionId: "q3", text: "Antal rapporterade avvikelser under året" }],
  };

  it("puts Ej uppnått first, then Delvis uppnått in code order, open actions, own improvement areas and unanswered questions", () => {
    const agenda = proposeAgenda(inputs);
    expect(agenda.map((item) => item.title)).toEqual([
      "ET-10 Ledningssystem: Ej uppnått",
      "ET-6 Säker verksamhet och arbetsmiljö: Delvis uppnått",
      "ET-8 Månadsrapportering: Delvis uppnått",
      "Öppen åtgärd: Ta fram rutin för hot och våld.",
      "Utförarens egna förbättringsområden",
      "Obesvarad fråga: Antal rapporterade avvikelser under året",
    ]);
    expect(agenda[2]!.notes).toBe("Rapporterna saknar mål.");
    expect(agenda[3]!.notes).toBe("Från Uppföljning 2019. Status: pågår. Klar senast 2020-12-31.");
    expect(agenda[4]!.notes).toBe("Mer delaktighet i planeringen.");
  });

  it("adds only what is not on the agenda yet, so generating twice adds nothing", () => {
    const agenda = proposeAgenda(inputs);
    const existing = [{ ...agenda[0]!, title: "Ledningssystem (omformulerad)" }, agenda[3]!];
    expect(newProposals(agenda, existing).map((item) => item.source)).toEqual(["ASSESSMENT", "ASSESSMENT", "IMPROVEMENT_AREA", "UNANSWERED"]);
    expect(newProposals(agenda, agenda)).toEqual([]);
  });
});
