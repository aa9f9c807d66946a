/**
 * Two-factor sign-in with TOTP (RFC 6238, via the maintained `otpauth` library) and one-time
 * recovery codes. Required for admins, and for the other municipal roles when the tenant says so
 * (OWASP ASVS 5 L2 6.3.3). No "server-only": the demo seed enrols the demo admin with it.
 */
import { createHash, randomInt } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import type { RoleCode } from "@/lib/domain/labels";

const ISSUER = "Kvalitetsuppföljning";
const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secret: string, label = ""): TOTP {
  return new TOTP({ issuer: ISSUER, label, secret: Secret.fromBase32(secret), digits: 6, period: 30 });
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secret: string, email: string): string {
  return totp(secret, email).toString();
}

/** The current code; for tests and the demo only. */
export function currentTotpCode(secret: string): string {
  return totp(secret).generate();
}

/** True for the current code or the one just before or after it (clock drift). */
export function verifyTotpCode(secret: string, code: string): boolean {
  const digits = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(digits)) return false;
  return totp(secret).validate({ token: digits, window: 1 }) !== null;
}

/** Ten codes like "k7pq-2mzt"; each can replace a TOTP code once. */
export function newRecoveryCodes(count = 10): string[] {
  const part = () => Array.from({ length: 4 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join("");
  return Array.from({ length: count }, () => `${part()}-${part()}`);
}

/** Recovery codes are random enough that a plain sha256 is a sufficient one-way store. */
export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(code.trim().toLowerCase()).digest("hex");
}

export function looksLikeRecoveryCode(code: string): boolean {
  return /^[a-z0-9]{4}-[a-z0-9]{4}$/i.test(code.trim());
}

export interface TwoFactorSettings {
  /** The tenant requires it for every municipal role, not only admins. */
  requireTwoFactorForAll?: boolean;
}

/** Whether a person in this role must use two-factor sign-in. Provider users sign in by link or password. */
export function twoFactorRequired(role: RoleCode, settings: TwoFactorSettings): boolean {
  if (role === "ADMIN") return true;
  if (role === "PROVIDER") return false;
  return settings.requireTwoFactorForAll === true;
}
