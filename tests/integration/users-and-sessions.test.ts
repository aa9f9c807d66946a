import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { isThrottled, recordSignInAttempt, THROTTLE } from "@/lib/auth/throttle";
import { consumeToken, issueToken } from "@/lib/auth/tokens";
import { activateAccount, changePassword, unsafeSendSignInLink } from "@/lib/data/accounts";
import type { TenantCtx } from "@/lib/data/tenant-context";
import { changeRole, inviteUser, listUsers, setMembershipActive } from "@/lib/data/users";
import { AppError } from "@/lib/errors";
import { adminDb } from "../fixtures/admin-db";

async function adminCtx(slug = "sjovik"): Promise<TenantCtx> {
  const tenant = await adminDb.tenant.findUniqueOrThrow({ where: { slug } });
  const email = slug === "sjovik" ? "admin@sjovik.demo" : "kvalitet@bergsby.demo";
  const user = await adminDb.user.findUniqueOrThrow({ where: { email } });
  return { tenantId: tenant.id, userId: user.id, role: "ADMIN", providerId: null };
}

const membershipOf = async (email: string, slug: string) => {
  const tenant = await adminDb.tenant.findUniqueOrThrow({ where: { slug } });
  return adminDb.membership.findFirstOrThrow({ where: { tenantId: tenant.id, user: { email } }, include: { user: true } });
};

describe("inviting a person", () => {
  it("creates the account and membership, audits it and queues the invitation in the same transaction", async () => {
    const ctx = await adminCtx();
    const { membershipId } = await inviteUser(ctx, { email: "ny@sjovik.demo", name: "Nina Ny", role: "SOCIAL_SECRETARY" }, "https://x/inbjudan");
    const membership = await adminDb.membership.findUniqueOrThrow({ where: { tenantId_id: { tenantId: ctx.tenantId, id: membershipId } }, include: { user: true } });
    expect(membership).toMatchObject({ role: "SOCIAL_SECRETARY", user: { email: "ny@sjovik.demo", passwordHash: null } });
    expect(await adminDb.auditLog.count({ where: { tenantId: ctx.tenantId, entity: "Membership", entityId: membershipId, action: "invite" } })).toBe(1);
    const mail = await adminDb.outboxMessage.findFirstOrThrow({ where: { tenantId: ctx.tenantId, toAddress: "ny@sjovik.demo" } });
    expect(mail.bodyText).toContain("https://x/inbjudan");
  });

  it("refuses a second membership in the same tenant and writes nothing", async () => {
    const ctx = await adminCtx();
    const before = await adminDb.outboxMessage.count();
    await expect(inviteUser(ctx, { email: "kvalitet@sjovik.demo", name: "Dubblett", role: "READER" }, "x")).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await adminDb.outboxMessage.count()).toBe(before);
  });

  it("refuses to bind a provider user to another tenant's provider", async () => {
    const ctx = await adminCtx();
    const bergsbyProvider = await adminDb.provider.findFirstOrThrow({ where: { tenant: { slug: "bergsby" } } });
    await expect(
      inviteUser(ctx, { email: "smuggel@x.demo", name: "Smuggel", role: "PROVIDER", providerId: bergsbyProvider.id }, "x"),
    ).rejects.toBeInstanceOf(AppError);
    expect(await adminDb.user.count({ where: { email: "smuggel@x.demo" } })).toBe(0);
  });
});

describe("role changes and deactivation", () => {
  it("changes a role, ends the person's sessions and audits before and after", async () => {
    const ctx = await adminCtx();
    const target = await membershipOf("lasare@sjovik.demo", "sjovik");
    await changeRole(ctx, { membershipId: target.id, role: "SOCIAL_SECRETARY" });
    const after = await membershipOf("lasare@sjovik.demo", "sjovik");
    expect(after.role).toBe("SOCIAL_SECRETARY");
    expect(after.user.sessionVersion).toBe(target.user.sessionVersion + 1);
    const audit = await adminDb.auditLog.findFirstOrThrow({ where: { entityId: target.id, action: "changeRole" } });
    expect(audit).toMatchObject({ before: { role: "READER" }, after: { role: "SOCIAL_SECRETARY" }, actorUserId: ctx.userId });
  });

  it("deactivates a membership and ends the sessions at once", async () => {
    const ctx = await adminCtx();
    const target = await membershipOf("utforare@valfard.demo", "sjovik");
    await setMembershipActive(ctx, target.id, false);
    const after = await membershipOf("utforare@valfard.demo", "sjovik");
    expect(after.isActive).toBe(false);
    expect(after.user.sessionVersion).toBeGreaterThan(target.user.sessionVersion);
    expect((await listUsers(ctx)).find((row) => row.membershipId === target.id)?.active).toBe(false);
  });

  it("cannot touch another tenant's membership: not found, nothing changed", async () => {
    const bergsby = await adminCtx("bergsby");
    const target = await membershipOf("kvalitet@sjovik.demo", "sjovik");
    await expect(setMembershipActive(bergsby, target.id, false)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(changeRole(bergsby, { membershipId: target.id, role: "READER" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await membershipOf("kvalitet@sjovik.demo", "sjovik")).toMatchObject({ isActive: true, role: "QUALITY_DEVELOPER" });
  });

  it("keeps an admin from locking themselves out", async () => {
    const ctx = await adminCtx();
    const own = await membershipOf("admin@sjovik.demo", "sjovik");
    await expect(setMembershipActive(ctx, own.id, false)).rejects.toMatchObject({ code: "INVALID" });
    await expect(changeRole(ctx, { membershipId: own.id, role: "READER" })).rejects.toMatchObject({ code: "INVALID" });
  });
});

describe("single-use tokens", () => {
  it("can be used once, and not after they expire", async () => {
    const token = await issueToken("utforare@caleo.demo", "SIGN_IN");
    expect(await consumeToken(token, "SIGN_IN")).toBe("utforare@caleo.demo");
    expect(await consumeToken(token, "SIGN_IN")).toBeNull();

    const old = await issueToken("utforare@caleo.demo", "SIGN_IN", new Date(Date.now() - 11 * 60_000));
    expect(await consumeToken(old, "SIGN_IN")).toBeNull();
  });

  it("does not accept a token for another purpose or a malformed one", async () => {
    const token = await issueToken("x@y.demo", "INVITE");
    expect(await consumeToken(token, "SIGN_IN")).toBeNull();
    expect(await consumeToken("'; DROP TABLE \"User\"; --", "INVITE")).toBeNull();
    expect(await consumeToken(token, "INVITE")).toBe("x@y.demo");
  });

  it("are stored only as hashes", async () => {
    const token = await issueToken("hash@y.demo", "SIGN_IN");
    expect(await adminDb.verificationToken.count({ where: { tokenHash: token } })).toBe(0);
    expect(await adminDb.verificationToken.count({ where: { identifier: "hash@y.demo" } })).toBe(1);
  });
});

describe("sign-in links for provider users", () => {
  it("queues a link for a provider user and nothing for anyone else", async () => {
    const before = await adminDb.outboxMessage.count({ where: { kind: "SIGN_IN_LINK" } });
    await unsafeSendSignInLink("utforare@caleo.demo", (token) => `https://x/login/lank?token=${token}`);
    await unsafeSendSignInLink("kvalitet@sjovik.demo", (token) => `https://x/${token}`);
    await unsafeSendSignInLink("finns-inte@x.demo", (token) => `https://x/${token}`);
    const messages = await adminDb.outboxMessage.findMany({ where: { kind: "SIGN_IN_LINK" }, orderBy: { createdAt: "desc" } });
    expect(messages.length - before).toBe(1);
    expect(messages[0]).toMatchObject({ toAddress: "utforare@caleo.demo" });
    expect(messages[0]!.bodyText).toMatch(/https:\/\/x\/login\/lank\?token=[A-Za-z0-9_-]{43}/);
  });
});

describe("passwords", () => {
  it("sets an invited person's first password", async () => {
    await adminDb.user.create({ data: { email: "aktiv@sjovik.demo", name: "Aktiv" } });
    await activateAccount("aktiv@sjovik.demo", "ett-langt-losenord-1");
    const user = await adminDb.user.findUniqueOrThrow({ where: { email: "aktiv@sjovik.demo" } });
    expect(await verifyPassword(user.passwordHash!, "ett-langt-losenord-1")).toBe(true);
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("changes a password only with the current one, ending every session", async () => {
    const ctx = await adminCtx();
    const before = await adminDb.user.findUniqueOrThrow({ where: { id: ctx.userId } });
    await expect(changePassword(ctx, "fel", "nytt-losenord-123")).rejects.toMatchObject({ code: "INVALID" });
    await changePassword(ctx, "Kvalitet2026!", "nytt-losenord-123");
    const after = await adminDb.user.findUniqueOrThrow({ where: { id: ctx.userId } });
    expect(await verifyPassword(after.passwordHash!, "nytt-losenord-123")).toBe(true);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
  });
});

describe("sign-in throttling", () => {
  it(`blocks an account after ${THROTTLE.perAccount} failures and counts afresh after a success`, async () => {
    const email = "throttle@x.demo";
    for (let i = 0; i < THROTTLE.perAccount - 1; i++) await recordSignInAttempt(email, `10.0.0.${i}`, false);
    expect(await isThrottled(email, "10.1.1.1")).toBe(false);
    await recordSignInAttempt(email, "10.0.0.9", false);
    expect(await isThrottled(email, "10.1.1.1")).toBe(true);
    expect(await isThrottled("annan@x.demo", "10.1.1.1")).toBe(false);
    await recordSignInAttempt(email, "10.0.0.10", true);
    expect(await isThrottled(email, "10.1.1.1")).toBe(false);
  });

  it(`blocks an address after ${THROTTLE.perIp} failures across accounts`, async () => {
    for (let i = 0; i < THROTTLE.perIp; i++) await recordSignInAttempt(`konto${i}@x.demo`, "192.0.2.7", false);
    expect(await isThrottled("helt-ny@x.demo", "192.0.2.7")).toBe(true);
    expect(await isThrottled("helt-ny@x.demo", "192.0.2.8")).toBe(false);
  });

  it("forgets failures older than the window", async () => {
    const old = new Date(Date.now() + (THROTTLE.windowMinutes + 1) * 60_000);
    expect(await isThrottled("throttle@x.demo", "10.1.1.1", old)).toBe(false);
  });
});

describe("single sign-on users", () => {
  it("lets in a municipal user the IdP has identified, and nobody else", async () => {
    const { unsafeResolveSsoUser } = await import("@/lib/data/accounts");
    expect(await unsafeResolveSsoUser("socialsekreterare@sjovik.demo", false)).toMatchObject({ ok: true });
    expect(await unsafeResolveSsoUser("finns-inte@kommun.se", true)).toEqual({ ok: false, reason: "NO_ACCOUNT" });
    // Provider users are external: they sign in by link or password, never through the municipality's IdP.
    expect(await unsafeResolveSsoUser("utforare@caleo.demo", true)).toEqual({ ok: false, reason: "NO_ACCOUNT" });
  });

  it("demands that the IdP used MFA for roles that require two-factor sign-in", async () => {
    const { unsafeResolveSsoUser } = await import("@/lib/data/accounts");
    expect(await unsafeResolveSsoUser("admin@sjovik.demo", false)).toEqual({ ok: false, reason: "MFA_REQUIRED" });
    expect(await unsafeResolveSsoUser("admin@sjovik.demo", true)).toMatchObject({ ok: true });
  });
});

describe("password reset", () => {
  it("queues a 30-minute link for an account with a password, and nothing for other addresses", async () => {
    const { unsafeSendPasswordReset } = await import("@/lib/data/accounts");
    const before = await adminDb.outboxMessage.count({ where: { kind: "PASSWORD_RESET" } });
    await unsafeSendPasswordReset("kvalitet@sjovik.demo", (token) => `https://x/login/aktivera?token=${token}`);
    await unsafeSendPasswordReset("finns-inte@x.demo", (token) => token);
    expect(await adminDb.outboxMessage.count({ where: { kind: "PASSWORD_RESET" } })).toBe(before + 1);
    const token = await adminDb.verificationToken.findFirstOrThrow({ where: { identifier: "kvalitet@sjovik.demo", purpose: "PASSWORD_RESET" } });
    expect(Math.abs(token.expires.getTime() - token.createdAt.getTime() - 30 * 60_000)).toBeLessThan(5_000);
  });
});
