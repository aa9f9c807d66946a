/**
 * The report as a Word document (the maintained `docx` library): real headings and tables people
 * can edit, narrative text as paragraphs, and the charts as PNG images rendered from their SVG
 * with sharp (Word reads PNG everywhere; SVG support varies).
 */
import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import sharp from "sharp";
import { chartSvg } from "@/lib/report/charts";
import { narrativeText, type Block, type ReportDocument } from "@/lib/report/document";

const CHART_WIDTH = 600;

function paragraphs(text: string): Paragraph[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => new Paragraph({ children: [new TextRun(part)], spacing: { after: 120 } }));
}

function table(block: Extract<Block, { kind: "table" }>): (Paragraph | Table)[] {
  const cell = (text: string, header = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })] });
  return [
    new Paragraph({ children: [new TextRun({ text: block.caption, bold: true })], spacing: { before: 200, after: 80 } }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [new TableRow({ tableHeader: true, children: block.columns.map((column) => cell(column, true)) }), ...block.rows.map((row) => new TableRow({ children: row.map((text) => cell(text)) }))],
    }),
    ...(block.note ? [new Paragraph({ children: [new TextRun({ text: block.note, italics: true })] })] : []),
  ];
}

async function chart(block: Extract<Block, { kind: "chart" }>): Promise<Paragraph[]> {
  const svg = chartSvg(block.chart, CHART_WIDTH);
  const image = sharp(Buffer.from(svg), { density: 144 });
  const { width = CHART_WIDTH, height = 200 } = await image.metadata();
  const png = await image.png().toBuffer();
  const scale = CHART_WIDTH / width;
  return [
    new Paragraph({ children: [new TextRun({ text: block.caption, bold: true })], spacing: { before: 200, after: 80 } }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new ImageRun({ type: "png", data: png, transformation: { width: Math.round(width * scale), height: Math.round(height * scale) }, altText: { name: block.caption, description: block.summary, title: block.caption } })] }),
  ];
}

export async function reportDocx(document: ReportDocument): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [new Paragraph({ text: document.title, heading: HeadingLevel.TITLE }), new Paragraph({ children: [new TextRun({ text: document.subtitle, italics: true })], spacing: { after: 240 } })];
  for (const section of document.sections) {
    children.push(new Paragraph({ text: section.title, heading: HeadingLevel.HEADING_1 }));
    for (const block of section.blocks) {
      if (block.kind === "narrative") {
        if (block.title !== section.title) children.push(new Paragraph({ text: block.title, heading: HeadingLevel.HEADING_2 }));
        children.push(...paragraphs(narrativeText(block)));
      } else if (block.kind === "fact") children.push(...paragraphs(block.text));
      else if (block.kind === "table") children.push(...table(block));
      else children.push(...(await chart(block)));
    }
  }
  const file = new Document({ creator: "Kvalitetsuppföljning", title: document.title, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(file));
}
