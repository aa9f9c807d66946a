/**
 * Runs `next <command>` as a child process next to a database this process owns, and on Ctrl-C,
 * SIGTERM or Next's own exit stops Next first, so its connections close before PostgreSQL goes down.
 */
import { spawn } from "node:child_process";
import path from "node:path";

const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");

export function superviseNext(args: string[], env: Record<string, string>, closeDatabase: () => Promise<void>): void {
  const next = spawn(process.execPath, [path.join(PROJECT_ROOT, "node_modules/next/dist/bin/next"), ...args], {
    cwd: PROJECT_ROOT,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });

  let stopping = false;
  async function stop(code: number) {
    if (stopping) return;
    stopping = true;
    if (next.exitCode === null) {
      const exited = new Promise((resolve) => next.once("exit", resolve));
      next.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    }
    await closeDatabase();
    process.exit(code);
  }
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  next.on("exit", (code) => void stop(code ?? 0));
}
