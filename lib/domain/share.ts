/** A share in percent rounded to one decimal, as the quality report shows it; null when nothing was measured. */
export function sharePercent(count: number, total: number): number | null {
  if (total <= 0) return null;
  return Math.round((count / total) * 1000) / 10;
}
