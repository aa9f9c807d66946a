import type { Metadata } from "next";
import { AuditTable } from "@/components/admin/audit-table";
import { requirePermission } from "@/lib/auth/guard";
import { tenantCtxOf } from "@/lib/auth/session";
import { listAudit } from "@/lib/data/audit";
import { withTenant } from "@/lib/db/tenant";
import { auditFilterSchema } from "@/lib/validation/audit-filter";

export const metadata: Metadata = { title: "Händelselogg" };

const INPUT = "mt-1 block rounded-md border border-slate-300 px-2 py-1.5 text-sm";

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("audit.read");
  const parsed = auditFilterSchema.safeParse(await searchParams);
  const filter = parsed.success ? parsed.data : {};
  const ctx = tenantCtxOf(actor);
  const rows = await withTenant(ctx.tenantId, (tx) =>
    listAudit(tx, ctx, {
      entity: filter.entity,
      action: filter.action,
      from: filter.from ? new Date(`${filter.from}T00:00:00Z`) : undefined,
      to: filter.to ? new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + 86_400_000) : undefined,
    }),
  );
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Händelselogg</h1>
        <p className="text-slate-600">Varje ändring i {actor.membership.tenantName}: vem, vad, när, före och efter. De senaste 500 händelserna som matchar filtret visas.</p>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4" aria-label="Filtrera loggen">
        <label className="text-sm font-medium">
          Vad (entitet)
          <input name="entity" defaultValue={filter.entity ?? ""} placeholder="t.ex. Membership" className={INPUT} />
        </label>
        <label className="text-sm font-medium">
          Händelse
          <input name="action" defaultValue={filter.action ?? ""} placeholder="t.ex. changeRole" className={INPUT} />
        </label>
        <label className="text-sm font-medium">
          Från och med
          <input name="from" type="date" defaultValue={filter.from ?? ""} className={INPUT} />
        </label>
        <label className="text-sm font-medium">
          Till och med
          <input name="to" type="date" defaultValue={filter.to ?? ""} className={INPUT} />
        </label>
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          Filtrera
        </button>
        {!parsed.success ? <p role="alert" className="text-sm text-red-700">Filtret innehöll ogiltiga värden och ignorerades.</p> : null}
      </form>
      <AuditTable rows={rows} />
    </div>
  );
}
