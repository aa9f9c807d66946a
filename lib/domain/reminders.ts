/**
 * Which self-assessments get a reminder today: three days before the deadline ("snart") and once
 * it has passed ("försenad"). Dates are calendar days (YYYY-MM-DD) in Swedish time.
 */

export type ReminderKind = "DUE_SOON" | "OVERDUE";

export interface ReminderCandidate {
  id: string;
  status: string;
  /** The deadline, YYYY-MM-DD. */
  dueOn: string | null;
}

const OPEN = new Set(["NOT_STARTED", "DRAFT", "REOPENED"]);
export const DUE_SOON_DAYS = 3;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The reminders due on `today` (YYYY-MM-DD); sending each only once is up to the caller. */
export function remindersDue(candidates: readonly ReminderCandidate[], today: string): { id: string; kind: ReminderKind }[] {
  return candidates.flatMap((candidate): { id: string; kind: ReminderKind }[] => {
    if (!candidate.dueOn || !OPEN.has(candidate.status)) return [];
    const left = daysBetween(today, candidate.dueOn);
    if (left < 0) return [{ id: candidate.id, kind: "OVERDUE" }];
    if (left <= DUE_SOON_DAYS) return [{ id: candidate.id, kind: "DUE_SOON" }];
    return [];
  });
}

/** Today's date in Swedish time, YYYY-MM-DD. */
export function swedishToday(now = new Date()): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(now);
}
