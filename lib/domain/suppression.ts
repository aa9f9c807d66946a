/**
 * Small-group suppression for published and exported figures. A count under the threshold is
 * hidden ("för få svar"), and so is whatever else it takes for no hidden count to be worked out
 * from the shown ones: if a total and all but one of its parts are shown, the last part follows
 * by subtraction, so a second part (or the total) is hidden too. Plain TypeScript.
 *
 * The figures are described as variables (counts) and equations (parts that add up to a total).
 * After the primary suppression, the system of equations with the hidden counts as unknowns is
 * solved; while any hidden count is uniquely determined by the shown ones, the smallest shown
 * count next to it is hidden as well. This covers a simple breakdown with its total, a two-way
 * table with row, column and grand totals, and several breakdowns of the same total.
 */

export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

export interface SuppressionProblem {
  /** Every count by id. */
  values: Record<string, number>;
  /** `parts` add up to `total`. */
  equations: { total: string; parts: string[] }[];
}

export interface SuppressionResult {
  /** Hidden counts by id; the others may be shown. */
  hidden: Set<string>;
  /** Hidden because the count itself is under the threshold. */
  primary: Set<string>;
}

/** A count is too small to show when it is above zero and under the threshold. */
export function isSmallGroup(count: number, threshold: number): boolean {
  return count > 0 && count < threshold;
}

export function suppress(problem: SuppressionProblem, threshold = DEFAULT_SUPPRESSION_THRESHOLD): SuppressionResult {
  const ids = Object.keys(problem.values);
  const primary = new Set(ids.filter((id) => isSmallGroup(problem.values[id]!, threshold)));
  const hidden = new Set(primary);
  for (let guard = 0; guard <= ids.length; guard += 1) {
    const exposed = determinedUnknowns(problem.equations, hidden);
    if (exposed.length === 0) return { hidden, primary };
    const complement = complementFor(exposed[0]!, problem, hidden);
    if (!complement) break;
    hidden.add(complement);
  }
  // Only reached if every count is hidden, which reveals nothing.
  return { hidden, primary };
}

/** The smallest shown count that shares an equation with `id`, preferring non-zero parts over totals. */
function complementFor(id: string, problem: SuppressionProblem, hidden: Set<string>): string | undefined {
  const related = problem.equations.filter((equation) => equation.total === id || equation.parts.includes(id));
  const rank = (candidate: string) => {
    const value = problem.values[candidate]!;
    const isTotal = problem.equations.some((equation) => equation.total === candidate);
    return [value === 0 ? 1 : 0, isTotal ? 1 : 0, value] as const;
  };
  const candidates = [...new Set(related.flatMap((equation) => [...equation.parts, equation.total]))].filter((candidate) => !hidden.has(candidate));
  const pool = candidates.length ? candidates : Object.keys(problem.values).filter((candidate) => !hidden.has(candidate));
  return pool.sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2] || a.localeCompare(b);
  })[0];
}

const EPSILON = 1e-9;

/**
 * The hidden counts that the equations fix to one value given the shown counts: in the reduced
 * row echelon form of the equations restricted to the unknowns, a pivot whose row has no other
 * non-zero entry.
 */
export function determinedUnknowns(equations: SuppressionProblem["equations"], hidden: ReadonlySet<string>): string[] {
  const unknowns = [...hidden].sort();
  if (unknowns.length === 0) return [];
  const column = new Map(unknowns.map((id, index) => [id, index]));
  const rows = equations
    .map((equation) => {
      const row = new Array<number>(unknowns.length).fill(0);
      for (const part of equation.parts) if (column.has(part)) row[column.get(part)!]! += 1;
      if (column.has(equation.total)) row[column.get(equation.total)!]! -= 1;
      return row;
    })
    .filter((row) => row.some((value) => Math.abs(value) > EPSILON));

  const pivots: number[] = [];
  let pivotRow = 0;
  for (let col = 0; col < unknowns.length && pivotRow < rows.length; col += 1) {
    const found = rows.findIndex((row, index) => index >= pivotRow && Math.abs(row[col]!) > EPSILON);
    if (found === -1) continue;
    [rows[pivotRow], rows[found]] = [rows[found]!, rows[pivotRow]!];
    const pivot = rows[pivotRow]!;
    const scale = pivot[col]!;
    for (let k = 0; k < pivot.length; k += 1) pivot[k]! /= scale;
    for (const [index, row] of rows.entries()) {
      if (index === pivotRow || Math.abs(row[col]!) <= EPSILON) continue;
      const factor = row[col]!;
      for (let k = 0; k < row.length; k += 1) row[k]! -= factor * pivot[k]!;
    }
    pivots.push(col);
    pivotRow += 1;
  }
  return pivots.flatMap((col, index) => {
    const row = rows[index]!;
    const alone = row.every((value, k) => k === col || Math.abs(value) <= EPSILON);
    return alone ? [unknowns[col]!] : [];
  });
}

/** A two-way table of counts with its row, column and grand totals, as a suppression problem. */
export function tableProblem(cells: readonly (readonly number[])[]): SuppressionProblem {
  const values: Record<string, number> = {};
  const equations: SuppressionProblem["equations"] = [];
  const columns = cells[0]?.length ?? 0;
  let grand = 0;
  cells.forEach((row, r) => {
    row.forEach((value, c) => (values[cellId(r, c)] = value));
    values[rowTotalId(r)] = row.reduce((sum, value) => sum + value, 0);
    grand += values[rowTotalId(r)]!;
    equations.push({ total: rowTotalId(r), parts: row.map((_, c) => cellId(r, c)) });
  });
  for (let c = 0; c < columns; c += 1) {
    values[columnTotalId(c)] = cells.reduce((sum, row) => sum + (row[c] ?? 0), 0);
    equations.push({ total: columnTotalId(c), parts: cells.map((_, r) => cellId(r, c)) });
  }
  values[GRAND_TOTAL] = grand;
  equations.push({ total: GRAND_TOTAL, parts: cells.map((_, r) => rowTotalId(r)) });
  equations.push({ total: GRAND_TOTAL, parts: Array.from({ length: columns }, (_, c) => columnTotalId(c)) });
  return { values, equations };
}

export const cellId = (row: number, column: number) => `cell:${row}:${column}`;
export const rowTotalId = (row: number) => `row:${row}`;
export const columnTotalId = (column: number) => `column:${column}`;
export const GRAND_TOTAL = "total";

/** A breakdown of one total into groups (e.g. respondents by gender), as a suppression problem. */
export function breakdownProblem(groups: Record<string, number>, totalId = GRAND_TOTAL): SuppressionProblem {
  const total = Object.values(groups).reduce((sum, value) => sum + value, 0);
  return { values: { ...groups, [totalId]: total }, equations: [{ total: totalId, parts: Object.keys(groups) }] };
}

/** Several breakdowns of the same total (by gender, by age, by placement form) suppressed together. */
export function combineProblems(...problems: SuppressionProblem[]): SuppressionProblem {
  return {
    values: Object.assign({}, ...problems.map((problem) => problem.values)),
    equations: problems.flatMap((problem) => problem.equations),
  };
}
