import type { z } from "zod";

export interface RowError {
  /** The row number as the spreadsheet shows it (the header is row 1). */
  row: number;
  message: string;
}

/**
 * Checks every row of an import against a schema: one message per bad cell with the row number,
 * and a repeated key reported on the row that repeats it. Nothing is left out of the report.
 */
export function validateRows<S extends z.ZodType>(
  rows: Record<string, unknown>[],
  schema: S,
  /** The row's key, unique in the file regardless of case. */
  keyOf: (row: z.infer<S>) => string,
  keyColumn: string,
): { valid: { row: z.infer<S>; rowNumber: number }[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const valid: { row: z.infer<S>; rowNumber: number }[] = [];
  const seen = new Map<string, number>();
  rows.forEach((raw, index) => {
    const rowNumber = index + 2;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const fields = new Set<string>();
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "");
        if (fields.has(field)) continue;
        fields.add(field);
        errors.push({ row: rowNumber, message: `${field}: ${issue.message}`.replace(/^: /, "") });
      }
      return;
    }
    const key = keyOf(parsed.data);
    const earlier = seen.get(key.toLowerCase());
    if (earlier) errors.push({ row: rowNumber, message: `${keyColumn}: ${key} finns redan på rad ${earlier}.` });
    else seen.set(key.toLowerCase(), rowNumber);
    valid.push({ row: parsed.data, rowNumber });
  });
  if (rows.length === 0) errors.push({ row: 1, message: "Filen innehåller inga rader under rubrikraden." });
  return { valid, errors };
}
