/**
 * The report as PDF with pdfmake (tables, page breaks and embedded fonts are its job): Roboto from
 * the pdfmake package covers Swedish and signs like ≥, and the charts go in as SVG.
 */
import { createRequire } from "node:module";
import { chartSvg } from "@/lib/report/charts";
import { narrativeText, type ReportDocument } from "@/lib/report/document";

interface PdfMake {
  setFonts(fonts: unknown): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  createPdf(definition: unknown): { getBuffer(): Promise<Buffer> };
}

const require = createRequire(import.meta.url);
let pdfmake: PdfMake | null = null;

function engine(): PdfMake {
  if (pdfmake) return pdfmake;
  pdfmake = require("pdfmake") as PdfMake;
  const fonts = require("pdfmake/fonts/Roboto.js") as Record<string, Record<string, string>>;
  const fontFiles = new Set(Object.values(fonts.Roboto!));
  pdfmake.setFonts(fonts);
  // The document may only read its own font files, and nothing from the network.
  pdfmake.setLocalAccessPolicy((path) => fontFiles.has(path));
  pdfmake.setUrlAccessPolicy(() => false);
  return pdfmake;
}

export async function reportPdf(document: ReportDocument): Promise<Uint8Array> {
  const content: unknown[] = [
    { text: document.title, style: "title" },
    { text: document.subtitle, style: "subtitle" },
  ];
  for (const section of document.sections) {
    content.push({ text: section.title, style: "h1", headlineLevel: 1 });
    for (const block of section.blocks) {
      if (block.kind === "narrative") {
        if (block.title !== section.title) content.push({ text: block.title, style: "h2" });
        content.push(...narrativeText(block).split(/\n\s*\n/).filter((part) => part.trim()).map((part) => ({ text: part.trim(), style: "body" })));
      } else if (block.kind === "fact") {
        content.push({ text: block.text, style: "body" });
      } else if (block.kind === "table") {
        content.push({ text: block.caption, style: "caption" });
        content.push({
          table: { headerRows: 1, widths: block.columns.map((_, index) => (index === 0 || block.columns.length <= 3 ? "*" : "auto")), body: [block.columns.map((column) => ({ text: column, bold: true })), ...block.rows] },
          layout: "lightHorizontalLines",
          style: "table",
        });
        if (block.note) content.push({ text: block.note, italics: true, style: "body" });
      } else {
        content.push({ text: block.caption, style: "caption" }, { svg: chartSvg(block.chart, 640), width: 480, margin: [0, 4, 0, 12] });
      }
    }
  }
  const definition = {
    info: { title: document.title, creator: "Kvalitetsuppföljning" },
    pageSize: "A4",
    pageMargins: [56, 56, 56, 56],
    content,
    defaultStyle: { font: "Roboto", fontSize: 10, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 20, bold: true, margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 11, color: "#475569", margin: [0, 0, 0, 18] },
      h1: { fontSize: 15, bold: true, margin: [0, 16, 0, 6] },
      h2: { fontSize: 12, bold: true, margin: [0, 8, 0, 4] },
      body: { margin: [0, 0, 0, 6] },
      caption: { bold: true, margin: [0, 8, 0, 4] },
      table: { fontSize: 9, margin: [0, 0, 0, 10] },
    },
    footer: (page: number, pages: number) => ({ text: `${document.title} · sida ${page} av ${pages}`, alignment: "center", fontSize: 8, color: "#64748b", margin: [0, 20, 0, 0] }),
  };
  return new Uint8Array(await engine().createPdf(definition).getBuffer());
}
