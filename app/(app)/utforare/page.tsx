import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/guard";
import { tenantCtxOf } from "@/lib/auth/session";
import { listProviders } from "@/lib/data/providers";
import { CONTRACT_FORM_LABELS } from "@/lib/domain/labels";

export const metadata: Metadata = { title: "Utförare" };

export default async function ProvidersPage() {
  const actor = await requirePermission("provider.list");
  const providers = await listProviders(tenantCtxOf(actor));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Utförare</h1>
      {providers.length === 0 ? (
        <p className="text-slate-600">Det finns inga utförare registrerade ännu.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm" aria-label="Utförare">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">Namn</th>
                <th scope="col" className="px-4 py-2 font-medium">Avtalsform</th>
                <th scope="col" className="px-4 py-2 text-right font-medium">Pågående placeringar</th>
                <th scope="col" className="px-4 py-2 text-right font-medium">Senast uppföljd</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {providers.map((provider) => (
                <tr key={provider.id}>
                  <th scope="row" className="px-4 py-2 font-medium">
                    <Link href={`/utforare/${provider.id}`} className="text-brand-700 hover:underline">
                      {provider.name}
                    </Link>
                  </th>
                  <td className="px-4 py-2">
                    {provider.contractForms.map((form) => CONTRACT_FORM_LABELS[form as keyof typeof CONTRACT_FORM_LABELS]).join(", ") || "–"}
                  </td>
                  <td className="px-4 py-2 text-right tabular-nums">{provider.currentPlacements}</td>
                  <td className="px-4 py-2 text-right tabular-nums">{provider.lastCycleYear ?? "Aldrig"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
