import type { JWT } from "next-auth/jwt";

/** A session ends after eight hours whatever happens, and after 30 minutes without activity. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
export const SESSION_IDLE_SECONDS = 30 * 60;

export interface SessionHolder {
  userId: string;
  /** Must equal the person's current sessionVersion: signing out, deactivation and a new password bump it. */
  sessionVersion: number;
}

/**
 * Whom a decoded session token speaks for, or null when it names nobody, was revoked or has been
 * idle too long. Whether the person is still active, and the version still current, is the
 * database's to say (findActor). Plain TypeScript.
 */
export function sessionHolder(token: JWT | null | undefined, nowSeconds: number): SessionHolder | null {
  if (!token?.userId || token.revoked) return null;
  if (token.lastSeen && nowSeconds - token.lastSeen > SESSION_IDLE_SECONDS) return null;
  return { userId: token.userId, sessionVersion: token.sessionVersion ?? 0 };
}
