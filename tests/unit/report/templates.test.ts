import { describe, expect, it } from "vitest";
import { sheetName } from "@/lib/export/report-xlsx";
import { ACTIVITY_NARRATIVE_TITLES, buildActivityReport, partOfProviders } from "@/lib/report/activity";
import { activityOutcome } from "@/lib/report/annual";
import { chartSvg } from "@/lib/report/charts";
import { narrativeKeys, narrativeText, tablesOf, type Block, type ReportDocument } from "@/lib/report/document";

describe("the activity report (seed 001's shape)", () => {
  const input = {
    tenantName: "Nacka kommun",
    title: "Verksamhetsuppföljning 2017",
    year: 2017,
    responseRates: [
      { serviceArea: "Öppenvård", asked: 60, answered: 58 },
      { serviceArea: "Heldygnsvård", asked: 50, answered: 24 },
    ],
    providersFollowedUp: 96,
    deviations: [
      { kind: "LEX_SARAH_INVESTIGATION" as const, label: "Lex Sarah-utredning", providers: 5, total: 5 },
      { kind: "COMPLAINT" as const, label: "Klagomål", providers: 41, total: 161 },
    ],
  };

  it("writes shares of providers as the seed does: '5 av 96 verksamheter (5 %)', '41 av 96 verksamheter (43 %)'", () => {
    expect(partOfProviders(5, 96)).toBe("5 av 96 verksamheter (5 %)");
    expect(partOfProviders(41, 96)).toBe("41 av 96 verksamheter (43 %)");
    expect(partOfProviders(0, 0)).toBe("0 av 0 verksamheter (–)");
    const facts = buildActivityReport(input, {}).sections.flatMap((section) => section.blocks.flatMap((block) => (block.kind === "fact" ? [block.text] : [])));
    expect(facts).toContain("5 av 96 verksamheter (5 %) har utfört lex Sarah-utredningar under 2017, sammanlagt 5.");
    expect(facts).toContain("41 av 96 verksamheter (43 %) har registrerat synpunkter och klagomål, sammanlagt 161.");
  });

  it("gives the response rate per service area, with heldygnsvården's 48 %", () => {
    const document = buildActivityReport(input, {});
    expect(tablesOf(document).find((table) => table.id === "svarsfrekvens")!.rows).toEqual([
      ["Öppenvård", "60", "58", "96,7 %"],
      ["Heldygnsvård", "50", "24", "48 %"],
    ]);
  });

  it("uses the saved text of a narrative, and the suggestion until one is saved", () => {
    const fresh = buildActivityReport(input, {});
    const saved = buildActivityReport(input, { sammanfattning: { body: "Egen text.", edited: true } });
    const summaryOf = (document: ReportDocument) => document.sections[0]!.blocks.find((block): block is Extract<Block, { kind: "narrative" }> => block.kind === "narrative")!;
    expect(narrativeText(summaryOf(fresh))).toMatch(/^Nacka kommun har under 2017 följt upp 96 verksamheter\./);
    expect(narrativeText(summaryOf(saved))).toBe("Egen text.");
    expect(narrativeKeys(fresh)).toEqual(Object.keys(ACTIVITY_NARRATIVE_TITLES));
  });
});

describe("an activity's judgement over all providers", () => {
  it("is Uppnått only when every provider achieved it, Ej uppnått when none did even partly", () => {
    expect(activityOutcome({ achieved: 9, partly: 0, notAchieved: 0 })).toBe("ACHIEVED");
    expect(activityOutcome({ achieved: 7, partly: 1, notAchieved: 1 })).toBe("PARTIALLY_ACHIEVED");
    expect(activityOutcome({ achieved: 0, partly: 2, notAchieved: 0 })).toBe("PARTIALLY_ACHIEVED");
    expect(activityOutcome({ achieved: 0, partly: 0, notAchieved: 3 })).toBe("NOT_ACHIEVED");
    expect(activityOutcome({ achieved: 0, partly: 0, notAchieved: 0 })).toBeNull();
  });
});

describe("report charts as SVG", () => {
  it("draws stacked bars whose segments fill the plot, and says 'för få svar' for an empty bar", () => {
    const svg = chartSvg({ type: "stackedPercent", categories: ["2018", "2020"], series: [{ name: "Röd (1)", color: "#dc2626", values: [25, null] }, { name: "Grön (3)", color: "#16a34a", values: [75, null] }] }, 640);
    const widths = [...svg.matchAll(/<rect x="[\d.]+" y="10" width="([\d.]+)"/g)].map((match) => Number(match[1]));
    expect(widths.reduce((sum, width) => sum + width, 0)).toBeCloseTo(640 - 90 - 16, 0);
    expect(svg).toContain("för få svar");
    expect(svg).toContain(">75 %<");
  });

  it("breaks a line where nothing was measured instead of drawing through the gap", () => {
    const svg = chartSvg({ type: "line", unit: " %", categories: ["2017", "2018", "2019", "2020"], series: [{ name: "Andel med gymnasieprogram", values: [null, 38, null, 78.5] }] });
    const path = /<path d="([^"]+)"/.exec(svg)![1]!;
    expect(path.match(/M/g)).toHaveLength(2);
    expect(path).not.toContain("L");
    expect(svg.match(/<circle/g)).toHaveLength(2);
  });

  it("escapes text so a name cannot break the SVG", () => {
    expect(chartSvg({ type: "line", unit: " %", categories: ["2020"], series: [{ name: "A & <b>", values: [10] }] })).toContain("A &amp; &lt;b&gt;");
  });
});

describe("sheet names", () => {
  it("keep Excel's rules: 31 characters at most, no []:*?/\\, unique", () => {
    const taken = new Set<string>();
    const first = sheetName("Indikatorer 2017–2020 [andel/år]: alla", taken);
    expect(first).not.toMatch(/[[\]:*?/\\]/);
    expect(first.length).toBeLessThanOrEqual(31);
    const second = sheetName("Indikatorer 2017–2020 [andel/år]: alla", taken);
    expect(second).not.toBe(first);
    expect(second.length).toBeLessThanOrEqual(31);
  });
});
