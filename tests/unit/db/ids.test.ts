import { describe, expect, it } from "vitest";
import { z } from "zod";
import { uuidv7 } from "@/lib/db/ids";

describe("uuidv7", () => {
  it("is a version 7, variant 1 UUID that zod and PostgreSQL accept", () => {
    for (let index = 0; index < 100; index += 1) {
      const id = uuidv7();
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(z.uuid().safeParse(id).success).toBe(true);
    }
  });

  it("carries the time in its first 48 bits, so later ids sort after earlier ones", () => {
    const at = Date.UTC(2026, 10, 24, 12, 0, 0);
    expect(Number.parseInt(uuidv7(at).replace(/-/g, "").slice(0, 12), 16)).toBe(at);
    expect(uuidv7(at) < uuidv7(at + 1)).toBe(true);
  });
});
