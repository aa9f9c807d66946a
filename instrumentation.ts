// Next.js calls register() once per server process: the in-process scheduler starts here.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.DISABLE_SCHEDULED_JOBS === "1") return;
  const { startScheduledJobs } = await import("./lib/jobs/scheduler");
  startScheduledJobs();
}
