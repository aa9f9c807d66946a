import { describe, expect, it } from "vitest";
import { pageOfRows } from "@/lib/domain/pagination";

const rows = Array.from({ length: 120 }, (_, index) => index + 1);

describe("pageOfRows", () => {
  it("gives the rows of the page asked for, with their positions", () => {
    expect(pageOfRows(rows, 1, 50)).toMatchObject({ page: 1, pageCount: 3, first: 1, last: 50, total: 120 });
    const third = pageOfRows(rows, 3, 50);
    expect(third.rows).toEqual(rows.slice(100));
    expect(third).toMatchObject({ first: 101, last: 120 });
  });

  it("clamps a page past the end (a search left fewer rows) and before the start", () => {
    expect(pageOfRows(rows.slice(0, 30), 3, 25)).toMatchObject({ page: 2, first: 26, last: 30 });
    expect(pageOfRows(rows, 0, 25)).toMatchObject({ page: 1, first: 1 });
    expect(pageOfRows(rows, Number.NaN, 25).page).toBe(1);
  });

  it("shows every row on one page for size 0, and an empty list as one empty page", () => {
    expect(pageOfRows(rows, 2, 0)).toMatchObject({ page: 1, pageCount: 1, first: 1, last: 120 });
    expect(pageOfRows([], 1, 50)).toEqual({ rows: [], page: 1, pageCount: 1, first: 0, last: 0, total: 0 });
  });
});
