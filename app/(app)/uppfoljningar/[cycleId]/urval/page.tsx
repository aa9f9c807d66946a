import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { SelectionForm } from "@/components/cycles/selection-form";
import { requirePermission, subjectOf } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { tenantCtxOf } from "@/lib/auth/session";
import { getSelectionWorkspace } from "@/lib/data/selection";
import { newSelectionSeed } from "@/lib/domain/selection";
import { formatDateTime, formatPercent } from "@/lib/format";
import { confirmSelectionAction } from "../../actions";
import { BackLink } from "@/components/layout/back-link";

export const metadata: Metadata = { title: "Urval" };

export default async function SelectionPage({ params, searchParams }: { params: Promise<{ cycleId: string }>; searchParams: Promise<{ fro?: string }> }) {
  const { cycleId } = await params;
  const { fro } = await searchParams;
  if (!z.uuid().safeParse(cycleId).success) notFound();
  const actor = await requirePermission("cycle.read");
  const seed = typeof fro === "string" && fro.trim() ? fro.trim().slice(0, 100) : undefined;
  const workspace = await getSelectionWorkspace(tenantCtxOf(actor), cycleId, seed);
  if (!workspace) notFound();
  const { cycle, proposal } = workspace;
  const editable = cycle.status === "PLANNING" && can(subjectOf(actor), "cycle.manage");
  const initiallySelected = !seed && workspace.selected.size ? [...workspace.selected.keys()] : proposal.proposals.map((entry) => entry.providerId);

  return (
    <div className="space-y-5">
      <div>
        <BackLink href={`/uppfoljningar/${cycle.id}`}>{cycle.name}</BackLink>
        <h1 className="text-2xl font-bold">Urval av utförare</h1>
        <p className="max-w-3xl text-slate-700">
          Förslaget bygger på risksignaler (avvikelser, klagomål, Lex Sarah, IVO:s beslut), andel av placeringarna, barn under 15 år, barn med mer
          omfattande behov och ett slumpmässigt urval, och täcker varje placerings- och avtalsform som används. Förslaget omfattar{" "}
          {proposal.proposals.length} utförare med {formatPercent(proposal.coveredShare * 100)} av placeringarna.
        </p>
        <p className="text-sm text-slate-600">
          Slumpurvalets frö: <code>{proposal.seed}</code>
          {cycle.selectionConfirmedAt ? ` · urvalet bekräftat ${formatDateTime(cycle.selectionConfirmedAt)}` : " · urvalet är inte bekräftat"}
        </p>
        {editable ? (
          <p className="mt-2 text-sm">
            <Link href={`/uppfoljningar/${cycle.id}/urval?fro=${encodeURIComponent(newSelectionSeed(cycle.name, new Date()))}`} className="text-brand-700 underline">
              Dra ett nytt slumpurval
            </Link>
          </p>
        ) : null}
      </div>
      <SelectionForm
        key={proposal.seed}
        cycleId={cycle.id}
        candidates={workspace.candidates}
        proposal={proposal}
        initiallySelected={initiallySelected}
        editable={editable}
        action={confirmSelectionAction}
      />
    </div>
  );
}
