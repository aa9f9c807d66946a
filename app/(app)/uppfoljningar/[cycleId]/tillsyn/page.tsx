import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { SupervisionMatrix } from "@/components/cycles/supervision-matrix";
import { requirePermission } from "@/lib/auth/guard";
import { tenantCtxOf } from "@/lib/auth/session";
import { getSupervisionChecklist } from "@/lib/data/supervision-checklist";
import { BackLink } from "@/components/layout/back-link";

export const metadata: Metadata = { title: "Tillsynspunkter" };

export default async function SupervisionChecklistPage({ params }: { params: Promise<{ cycleId: string }> }) {
  const { cycleId } = await params;
  if (!z.uuid().safeParse(cycleId).success) notFound();
  const actor = await requirePermission("assessment.read");
  const checklist = await getSupervisionChecklist(tenantCtxOf(actor), cycleId);
  if (!checklist) notFound();
  return (
    <div className="space-y-4">
      <div>
        <BackLink href={`/uppfoljningar/${cycleId}`}>{checklist.cycle.name}</BackLink>
        <h1 className="text-2xl font-bold">Tillsynspunkter per utförare</h1>
        <p className="text-slate-700">Svar Ja, Nej, Pågår eller Inte aktuellt för {checklist.providers.length} utförare, med antal per svar och kommunens kommentarer.</p>
      </div>
      <SupervisionMatrix checklist={checklist} />
    </div>
  );
}
