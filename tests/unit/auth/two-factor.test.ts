import { describe, expect, it } from "vitest";
import {
  currentTotpCode,
  hashRecoveryCode,
  looksLikeRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  totpUri,
  twoFactorRequired,
  verifyTotpCode,
} from "@/lib/auth/two-factor";

describe("TOTP", () => {
  it("accepts the current code and refuses others", () => {
    const secret = newTotpSecret();
    const code = currentTotpCode(secret);
    expect(verifyTotpCode(secret, code)).toBe(true);
    expect(verifyTotpCode(secret, `${code.slice(0, 3)} ${code.slice(3)}`)).toBe(true);
    const wrong = String((Number(code) + 500_000) % 1_000_000).padStart(6, "0");
    expect(verifyTotpCode(secret, wrong)).toBe(false);
    expect(verifyTotpCode(secret, "abcdef")).toBe(false);
    expect(verifyTotpCode(newTotpSecret(), code) && verifyTotpCode(newTotpSecret(), code)).toBe(false);
  });

  it("gives an otpauth address an authenticator app can read", () => {
    expect(totpUri("JBSWY3DPEHPK3PXP", "kvalitet@x.demo")).toMatch(/^otpauth:\/\/totp\/Kvalitetsuppf%C3%B6ljning:kvalitet%40x\.demo\?.*secret=JBSWY3DPEHPK3PXP/);
  });
});

describe("recovery codes", () => {
  it("are ten distinct, readable codes, hashed the same however they are typed", () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    expect(codes.every(looksLikeRecoveryCode)).toBe(true);
    expect(hashRecoveryCode(` ${codes[0]!.toUpperCase()} `)).toBe(hashRecoveryCode(codes[0]!));
  });
});

describe("who must use two-factor sign-in", () => {
  it("is every admin, other municipal roles when the tenant requires it, never provider users", () => {
    expect(twoFactorRequired("ADMIN", {})).toBe(true);
    expect(twoFactorRequired("QUALITY_DEVELOPER", {})).toBe(false);
    expect(twoFactorRequired("QUALITY_DEVELOPER", { requireTwoFactorForAll: true })).toBe(true);
    expect(twoFactorRequired("READER", { requireTwoFactorForAll: true })).toBe(true);
    expect(twoFactorRequired("PROVIDER", { requireTwoFactorForAll: true })).toBe(false);
  });
});
