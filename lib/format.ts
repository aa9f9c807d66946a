/** Swedish (sv-SE) formatting: the only place numbers and dates become text. */
import { TZDate } from "@date-fns/tz";

const percentFormat = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 1 });
const integerFormat = new Intl.NumberFormat("sv-SE");

/** "78,5 %" for 78.5; a dash for a missing value. */
export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  return `${percentFormat.format(value)}\u00a0%`;
}

export function formatInteger(value: number): string {
  return integerFormat.format(value);
}

/** ISO calendar date as Swedes write it: 2020-08-31. Dates are stored as UTC midnight. */
export function formatDate(value: Date | null | undefined): string {
  if (!value) return "–";
  return value.toISOString().slice(0, 10);
}

/** The other way: "2020-08-31" as the UTC midnight it is stored as. */
export function parseDate(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

/** The date `days` days from now, as a form's default ("about two weeks ahead"). */
export function dateInDays(days: number, now = new Date()): string {
  return formatDate(new Date(now.getTime() + days * 86_400_000));
}

/** "2020-08-31 14:05" in Swedish time. */
export function formatDateTime(value: Date | null | undefined): string {
  if (!value) return "–";
  return new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Europe/Stockholm",
    dateStyle: "short",
    timeStyle: "short",
  }).format(value);
}

/** A local Swedish date and time ("2021-09-21", "09:00") as the instant it is. */
export function stockholmInstant(date: string, time: string): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  return new Date(new TZDate(year, month - 1, day, hours, minutes, "Europe/Stockholm").getTime());
}
