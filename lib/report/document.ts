/**
 * The report as a document: sections of blocks (narrative text, tables, charts). Every template
 * builds one of these from the data, and every renderer (the web page, PDF, DOCX, XLSX, the public
 * page) reads one, so a template never knows about a format and a format never about a template.
 * Plain TypeScript.
 */

export type ChartSpec =
  | {
      type: "stackedPercent";
      /** One bar per category (a year or a group), its segments adding up to 100 %. */
      categories: string[];
      series: { name: string; color: string; values: (number | null)[] }[];
    }
  | {
      type: "line";
      categories: string[];
      series: { name: string; values: (number | null)[] }[];
      unit: string;
    };

export type Block =
  /** Text people write; `suggestion` is what the data supports, used until someone edits it. */
  | { kind: "narrative"; key: string; title: string; body: string; suggestion: string; edited: boolean }
  /** A sentence generated from the data (never edited: change the data instead). */
  | { kind: "fact"; text: string }
  | { kind: "table"; id: string; caption: string; columns: string[]; rows: string[][]; note?: string }
  | { kind: "chart"; id: string; caption: string; chart: ChartSpec; summary: string };

export interface ReportSection {
  key: string;
  title: string;
  blocks: Block[];
}

export interface ReportDocument {
  template: "ANNUAL_QUALITY_REPORT" | "ACTIVITY_REPORT";
  title: string;
  subtitle: string;
  year: number;
  sections: ReportSection[];
}

/** Every table of the document in order, e.g. for the spreadsheet export (one sheet each). */
export function tablesOf(document: ReportDocument): Extract<Block, { kind: "table" }>[] {
  return document.sections.flatMap((section) => section.blocks.filter((block): block is Extract<Block, { kind: "table" }> => block.kind === "table"));
}

/** The narrative keys a document has, to check an edit is for a section that exists. */
export function narrativeKeys(document: ReportDocument): string[] {
  return document.sections.flatMap((section) => section.blocks.flatMap((block) => (block.kind === "narrative" ? [block.key] : [])));
}

/** The text a narrative block shows: what someone wrote, else the suggestion. */
export function narrativeText(block: Extract<Block, { kind: "narrative" }>): string {
  return block.edited ? block.body : block.suggestion;
}

/** Swedish number formatting for report cells: 71,9 %, "–" for nothing. */
export function percentText(value: number | null | undefined): string {
  if (value === null || value === undefined) return "–";
  return `${value.toLocaleString("sv-SE", { maximumFractionDigits: 1 })} %`;
}
