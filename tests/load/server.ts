/**
 * The app as the load test and the benchmarks run it: `next start` (built first when there is no
 * build) on its own port against a given database, and session cookies minted the way next-auth
 * signs them, so many people can act at once without signing in one by one.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { encode } from "next-auth/jwt";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");
const NEXT_BIN = path.join(PROJECT_ROOT, "node_modules/next/dist/bin/next");

export function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: PROJECT_ROOT, stdio: "inherit" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(" ")} avslutades med ${code}`))));
  });
}

/** Runs `next build` when the project has no production build yet. */
export async function ensureBuild(log: (line: string) => void): Promise<void> {
  if (existsSync(path.join(PROJECT_ROOT, ".next", "BUILD_ID"))) return;
  log("ingen produktionsbyggd app – kör next build");
  await run(process.execPath, [NEXT_BIN, "build"]);
}

/**
 * How `npm start` runs node (package.json): its environment settings and node options, so that
 * the load test and the benchmarks measure the server as it runs in production (the heap limit
 * and malloc arenas that keep its memory in bounds; docs/scaling.md).
 */
export function startScript(): { env: Record<string, string>; nodeArgs: string[] } {
  const start = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")) as { scripts: { start: string } }).scripts.start;
  const words = start.trim().split(/\s+/);
  const env: Record<string, string> = {};
  while (words[0] && /^[A-Z_]+=/.test(words[0])) {
    const [name, value] = words.shift()!.split("=") as [string, string];
    env[name] = value;
  }
  const nodeArgs: string[] = [];
  if (words.shift() === "node") while (words[0]?.startsWith("--")) nodeArgs.push(words.shift()!);
  return { env, nodeArgs };
}

export interface AppServerOptions {
  port: number;
  databaseUrl: string;
  secret: string;
  logFile: string;
  uploadDir: string;
  env?: Record<string, string>;
  /** More options for node, after those of `npm start`, e.g. --cpu-prof. */
  nodeArgs?: string[];
}

/** Starts `next start` and waits until it answers. */
export async function startAppServer(options: AppServerOptions): Promise<ChildProcess> {
  const baseUrl = `http://127.0.0.1:${options.port}`;
  await mkdir(path.dirname(options.logFile), { recursive: true });
  const out = createWriteStream(options.logFile);
  const asNpmStarts = startScript();
  const server = spawn(process.execPath, [...asNpmStarts.nodeArgs, ...(options.nodeArgs ?? []), NEXT_BIN, "start", "-p", String(options.port), "-H", "127.0.0.1"], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      ...asNpmStarts.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: options.databaseUrl,
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: options.secret,
      DISABLE_SCHEDULED_JOBS: "1",
      UPLOAD_DIR: options.uploadDir,
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Two streams into one file: neither may close it while the other still writes.
  server.stdout!.pipe(out, { end: false });
  server.stderr!.pipe(out, { end: false });
  server.once("exit", () => out.end());
  for (let attempt = 0; attempt < 120; attempt += 1) {
    if (server.exitCode !== null) throw new Error(`next start avslutades (${server.exitCode}); se ${options.logFile}`);
    const ready = await fetch(`${baseUrl}/login`).then((response) => response.ok, () => false);
    if (ready) return server;
    await sleep(500);
  }
  throw new Error("next start svarade inte inom 60 s");
}

export async function stopAppServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
}

/** A next-auth session cookie for the person, as signing in would set it. */
export async function sessionCookie(person: { userId: string; name: string; email: string }, secret: string): Promise<string> {
  const token = await encode({
    secret,
    token: { sub: person.userId, name: person.name, email: person.email, userId: person.userId, sessionVersion: 0, lastSeen: Math.floor(Date.now() / 1000) },
  });
  return `next-auth.session-token=${token}`;
}

export interface AnswerReply {
  status: number;
  message?: string;
  /** The saved version on 200. */
  version?: number;
  /** The answer's version now, as the reply tells it (saved, or the stored one on a 409): the next save's expectedVersion. */
  seenVersion?: number;
}

/**
 * One autosave as the questionnaire sends it, from a signed-in session: PUT of { questionId, value,
 * expectedVersion } to `url` (the answer endpoint, or the bench's ceiling, which takes the same body).
 */
export async function putAnswerAs(url: string, cookie: string, request: { questionId: string; value: unknown; expectedVersion: number }): Promise<AnswerReply> {
  const response = await fetch(url, {
    method: "PUT",
    headers: { "content-type": "application/json", cookie, origin: new URL(url).origin },
    body: JSON.stringify(request),
  });
  const body = (await response.json().catch(() => ({}))) as { version?: number; message?: string; current?: { version: number } };
  const version = response.status === 200 && typeof body.version === "number" ? body.version : undefined;
  return { status: response.status, message: body.message, version, seenVersion: version ?? (response.status === 409 ? body.current?.version : undefined) };
}
