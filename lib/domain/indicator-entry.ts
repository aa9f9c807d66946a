/**
 * The indicator entry table: reading yes/no answers as people type or paste them from a
 * spreadsheet, and laying a pasted block over the table from the focused cell. Plain TypeScript.
 */

export type EntryValue = boolean | null;

const YES = new Set(["ja", "j", "1", "x", "yes", "y", "sant", "true"]);
const NO = new Set(["nej", "n", "0", "no", "falskt", "false"]);

/** true, false, null for an empty cell (clears it), undefined when the text is neither yes nor no. */
export function parseYesNo(text: string): EntryValue | undefined {
  const value = text.trim().toLowerCase();
  if (value === "" || value === "–" || value === "-") return null;
  if (YES.has(value)) return true;
  if (NO.has(value)) return false;
  return undefined;
}

export interface PasteResult {
  cells: { row: number; column: number; value: EntryValue }[];
  problems: string[];
}

/**
 * A block copied from a spreadsheet (tab-separated columns, one line per row) laid over the table
 * from `start`. Cells outside the table or not applicable to the placement are skipped; text that
 * is neither yes nor no is reported with its place in the pasted block and changes nothing.
 */
export function pasteBlock(
  text: string,
  start: { row: number; column: number },
  size: { rows: number; columns: number },
  isApplicable: (row: number, column: number) => boolean,
): PasteResult {
  const lines = text.replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n");
  const cells: PasteResult["cells"] = [];
  const problems: string[] = [];
  let outside = 0;
  let notApplicable = 0;
  lines.forEach((line, lineIndex) => {
    line.split("\t").forEach((raw, cellIndex) => {
      const row = start.row + lineIndex;
      const column = start.column + cellIndex;
      const value = parseYesNo(raw);
      if (row >= size.rows || column >= size.columns) {
        if (raw.trim() !== "") outside += 1;
        return;
      }
      if (!isApplicable(row, column)) {
        if (raw.trim() !== "") notApplicable += 1;
        return;
      }
      if (value === undefined) problems.push(`Rad ${lineIndex + 1}, kolumn ${cellIndex + 1}: ”${raw.trim()}” är varken ja eller nej.`);
      else cells.push({ row, column, value });
    });
  });
  if (outside) problems.push(`${outside} ${outside === 1 ? "värde hamnade" : "värden hamnade"} utanför tabellen och klistrades inte in.`);
  if (notApplicable) problems.push(`${notApplicable} ${notApplicable === 1 ? "värde gällde" : "värden gällde"} en indikator som inte avser placeringens åldersgrupp och hoppades över.`);
  return { cells, problems };
}

/** Whether an indicator counts a placement: its age bands include the placement's, or it has none. */
export function indicatorApplies(indicatorAgeBands: readonly string[], placementAgeBand: string): boolean {
  return indicatorAgeBands.length === 0 || indicatorAgeBands.includes(placementAgeBand);
}
