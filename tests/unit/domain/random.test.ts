import { describe, expect, it } from "vitest";
import { seededRandom, shuffled } from "@/lib/domain/random";

describe("seededRandom", () => {
  it("repeats the same sequence for the same seed", () => {
    const a = seededRandom("urval-2020");
    const b = seededRandom("urval-2020");
    expect(Array.from({ length: 5 }, a)).toEqual(Array.from({ length: 5 }, b));
  });

  it("gives another sequence for another seed", () => {
    expect(seededRandom("a")()).not.toBe(seededRandom("b")());
  });

  it("stays within [0, 1)", () => {
    const random = seededRandom("range");
    for (let i = 0; i < 10_000; i++) {
      const value = random();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});

describe("shuffled", () => {
  it("returns a permutation and leaves the input alone", () => {
    const input = [1, 2, 3, 4, 5, 6, 7, 8];
    const output = shuffled(input, seededRandom("x"));
    expect([...output].sort((a, b) => a - b)).toEqual(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(output).not.toEqual(input);
  });
});
