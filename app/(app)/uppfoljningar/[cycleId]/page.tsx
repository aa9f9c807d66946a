import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { OpenCycleForm } from "@/components/cycles/open-cycle-form";
import { CycleProvidersTable } from "@/components/start/cycle-providers-table";
import { requirePermission, subjectOf } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { tenantCtxOf } from "@/lib/auth/session";
import { findCycle } from "@/lib/data/start-page";
import { CYCLE_STATUS_LABELS } from "@/lib/domain/labels";
import { formatDate } from "@/lib/format";
import { openCycleAction } from "../actions";

export const metadata: Metadata = { title: "Uppföljning" };

export default async function CyclePage({ params }: { params: Promise<{ cycleId: string }> }) {
  const { cycleId } = await params;
  if (!z.uuid().safeParse(cycleId).success) notFound();
  const actor = await requirePermission("cycle.read");
  const cycle = await findCycle(tenantCtxOf(actor), cycleId);
  if (!cycle) notFound();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{cycle.name}</h1>
        <p className="text-slate-600">
          {CYCLE_STATUS_LABELS[cycle.status as keyof typeof CYCLE_STATUS_LABELS]} · {formatDate(cycle.periodStart)}–{formatDate(cycle.periodEnd)} · sista
          dag för egenrapportering {formatDate(cycle.selfAssessmentDueOn)}, bedömning klar {formatDate(cycle.assessmentDueOn)}
        </p>
      </div>
      {cycle.status === "PLANNING" && can(subjectOf(actor), "cycle.manage") ? <OpenCycleForm cycleId={cycle.id} action={openCycleAction} /> : null}
      <section className="rounded-lg border border-slate-200 bg-white p-5">
        <CycleProvidersTable
          cycleName={cycle.name}
          rows={cycle.providers}
          reviewCycleId={can(subjectOf(actor), "assessment.write") ? cycle.id : undefined}
        />
      </section>
    </div>
  );
}
