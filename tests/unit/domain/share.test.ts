import { describe, expect, it } from "vitest";
import { sharePercent } from "@/lib/domain/share";

describe("sharePercent", () => {
  it("rounds to one decimal as the report shows shares", () => {
    expect(sharePercent(51, 65)).toBe(78.5);
    expect(sharePercent(69, 96)).toBe(71.9);
    expect(sharePercent(8, 15)).toBe(53.3);
  });

  it("is null when nothing was measured", () => {
    expect(sharePercent(0, 0)).toBeNull();
  });
});
