import { describe, expect, it } from "vitest";
import { answerSchema } from "@/lib/validation/answers";

const parse = (type: Parameters<typeof answerSchema>[0]["type"], value: unknown, options?: string[]) => answerSchema({ type, options }).safeParse(value);
const message = (result: ReturnType<typeof parse>) => (result.success ? null : result.error.issues[0]?.message);

describe("answer schemas per question type", () => {
  it("STATUS takes Ja/Nej/Pågår/Inte aktuellt only", () => {
    expect(parse("STATUS", "IN_PROGRESS").data).toBe("IN_PROGRESS");
    expect(message(parse("STATUS", "MAYBE"))).toBe("Välj Ja, Nej, Pågår eller Inte aktuellt.");
  });

  it("YES_NO takes Ja or Nej", () => {
    expect(parse("YES_NO", "NO").success).toBe(true);
    expect(parse("YES_NO", "NOT_APPLICABLE").success).toBe(false);
  });

  it("TEXT trims, refuses empty, overlong and control characters", () => {
    expect(parse("TEXT", "  Vi följer upp varje månad. ").data).toBe("Vi följer upp varje månad.");
    expect(message(parse("TEXT", "   "))).toBe("Skriv ett svar.");
    expect(message(parse("TEXT", "x".repeat(10_001)))).toMatch(/högst 10\s000 tecken/);
    expect(message(parse("TEXT", "a\u0000b"))).toBe("Svaret innehåller otillåtna tecken.");
    expect(parse("TEXT", "rad ett\nrad två\tflik").success).toBe(true);
    expect(parse("TEXT", "<script>alert(1)</script>").success).toBe(true);
  });

  it("NUMBER reads Swedish decimals and refuses what is not a finite number", () => {
    expect(parse("NUMBER", "3,5").data).toBe(3.5);
    expect(parse("NUMBER", "1 200").data).toBe(1200);
    expect(parse("NUMBER", 7).data).toBe(7);
    expect(message(parse("NUMBER", "tolv"))).toBe("Ange ett tal, till exempel 12 eller 3,5.");
    expect(parse("NUMBER", "NaN").success).toBe(false);
    expect(parse("NUMBER", "1e400").success).toBe(false);
    expect(message(parse("NUMBER", "2000000000"))).toBe("Talet är för stort.");
  });

  it("PERCENT stays within 0–100", () => {
    expect(parse("PERCENT", "78,5").data).toBe(78.5);
    expect(message(parse("PERCENT", "101"))).toBe("Procentsatsen kan inte vara över 100.");
    expect(message(parse("PERCENT", "-1"))).toBe("Procentsatsen kan inte vara under 0.");
  });

  it("DATE takes real calendar dates only", () => {
    expect(parse("DATE", "2020-08-31").data).toBe("2020-08-31");
    expect(message(parse("DATE", "2020-02-30"))).toBe("Datumet finns inte.");
    expect(message(parse("DATE", "31/8/2020"))).toBe("Ange datum som ÅÅÅÅ-MM-DD.");
    expect(message(parse("DATE", "1066-10-14"))).toBe("Ange ett datum mellan 1900 och 2100.");
  });

  it("SINGLE_CHOICE and MULTI_CHOICE take the question's options only, in the questionnaire's order", () => {
    const options = ["Jourhem", "Familjehem", "HVB"];
    expect(parse("SINGLE_CHOICE", "HVB", options).success).toBe(true);
    expect(message(parse("SINGLE_CHOICE", "Slott", options))).toBe("Välj ett av alternativen.");
    expect(parse("MULTI_CHOICE", ["HVB", "Jourhem"], options).data).toEqual(["Jourhem", "HVB"]);
    expect(message(parse("MULTI_CHOICE", [], options))).toBe("Välj minst ett alternativ.");
    expect(parse("MULTI_CHOICE", ["Jourhem", "Slott"], options).success).toBe(false);
  });

  it("FILE has no typed answer: files are uploaded", () => {
    expect(parse("FILE", "x").success).toBe(false);
  });
});
