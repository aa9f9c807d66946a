import type { SuppressionProblem } from "@/lib/domain/suppression";

/** Rank of a matrix by plain Gaussian elimination: an independent check of what can be derived. */
function rank(matrix: number[][]): number {
  const rows = matrix.map((row) => [...row]);
  let r = 0;
  for (let c = 0; c < (rows[0]?.length ?? 0) && r < rows.length; c += 1) {
    let best = r;
    for (let i = r; i < rows.length; i += 1) if (Math.abs(rows[i]![c]!) > Math.abs(rows[best]![c]!)) best = i;
    if (Math.abs(rows[best]![c]!) < 1e-9) continue;
    [rows[r], rows[best]] = [rows[best]!, rows[r]!];
    for (let i = r + 1; i < rows.length; i += 1) {
      const factor = rows[i]![c]! / rows[r]![c]!;
      for (let k = c; k < rows[i]!.length; k += 1) rows[i]![k]! -= factor * rows[r]![k]!;
    }
    r += 1;
  }
  return r;
}

/** Hidden counts that the shown ones fix by linear equations: e_u lies in the row space of the system. */
export function linearlyDerivable(problem: SuppressionProblem, hidden: Set<string>): string[] {
  const unknowns = [...hidden];
  const matrix = problem.equations.map((equation) =>
    unknowns.map((id) => equation.parts.filter((part) => part === id).length - (equation.total === id ? 1 : 0)),
  );
  const base = rank(matrix);
  return unknowns.filter((id, index) => rank([...matrix, unknowns.map((_, k) => (k === index ? 1 : 0))]) === base);
}
