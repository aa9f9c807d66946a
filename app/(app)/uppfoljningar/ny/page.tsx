import type { Metadata } from "next";
import { NewCycleForm } from "@/components/cycles/new-cycle-form";
import { requirePermission } from "@/lib/auth/guard";
import { tenantCtxOf } from "@/lib/auth/session";
import { listPublishedVersions } from "@/lib/data/cycles";
import { listProviderOptions } from "@/lib/data/users";
import { createCycleAction } from "../actions";

export const metadata: Metadata = { title: "Ny uppföljning" };

export default async function NewCyclePage() {
  const actor = await requirePermission("cycle.manage");
  const ctx = tenantCtxOf(actor);
  const [versions, providers] = await Promise.all([listPublishedVersions(ctx), listProviderOptions(ctx)]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Ny uppföljning</h1>
      {versions.length === 0 ? (
        <p className="text-slate-600">Det finns ingen publicerad enkät att följa upp med ännu.</p>
      ) : (
        <NewCycleForm action={createCycleAction} versions={versions} providers={providers} year={new Date().getFullYear()} />
      )}
    </div>
  );
}
