/**
 * `npm run jobs:reminders`: queues due-soon and overdue reminders and delivers the outbox once,
 * the same work the app's in-process scheduler does every hour (e.g. for a cron job).
 */
import { openDevDatabase } from "./dev-database";

const database = await openDevDatabase();
process.env.DATABASE_URL = database.url;
try {
  const { runScheduledJobs } = await import("../../lib/jobs/scheduler");
  const { db } = await import("../../lib/db/client");
  const result = await runScheduledJobs();
  console.log(`Påminnelser köade: ${result.reminders}. Brev skickade: ${result.delivered}.`);
  await db.$disconnect();
} finally {
  await database.close();
}
