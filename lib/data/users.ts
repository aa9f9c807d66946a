import "server-only";
import { withTenant, type Tx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors";
import type { ChangeRoleInput, InviteUserInput } from "@/lib/validation/users";
import { recordAudit } from "./audit";
import { enqueueEmail } from "./outbox";
import type { TenantCtx } from "./tenant-context";

export interface UserRow {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  role: string;
  providerId: string | null;
  providerName: string | null;
  active: boolean;
  lastSignInAt: Date | null;
}

/** Everyone with a membership in the tenant. */
export async function listUsers(ctx: TenantCtx): Promise<UserRow[]> {
  const rows = await withTenant(ctx.tenantId, (tx) =>
    tx.membership.findMany({
      where: { tenantId: ctx.tenantId },
      orderBy: { user: { name: "asc" } },
      select: {
        id: true,
        role: true,
        isActive: true,
        providerId: true,
        provider: { select: { name: true } },
        user: { select: { id: true, name: true, email: true, isActive: true, lastSignInAt: true } },
      },
    }),
  );
  return rows.map((row) => ({
    membershipId: row.id,
    userId: row.user.id,
    name: row.user.name,
    email: row.user.email,
    role: row.role,
    providerId: row.providerId,
    providerName: row.provider?.name ?? null,
    active: row.isActive && row.user.isActive,
    lastSignInAt: row.user.lastSignInAt,
  }));
}

export async function listProviderOptions(ctx: TenantCtx): Promise<{ id: string; name: string }[]> {
  return withTenant(ctx.tenantId, (tx) =>
    tx.provider.findMany({ where: { tenantId: ctx.tenantId, isActive: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  );
}

/**
 * Gives a person a membership in the tenant, creating the account if the address is new, and
 * queues the invitation e-mail. `link` builds the address of the invitation or sign-in link.
 */
export async function inviteUser(ctx: TenantCtx, input: InviteUserInput, link: string): Promise<{ membershipId: string }> {
  return withTenant(ctx.tenantId, async (tx) => {
    if (input.providerId) await assertProviderInTenant(tx, ctx, input.providerId);
    const user =
      (await tx.user.findUnique({ where: { email: input.email } })) ??
      (await tx.user.create({ data: { email: input.email, name: input.name } }));
    const existing = await tx.membership.findUnique({ where: { tenantId_userId: { tenantId: ctx.tenantId, userId: user.id } } });
    if (existing) throw new AppError("CONFLICT", "Personen har redan ett konto i kommunen. Ändra rollen i listan i stället.");
    const membership = await tx.membership.create({
      data: { tenantId: ctx.tenantId, userId: user.id, role: input.role, providerId: input.role === "PROVIDER" ? input.providerId : null },
    });
    await recordAudit(tx, ctx, {
      entity: "Membership",
      entityId: membership.id,
      action: "invite",
      after: { email: input.email, name: input.name, role: input.role, providerId: membership.providerId },
    });
    const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenantId }, select: { name: true } });
    await enqueueEmail(tx, ctx.tenantId, "INVITE", {
      to: input.email,
      subject: `Inbjudan till Kvalitetsuppföljning – ${tenant.name}`,
      text: `Hej ${input.name}!\n\nDu har bjudits in till ${tenant.name}s kvalitetsuppföljning.\n\n${link}\n\nLänken gäller i ett dygn och kan användas en gång.`,
    });
    return { membershipId: membership.id };
  });
}

/** Changes a membership's role; the person's sessions end at once so the new role applies. */
export async function changeRole(ctx: TenantCtx, input: ChangeRoleInput): Promise<void> {
  await withTenant(ctx.tenantId, async (tx) => {
    const membership = await findMembership(tx, ctx, input.membershipId);
    if (input.providerId) await assertProviderInTenant(tx, ctx, input.providerId);
    const providerId = input.role === "PROVIDER" ? (input.providerId ?? null) : null;
    if (membership.userId === ctx.userId && input.role !== "ADMIN") {
      throw new AppError("INVALID", "Du kan inte ta bort din egen administratörsroll.");
    }
    await tx.membership.update({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: membership.id } },
      data: { role: input.role, providerId },
    });
    await tx.user.update({ where: { id: membership.userId }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit(tx, ctx, {
      entity: "Membership",
      entityId: membership.id,
      action: "changeRole",
      before: { role: membership.role, providerId: membership.providerId },
      after: { role: input.role, providerId },
    });
  });
}

/** Deactivates or reactivates a membership; deactivation ends the person's sessions at once. */
export async function setMembershipActive(ctx: TenantCtx, membershipId: string, active: boolean): Promise<void> {
  await withTenant(ctx.tenantId, async (tx) => {
    const membership = await findMembership(tx, ctx, membershipId);
    if (membership.userId === ctx.userId) throw new AppError("INVALID", "Du kan inte inaktivera ditt eget konto.");
    await tx.membership.update({ where: { tenantId_id: { tenantId: ctx.tenantId, id: membership.id } }, data: { isActive: active } });
    if (!active) await tx.user.update({ where: { id: membership.userId }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit(tx, ctx, {
      entity: "Membership",
      entityId: membership.id,
      action: active ? "reactivate" : "deactivate",
      before: { isActive: membership.isActive },
      after: { isActive: active },
    });
  });
}

async function findMembership(tx: Tx, ctx: TenantCtx, membershipId: string) {
  const membership = await tx.membership.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: membershipId } } });
  if (!membership) throw new AppError("NOT_FOUND");
  return membership;
}

async function assertProviderInTenant(tx: Tx, ctx: TenantCtx, providerId: string) {
  const provider = await tx.provider.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: providerId } }, select: { id: true } });
  if (!provider) throw new AppError("INVALID", "Utföraren finns inte i kommunen.");
}

/** Who can be invited from the municipality: its active staff. */
export async function listMunicipalStaff(ctx: TenantCtx): Promise<{ userId: string; name: string; role: string }[]> {
  const rows = await withTenant(ctx.tenantId, (tx) =>
    tx.membership.findMany({ where: { tenantId: ctx.tenantId, isActive: true, role: { in: ["QUALITY_DEVELOPER", "SOCIAL_SECRETARY", "ADMIN"] } }, select: { userId: true, role: true, user: { select: { name: true } } }, orderBy: { user: { name: "asc" } } }),
  );
  return rows.map((row) => ({ userId: row.userId, name: row.user.name, role: row.role }));
}
