import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";

export type TokenPurpose = "SIGN_IN" | "INVITE" | "PASSWORD_RESET";

/** Sign-in links live 10 minutes (ASVS: short-lived, single use), password resets 30, invitations a day. */
export const TOKEN_LIFETIME_MINUTES: Record<TokenPurpose, number> = { SIGN_IN: 10, PASSWORD_RESET: 30, INVITE: 24 * 60 };

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

/** Creates a single-use token for the e-mail address and returns it; only its hash is stored. */
export async function issueToken(email: string, purpose: TokenPurpose, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.verificationToken.create({
    data: {
      identifier: email,
      tokenHash: hashOf(token),
      purpose,
      expires: new Date(now.getTime() + TOKEN_LIFETIME_MINUTES[purpose] * 60_000),
    },
  });
  return token;
}

/** Uses up a token: returns its e-mail address once, or null if it is unknown, used or expired. */
export async function consumeToken(token: string, purpose: TokenPurpose, now = new Date()): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const used = await db.verificationToken.updateManyAndReturn({
    where: { tokenHash: hashOf(token), purpose, usedAt: null, expires: { gt: now } },
    data: { usedAt: now },
    select: { identifier: true },
  });
  return used[0]?.identifier ?? null;
}
