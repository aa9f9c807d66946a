/**
 * Whether an error means "the database cannot be reached right now" (stopped, restarting, the
 * connection cut, the pool out of connections) rather than a fault in the request or the code.
 * Such errors become a 503 with a message, and clients retry; other errors stay 500s.
 * Plain TypeScript: it reads the shapes Prisma, its pg adapter and pg give these errors.
 */

// Prisma: can't reach, timed out reaching, connection closed, pool timeout.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
// The pg adapter's classification of driver errors (@prisma/adapter-pg convertDriverError).
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// PostgreSQL SQLSTATEs: admin/crash shutdown, cannot connect now (starting up), connection exceptions, too many connections.
const POSTGRES_CODES = /^(57P0[123]|08\d{3}|53300)$/;
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND"]);
// pg's own errors without a code: the socket closed under a query, or the pool's connect timeout.
// Prisma's own when every pooled connection stays busy past the transaction's maxWait (P2028).
const DRIVER_MESSAGES = /Unable to start a transaction in the given time|Connection terminated|timeout exceeded when trying to connect|Can't reach database server|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command/i;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== "object" || error === null) return false;
  const candidate = error as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
  if (typeof candidate.code === "string" && (PRISMA_CODES.has(candidate.code) || POSTGRES_CODES.test(candidate.code) || SOCKET_CODES.has(candidate.code))) return true;
  if (typeof candidate.kind === "string" && ADAPTER_KINDS.has(candidate.kind)) return true;
  if (candidate.kind === "postgres" && typeof candidate.code === "string" && POSTGRES_CODES.test(candidate.code)) return true;
  if (typeof candidate.message === "string" && DRIVER_MESSAGES.test(candidate.message)) return true;
  return isDatabaseUnavailable(candidate.meta?.driverAdapterError, depth + 1) || isDatabaseUnavailable(candidate.cause, depth + 1);
}
