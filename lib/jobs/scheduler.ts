import "server-only";
import { deliverPendingEmails } from "@/lib/data/outbox";
import { unsafeQueueSelfAssessmentReminders } from "@/lib/data/reminders";
import { appUrl } from "@/lib/env";

const HOUR = 60 * 60_000;

/** Queues reminders and delivers the outbox; safe to run any number of times. */
export async function runScheduledJobs(now = new Date()): Promise<{ reminders: number; delivered: number }> {
  const reminders = await unsafeQueueSelfAssessmentReminders(now, (id) => appUrl(`/egenrapportering/${id}`));
  const delivered = await deliverPendingEmails();
  return { reminders, delivered };
}

let started = false;

/** Runs the jobs in-process: shortly after start, then every hour. Failures are logged and retried next time. */
export function startScheduledJobs(): void {
  if (started) return;
  started = true;
  const run = () =>
    runScheduledJobs().catch((error: unknown) => console.error("[jobb] påminnelser/utskick misslyckades:", error instanceof Error ? error.message : error));
  setTimeout(run, 10_000).unref();
  setInterval(run, HOUR).unref();
}
