/**
 * Charts of the report as SVG text, for the exports (PDF takes SVG; DOCX gets a PNG made from it).
 * The web page draws the same specs with recharts. Plain TypeScript, no DOM.
 */
import type { ChartSpec } from "./document";

const FONT = "Roboto, Helvetica, Arial, sans-serif";
const LINE_COLOURS = ["#1d4ed8", "#b45309", "#047857", "#7c3aed", "#be123c", "#0f766e"];

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const number = (value: number) => value.toLocaleString("sv-SE", { maximumFractionDigits: 1 });

export function chartSvg(spec: ChartSpec, width = 640): string {
  return spec.type === "stackedPercent" ? stackedPercentSvg(spec, width) : lineSvg(spec, width);
}

function svg(width: number, height: number, body: string[]): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" font-size="11">${body.join("")}</svg>`;
}

function legend(items: { name: string; color: string }[], y: number, left: number): string[] {
  let x = left;
  return items.flatMap((item) => {
    const parts = [`<rect x="${x}" y="${y - 9}" width="10" height="10" fill="${item.color}"/>`, `<text x="${x + 14}" y="${y}">${escapeXml(item.name)}</text>`];
    x += 24 + item.name.length * 6.2;
    return parts;
  });
}

function stackedPercentSvg(spec: Extract<ChartSpec, { type: "stackedPercent" }>, width: number): string {
  const left = 90;
  const right = 16;
  const barHeight = 22;
  const gap = 10;
  const top = 10;
  const plotWidth = width - left - right;
  const height = top + spec.categories.length * (barHeight + gap) + 44;
  const body: string[] = [];
  spec.categories.forEach((category, row) => {
    const y = top + row * (barHeight + gap);
    body.push(`<text x="${left - 8}" y="${y + barHeight / 2 + 4}" text-anchor="end">${escapeXml(category)}</text>`);
    let x = left;
    for (const series of spec.series) {
      const value = series.values[row];
      if (value === null || value === undefined || value <= 0) continue;
      const segment = (value / 100) * plotWidth;
      body.push(`<rect x="${x.toFixed(1)}" y="${y}" width="${segment.toFixed(1)}" height="${barHeight}" fill="${series.color}"/>`);
      if (segment > 30) body.push(`<text x="${(x + segment / 2).toFixed(1)}" y="${y + barHeight / 2 + 4}" text-anchor="middle" fill="#ffffff" font-weight="bold">${number(value)} %</text>`);
      x += segment;
    }
    if (spec.series.every((series) => series.values[row] === null || series.values[row] === undefined)) {
      body.push(`<text x="${left + 4}" y="${y + barHeight / 2 + 4}" fill="#475569">för få svar</text>`);
    }
  });
  const axisY = top + spec.categories.length * (barHeight + gap);
  for (const tick of [0, 25, 50, 75, 100]) {
    const x = left + (tick / 100) * plotWidth;
    body.push(`<line x1="${x.toFixed(1)}" y1="${top - 4}" x2="${x.toFixed(1)}" y2="${axisY}" stroke="#cbd5e1" stroke-width="0.5"/>`, `<text x="${x.toFixed(1)}" y="${axisY + 12}" text-anchor="middle" fill="#475569">${tick} %</text>`);
  }
  body.push(...legend(spec.series, axisY + 32, left));
  return svg(width, height, body);
}

function lineSvg(spec: Extract<ChartSpec, { type: "line" }>, width: number): string {
  const left = 44;
  const right = 16;
  const top = 12;
  const plotHeight = 180;
  const plotWidth = width - left - right;
  const legendRows = spec.series.length;
  const height = top + plotHeight + 28 + legendRows * 16;
  const xOf = (index: number) => left + (spec.categories.length === 1 ? plotWidth / 2 : (index / (spec.categories.length - 1)) * plotWidth);
  const yOf = (value: number) => top + plotHeight - (value / 100) * plotHeight;
  const body: string[] = [];
  for (const tick of [0, 25, 50, 75, 100]) {
    body.push(`<line x1="${left}" y1="${yOf(tick)}" x2="${left + plotWidth}" y2="${yOf(tick)}" stroke="#e2e8f0" stroke-width="0.5"/>`, `<text x="${left - 6}" y="${yOf(tick) + 4}" text-anchor="end" fill="#475569">${tick}${spec.unit}</text>`);
  }
  spec.categories.forEach((category, index) => body.push(`<text x="${xOf(index).toFixed(1)}" y="${top + plotHeight + 16}" text-anchor="middle" fill="#475569">${escapeXml(category)}</text>`));
  spec.series.forEach((series, seriesIndex) => {
    const color = LINE_COLOURS[seriesIndex % LINE_COLOURS.length]!;
    // A gap where nothing was measured: the line breaks rather than inventing a value.
    let path = "";
    series.values.forEach((value, index) => {
      if (value === null) return;
      const command = index > 0 && series.values[index - 1] !== null && path ? "L" : "M";
      path += `${command}${xOf(index).toFixed(1)},${yOf(value).toFixed(1)} `;
      body.push(`<circle cx="${xOf(index).toFixed(1)}" cy="${yOf(value).toFixed(1)}" r="3" fill="${color}"/>`);
    });
    if (path) body.push(`<path d="${path.trim()}" fill="none" stroke="${color}" stroke-width="2"/>`);
    const y = top + plotHeight + 36 + seriesIndex * 16;
    body.push(`<rect x="${left}" y="${y - 9}" width="10" height="10" fill="${color}"/>`, `<text x="${left + 14}" y="${y}">${escapeXml(series.name)}</text>`);
  });
  return svg(width, height, body);
}
