import type { Metadata } from "next";
import { InviteUserForm } from "@/components/admin/invite-user-form";
import { UsersTable } from "@/components/admin/users-table";
import { requirePermission } from "@/lib/auth/guard";
import { tenantCtxOf } from "@/lib/auth/session";
import { listProviderOptions, listUsers } from "@/lib/data/users";
import { changeRoleAction, inviteUserAction, setActiveAction } from "./actions";

export const metadata: Metadata = { title: "Användare" };

export default async function UsersPage() {
  const actor = await requirePermission("user.manage");
  const ctx = tenantCtxOf(actor);
  const [users, providers] = await Promise.all([listUsers(ctx), listProviderOptions(ctx)]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Användare</h1>
        <p className="text-slate-600">Bjud in, ändra roller och inaktivera konton i {actor.membership.tenantName}. Ändringar loggar ut personen direkt.</p>
      </div>
      <InviteUserForm action={inviteUserAction} providers={providers} />
      <UsersTable users={users} providers={providers} changeRole={changeRoleAction} setActive={setActiveAction} />
    </div>
  );
}
