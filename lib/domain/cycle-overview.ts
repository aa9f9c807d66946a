/**
 * The cycle overview as a table: its columns, the rows a view (search, grade filter, sorting,
 * hidden columns) shows, and the same rows for the CSV/XLSX export, so what is downloaded is
 * what is on the screen. Plain TypeScript, used by the page and the export route alike.
 */
import type { Grade } from "@/lib/scoring/engine";

export interface OverviewRow {
  providerId: string;
  providerName: string;
  reasons: string;
  selfAssessmentId: string | null;
  selfAssessment: string;
  review: string;
  /** Score per goal area, 0–1; null where nothing is assessed. */
  areaScores: Record<string, number | null>;
  total: number | null;
  /** The finalised grade, or the one the assessments give while nothing is finalised. */
  grade: Grade | null;
  gradeLabel: string;
  finalised: boolean;
  change: string;
}

export type CellValue = string | number | null;

export interface OverviewColumn {
  id: string;
  header: string;
  kind: "text" | "percent";
  value: (row: OverviewRow) => CellValue;
  /** The provider's name identifies the row and is always shown. */
  hideable: boolean;
}

export const AREA_COLUMN_PREFIX = "omrade:";

export function overviewColumns(goalAreas: readonly string[]): OverviewColumn[] {
  return [
    { id: "utforare", header: "Utförare", kind: "text", value: (row) => row.providerName, hideable: false },
    { id: "skal", header: "Skäl för urval", kind: "text", value: (row) => row.reasons, hideable: true },
    { id: "egenrapportering", header: "Egenrapportering", kind: "text", value: (row) => row.selfAssessment, hideable: true },
    { id: "bedomning", header: "Bedömning", kind: "text", value: (row) => row.review, hideable: true },
    ...goalAreas.map(
      (area): OverviewColumn => ({ id: `${AREA_COLUMN_PREFIX}${area}`, header: area, kind: "percent", value: (row) => row.areaScores[area] ?? null, hideable: true }),
    ),
    { id: "sammanvagt", header: "Sammanvägt", kind: "percent", value: (row) => row.total, hideable: true },
    { id: "mognad", header: "Kvalitetsmognad", kind: "text", value: (row) => row.gradeLabel, hideable: true },
    { id: "forandring", header: "Förändring sedan förra uppföljningen", kind: "text", value: (row) => row.change, hideable: true },
  ];
}

export type GradeFilter = Grade | "NONE" | "";

export interface OverviewView {
  search: string;
  grade: GradeFilter;
  sort: { id: string; desc: boolean } | null;
  hidden: string[];
}

export const DEFAULT_VIEW: OverviewView = { search: "", grade: "", sort: null, hidden: [] };

const collator = new Intl.Collator("sv", { sensitivity: "base", numeric: true });

function compare(a: CellValue, b: CellValue): number {
  // Empty cells last whatever the direction is handled by the caller.
  if (typeof a === "number" && typeof b === "number") return a - b;
  return collator.compare(String(a), String(b));
}

/** The columns and rows a view shows, in its order. Deterministic: ties are broken by provider name. */
export function applyOverviewView(rows: readonly OverviewRow[], columns: readonly OverviewColumn[], view: OverviewView) {
  const needle = view.search.trim().toLocaleLowerCase("sv");
  const shownColumns = columns.filter((column) => !column.hideable || !view.hidden.includes(column.id));
  const textColumns = columns.filter((column) => column.kind === "text");
  const filtered = rows.filter((row) => {
    if (view.grade === "NONE" ? row.grade !== null : view.grade && row.grade !== view.grade) return false;
    if (!needle) return true;
    return textColumns.some((column) => String(column.value(row) ?? "").toLocaleLowerCase("sv").includes(needle));
  });
  const sortColumn = view.sort && columns.find((column) => column.id === view.sort!.id);
  const direction = view.sort?.desc ? -1 : 1;
  const sorted = [...filtered].sort((a, b) => {
    if (sortColumn) {
      const left = sortColumn.value(a);
      const right = sortColumn.value(b);
      const leftEmpty = left === null || left === "";
      const rightEmpty = right === null || right === "";
      if (leftEmpty !== rightEmpty) return leftEmpty ? 1 : -1;
      if (!leftEmpty) {
        const order = compare(left, right) * direction;
        if (order !== 0) return order;
      }
    }
    return collator.compare(a.providerName, b.providerName) || a.providerId.localeCompare(b.providerId);
  });
  return { columns: shownColumns, rows: sorted };
}

/** The view as query parameters for the export link, and back. */
export function viewToSearchParams(view: OverviewView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.search.trim()) params.set("sok", view.search.trim());
  if (view.grade) params.set("mognad", view.grade);
  if (view.sort) params.set("sortera", `${view.sort.id}:${view.sort.desc ? "fallande" : "stigande"}`);
  for (const id of view.hidden) params.append("dold", id);
  return params;
}

const GRADE_FILTERS: readonly GradeFilter[] = ["", "NONE", "NOTABLY_MATURE", "ADEQUATE", "LOW"];

export function viewFromSearchParams(params: URLSearchParams): OverviewView {
  const grade = params.get("mognad") ?? "";
  const sort = params.get("sortera");
  const separator = sort?.lastIndexOf(":") ?? -1;
  return {
    search: (params.get("sok") ?? "").slice(0, 200),
    grade: (GRADE_FILTERS as readonly string[]).includes(grade) ? (grade as GradeFilter) : "",
    sort: sort && separator > 0 ? { id: sort.slice(0, separator), desc: sort.slice(separator + 1) === "fallande" } : null,
    hidden: params.getAll("dold").slice(0, 100),
  };
}

/** Export cells: percentages as numbers with one decimal (0–100), so a spreadsheet can compute with them. */
export function exportCell(column: OverviewColumn, row: OverviewRow): CellValue {
  const value = column.value(row);
  if (column.kind === "percent") return value === null ? null : Math.round(Number(value) * 1000) / 10;
  return value;
}
