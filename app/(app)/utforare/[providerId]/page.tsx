import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { GradeHistoryChart } from "@/components/charts/grade-history-chart";
import { ProviderTimeline } from "@/components/providers/provider-timeline";
import { GradeExplanation } from "@/components/review/grade-explanation";
import { subjectOf } from "@/lib/auth/guard";
import { decide } from "@/lib/auth/policy";
import { requireActor, tenantCtxOf } from "@/lib/auth/session";
import { findProvider } from "@/lib/data/providers";
import { getTenantSettings } from "@/lib/data/tenant-settings";
import { MATURITY_GRADE_LABELS } from "@/lib/domain/labels";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Utförare" };

export default async function ProviderPage({ params }: { params: Promise<{ providerId: string }> }) {
  const { providerId } = await params;
  if (!z.uuid().safeParse(providerId).success) notFound();
  const actor = await requireActor();
  const subject = subjectOf(actor);
  const provider = await findProvider(tenantCtxOf(actor), providerId);
  if (!provider || decide(subject, "provider.read", { tenantId: provider.tenantId, providerId: provider.id }) !== "allow") notFound();
  const graded = provider.cycles.flatMap((cycle) => (cycle.grade ? [{ cycle, grade: cycle.grade }] : []));
  const latest = graded[0];
  const { scoring } = await getTenantSettings(tenantCtxOf(actor));

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{provider.name}</h1>
        <p className="text-slate-600">
          {provider.ownership === "MUNICIPAL" ? "Kommunal regi" : "Privat utförare"} · {provider.currentPlacements} pågående placeringar
        </p>
      </div>
      {graded.length ? (
        <section aria-labelledby="historik" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="historik" className="text-xl font-semibold">
            Kvalitetsmognad över tid
          </h2>
          <GradeHistoryChart
            points={[...graded].reverse().map(({ cycle, grade }) => ({ year: cycle.year, total: Math.round(grade.total * 1000) / 10, gradeLabel: MATURITY_GRADE_LABELS[grade.value] }))}
            thresholds={{ notablyMature: scoring.thresholds.notablyMature * 100, adequate: scoring.thresholds.adequate * 100 }}
          />
        </section>
      ) : null}
      {latest ? (
        <section aria-labelledby="senaste" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="senaste" className="text-xl font-semibold">
            Senast fastställda kvalitetsmognad: {latest.cycle.cycleName}
          </h2>
          <p className="text-sm text-slate-600">Fastställd {formatDate(latest.grade.finalisedAt)}</p>
          <GradeExplanation result={{ grade: latest.grade.value, total: latest.grade.total, areaScores: latest.grade.areaScores, reasons: latest.grade.reasons, change: latest.grade.change }} />
        </section>
      ) : null}
      <section aria-labelledby="uppfoljningar">
        <h2 id="uppfoljningar" className="text-xl font-semibold">
          Uppföljningar
        </h2>
        <ProviderTimeline cycles={provider.cycles} />
      </section>
    </div>
  );
}
