import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { getReport } from "@/lib/data/reports";
import type { TenantCtx } from "@/lib/data/tenant-context";
import { reportDocx } from "@/lib/export/report-docx";
import { reportPdf } from "@/lib/export/report-pdf";
import { reportWorkbook } from "@/lib/export/report-xlsx";
import { tablesOf } from "@/lib/report/document";
import { adminDb } from "../fixtures/admin-db";

async function demoReport() {
  const tenant = await adminDb.tenant.findUniqueOrThrow({ where: { slug: "sjovik" } });
  const membership = await adminDb.membership.findFirstOrThrow({ where: { tenantId: tenant.id, role: "READER" } });
  const ctx: TenantCtx = { tenantId: tenant.id, userId: membership.userId, role: "READER", providerId: null };
  const report = await adminDb.report.findFirstOrThrow({ where: { tenantId: tenant.id, year: 2020, template: "ANNUAL_QUALITY_REPORT" } });
  return (await getReport(ctx, report.id)).document;
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const pdf = await pdfjs.getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  // Without whitespace: pdf.js splits words and lines where the layout wrapped them.
  return pages.join("").replace(/\s+/g, "");
}

const squeezed = (text: string) => text.replace(/\s+/g, "");

describe("report exports", () => {
  it("PDF: the text holds the tables' figures and the narrative, charts included as drawings", async () => {
    const document = await demoReport();
    const text = await pdfText(await reportPdf(document));
    for (const expected of [
      "Boende för ensamkommande barn/unga – Kvalitetsrapport 2020",
      "Träningslägenhet 24",
      "Andel ≥16 år som arbetar extra/feriearbetar 11 % 29 % 69 % 52 %",
      "69 av 96 svarade (71,9 %)",
      "Lagrum och styrdokument",
      "för få svar",
      // Only the charts' legends say this: the SVG charts are in the PDF.
      "Röd (1)",
    ]) {
      expect(text).toContain(squeezed(expected));
    }
  });

  it("DOCX: real Word tables with the same rows, and the charts as images", async () => {
    const document = await demoReport();
    const zip = await JSZip.loadAsync(await reportDocx(document));
    const xml = await zip.file("word/document.xml")!.async("string");
    const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((match) =>
      [...match[1]!.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) => [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => [...cell[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((text) => text[1]).join(""))),
    );
    const expected = tablesOf(document);
    expect(tables).toHaveLength(expected.length);
    const forms = expected.findIndex((table) => table.id === "malgrupp-placeringsform");
    expect(tables[forms]).toEqual([expected[forms]!.columns, ...expected[forms]!.rows]);
    const charts = document.sections.flatMap((section) => section.blocks).filter((block) => block.kind === "chart").length;
    expect(Object.keys(zip.files).filter((name) => name.startsWith("word/media/") && name.endsWith(".png"))).toHaveLength(charts);
  });

  it("XLSX: every table on its own sheet, reopened with the same rows", async () => {
    const document = await demoReport();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await reportWorkbook(document)).buffer as ArrayBuffer);
    const expected = tablesOf(document);
    expect(workbook.worksheets).toHaveLength(expected.length);
    for (const [index, table] of expected.entries()) {
      const sheet = workbook.worksheets[index]!;
      const values = sheet.getSheetValues().slice(1).map((row) => (Array.isArray(row) ? row.slice(1).map((cell) => String(cell ?? "")) : []));
      expect(values[0]).toEqual([table.caption]);
      expect(values[1]).toEqual(table.columns);
      expect(values.slice(2, 2 + table.rows.length).map((row) => row.concat(Array(table.columns.length - row.length).fill("")))).toEqual(table.rows);
    }
  });
});
