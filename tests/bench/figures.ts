/** One benchmark figure with its baseline, target and verdict, and how the bench prints them. */
export interface Figure {
  name: string;
  value: number;
  unit: "ms" | "/s" | "MB" | "st";
  baseline?: { name: string; value: number };
  note?: string;
  target: { text: string; holds: boolean };
}

const format = (value: number, unit: Figure["unit"]) => `${value.toLocaleString("sv-SE", { maximumFractionDigits: value < 10 ? 1 : 0 })} ${unit}`;

/** value / baseline, to two decimals; null without a baseline. */
export function ratioOf(figure: Figure): number | null {
  if (!figure.baseline || figure.baseline.value === 0) return null;
  return Math.round((figure.value / figure.baseline.value) * 100) / 100;
}

export function printFigures(figures: readonly Figure[]): void {
  console.log("\nResultat (uppmätta sida vid sida i samma körning):\n");
  for (const figure of figures) {
    const ratio = ratioOf(figure);
    console.log(`${figure.target.holds ? "HÅLLER " : "MISSAR "} ${figure.name}`);
    console.log(`        värde ${format(figure.value, figure.unit)}${figure.baseline ? `, baslinje (${figure.baseline.name}) ${format(figure.baseline.value, figure.unit)}, kvot ${ratio}` : ""}`);
    console.log(`        mål ${figure.target.text}${figure.note ? `; ${figure.note}` : ""}`);
  }
  const holding = figures.filter((figure) => figure.target.holds).length;
  console.log(`\n${holding} av ${figures.length} mål håller.`);
}
