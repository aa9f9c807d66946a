import "server-only";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { issueToken } from "@/lib/auth/tokens";
import { twoFactorRequired } from "@/lib/auth/two-factor";
import { db } from "@/lib/db/client";
import { unsafeAcrossTenants, withTenant } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors";
import { recordAudit } from "./audit";
import { parseTenantSettings } from "@/lib/validation/tenant-settings";
import { unsafeFindActiveMemberships } from "./memberships";
import { enqueueEmail } from "./outbox";

/**
 * Sends a provider user a single-use sign-in link valid for 10 minutes. Does nothing, silently,
 * for an unknown, inactive or municipal address: the answer must not reveal which accounts exist.
 */
export async function unsafeSendSignInLink(email: string, linkFor: (token: string) => string): Promise<void> {
  const membership = await unsafeAcrossTenants((tx) =>
    tx.membership.findFirst({
      where: { role: "PROVIDER", isActive: true, user: { email, isActive: true } },
      orderBy: { createdAt: "asc" },
      select: { tenantId: true },
    }),
  );
  if (!membership) return;
  const token = await issueToken(email, "SIGN_IN");
  await withTenant(membership.tenantId, (tx) =>
    enqueueEmail(tx, membership.tenantId, "SIGN_IN_LINK", {
      to: email,
      subject: "Din inloggningslänk till Kvalitetsuppföljning",
      text: `Logga in med länken nedan. Den gäller i 10 minuter och kan användas en gång.\n\n${linkFor(token)}\n\nHar du inte bett om länken kan du bortse från brevet.`,
    }),
  );
}

/**
 * Sends a password-reset link (30 minutes, single use) to an active user who has a password.
 * Does nothing, silently, for any other address, so the answer reveals nothing.
 */
export async function unsafeSendPasswordReset(email: string, linkFor: (token: string) => string): Promise<void> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, isActive: true, passwordHash: true } });
  if (!user?.isActive || !user.passwordHash) return;
  const memberships = await unsafeFindActiveMemberships(user.id);
  const tenantId = memberships[0]?.tenantId;
  if (!tenantId) return;
  const token = await issueToken(email, "PASSWORD_RESET");
  await withTenant(tenantId, (tx) =>
    enqueueEmail(tx, tenantId, "PASSWORD_RESET", {
      to: email,
      subject: "Återställ ditt lösenord till Kvalitetsuppföljning",
      text: `Välj ett nytt lösenord med länken nedan. Den gäller i 30 minuter och kan användas en gång.\n\n${linkFor(token)}\n\nHar du inte bett om detta kan du bortse från brevet; ditt lösenord är oförändrat.`,
    }),
  );
}

/** Sets a password from an invitation or reset link (already used up by the caller); all sessions end. */
export async function activateAccount(email: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.user.update({ where: { email }, data: { passwordHash, sessionVersion: { increment: 1 } } });
}

/** Changes the signed-in person's password and ends all of their sessions, this one included. */
export async function changePassword(ctx: { tenantId: string; userId: string }, current: string, next: string): Promise<void> {
  const user = await db.user.findUniqueOrThrow({ where: { id: ctx.userId }, select: { passwordHash: true } });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, current))) {
    throw new AppError("INVALID", "Det nuvarande lösenordet stämmer inte.");
  }
  const passwordHash = await hashPassword(next);
  await db.user.update({ where: { id: ctx.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
  await withTenant(ctx.tenantId, (tx) => recordAudit(tx, ctx, { entity: "User", entityId: ctx.userId, action: "changePassword" }));
}

export type SsoDecision = { ok: true; userId: string; sessionVersion: number } | { ok: false; reason: "NO_ACCOUNT" | "MFA_REQUIRED" };

/**
 * Whether a person who proved their identity at the municipality's IdP may sign in here: they
 * need an active municipal membership, and if any of their roles requires two-factor sign-in the
 * IdP must have used it too. Cross-tenant by nature, hence unsafe….
 */
export async function unsafeResolveSsoUser(email: string, idpUsedMfa: boolean): Promise<SsoDecision> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, isActive: true, sessionVersion: true } });
  if (!user?.isActive) return { ok: false, reason: "NO_ACCOUNT" };
  const memberships = await unsafeFindActiveMemberships(user.id);
  const municipal = memberships.filter((membership) => membership.role !== "PROVIDER");
  if (municipal.length === 0) return { ok: false, reason: "NO_ACCOUNT" };
  const needsMfa = await unsafeAcrossTenants(async (tx) => {
    const tenants = await tx.tenant.findMany({ where: { id: { in: municipal.map((m) => m.tenantId) } }, select: { id: true, settings: true } });
    const settings = new Map(tenants.map((tenant) => [tenant.id, parseTenantSettings(tenant.settings)]));
    return municipal.some((membership) => twoFactorRequired(membership.role, settings.get(membership.tenantId) ?? {}));
  });
  if (needsMfa && !idpUsedMfa) return { ok: false, reason: "MFA_REQUIRED" };
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}
