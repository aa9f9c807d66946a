import { describe, expect, it } from "vitest";
import { remindersDue, swedishToday } from "@/lib/domain/reminders";

const open = (id: string, dueOn: string | null, status = "DRAFT") => ({ id, status, dueOn });

describe("remindersDue", () => {
  it("reminds three days before the deadline and after it has passed, not earlier", () => {
    const candidates = [open("far", "2020-09-30"), open("soon", "2020-09-18"), open("today", "2020-09-15"), open("late", "2020-09-14")];
    expect(remindersDue(candidates, "2020-09-15")).toEqual([
      { id: "soon", kind: "DUE_SOON" },
      { id: "today", kind: "DUE_SOON" },
      { id: "late", kind: "OVERDUE" },
    ]);
  });

  it("leaves submitted and locked self-assessments, and those without a deadline, alone", () => {
    expect(remindersDue([open("a", "2020-09-01", "SUBMITTED"), open("b", "2020-09-01", "LOCKED"), open("c", null)], "2020-09-15")).toEqual([]);
    expect(remindersDue([open("r", "2020-09-01", "REOPENED"), open("n", "2020-09-16", "NOT_STARTED")], "2020-09-15")).toHaveLength(2);
  });

  it("counts calendar days in Swedish time", () => {
    expect(swedishToday(new Date("2020-09-14T22:30:00Z"))).toBe("2020-09-15");
    expect(swedishToday(new Date("2020-12-31T22:59:00Z"))).toBe("2020-12-31");
  });
});
