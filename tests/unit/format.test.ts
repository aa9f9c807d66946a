import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatPercent, stockholmInstant } from "@/lib/format";

describe("sv-SE formatting", () => {
  it("writes shares with a decimal comma and a non-breaking space before %", () => {
    expect(formatPercent(78.5)).toBe("78,5\u00a0%");
    expect(formatPercent(52)).toBe("52\u00a0%");
  });

  it("shows a dash for a missing share, never 'NaN %'", () => {
    expect(formatPercent(null)).toBe("–");
    expect(formatPercent(Number.NaN)).toBe("–");
  });

  it("writes calendar dates as ISO dates", () => {
    expect(formatDate(new Date("2020-08-31T00:00:00Z"))).toBe("2020-08-31");
    expect(formatDate(null)).toBe("–");
  });

  it("writes times in Swedish time", () => {
    expect(formatDateTime(new Date("2020-09-21T08:00:00Z"))).toBe("2020-09-21 10:00");
  });
});

describe("stockholmInstant", () => {
  it("reads a Swedish date and time as the instant it is, summer and winter time alike", () => {
    expect(stockholmInstant("2021-09-21", "09:00").toISOString()).toBe("2021-09-21T07:00:00.000Z");
    expect(stockholmInstant("2021-01-12", "09:00").toISOString()).toBe("2021-01-12T08:00:00.000Z");
  });
});
