import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { OpenCycleForm } from "@/components/cycles/open-cycle-form";
import { CycleOverviewTable } from "@/components/cycles/cycle-overview-table";
import { requirePermission, subjectOf } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { tenantCtxOf } from "@/lib/auth/session";
import { getCycleOverviewTable } from "@/lib/data/cycle-overview";
import { CYCLE_STATUS_LABELS } from "@/lib/domain/labels";
import { formatDate } from "@/lib/format";
import { openCycleAction } from "../actions";

export const metadata: Metadata = { title: "Uppföljning" };

export default async function CyclePage({ params }: { params: Promise<{ cycleId: string }> }) {
  const { cycleId } = await params;
  if (!z.uuid().safeParse(cycleId).success) notFound();
  const actor = await requirePermission("cycle.read");
  const overview = await getCycleOverviewTable(tenantCtxOf(actor), cycleId);
  if (!overview) notFound();
  const { cycle } = overview;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{cycle.name}</h1>
        <p className="text-slate-600">
          {CYCLE_STATUS_LABELS[cycle.status]} · {formatDate(cycle.periodStart)}–{formatDate(cycle.periodEnd)} · sista
          dag för egenrapportering {formatDate(cycle.selfAssessmentDueOn)}, bedömning klar {formatDate(cycle.assessmentDueOn)}
        </p>
      </div>
      {cycle.status === "PLANNING" && can(subjectOf(actor), "cycle.manage") ? <OpenCycleForm cycleId={cycle.id} action={openCycleAction} /> : null}
      <nav aria-label="Uppföljningens vyer" className="flex gap-4 text-sm">
        <Link href={`/uppfoljningar/${cycle.id}/urval`} className="text-brand-700 underline">
          {cycle.status === "PLANNING" ? "Gör urvalet" : "Urvalet"}
        </Link>
        <Link href={`/uppfoljningar/${cycle.id}/tillsyn`} className="text-brand-700 underline">
          Tillsynspunkter per utförare
        </Link>
        <Link href={`/uppfoljningar/${cycle.id}/dialoger`} className="text-brand-700 underline">
          Kvalitetsdialoger
        </Link>
      </nav>
      <section aria-labelledby="oversikt" className="space-y-3">
        <h2 id="oversikt" className="text-lg font-semibold">
          Översikt: utförare och målområden
        </h2>
        <CycleOverviewTable
          cycleId={cycle.id}
          cycleName={cycle.name}
          goalAreas={overview.goalAreas}
          rows={overview.rows}
          linkToReview={can(subjectOf(actor), "assessment.write")}
        />
      </section>
    </div>
  );
}
