import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { MaturityBadge } from "@/components/badges/maturity-badge";
import { subjectOf } from "@/lib/auth/guard";
import { can, decide } from "@/lib/auth/policy";
import { requireActor, tenantCtxOf } from "@/lib/auth/session";
import { findProvider } from "@/lib/data/providers";
import { SELF_ASSESSMENT_STATUS_LABELS, type MaturityGradeCode } from "@/lib/domain/labels";

export const metadata: Metadata = { title: "Utförare" };

export default async function ProviderPage({ params }: { params: Promise<{ providerId: string }> }) {
  const { providerId } = await params;
  if (!z.uuid().safeParse(providerId).success) notFound();
  const actor = await requireActor();
  const subject = subjectOf(actor);
  const provider = await findProvider(tenantCtxOf(actor), providerId);
  if (!provider || decide(subject, "provider.read", { tenantId: provider.tenantId, providerId: provider.id }) !== "allow") notFound();

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{provider.name}</h1>
        <p className="text-slate-600">
          {provider.ownership === "MUNICIPAL" ? "Kommunal regi" : "Privat utförare"} · {provider.currentPlacements} pågående placeringar
        </p>
      </div>
      <section aria-labelledby="uppfoljningar">
        <h2 id="uppfoljningar" className="text-xl font-semibold">Uppföljningar</h2>
        {provider.cycles.length === 0 ? (
          <p className="mt-2 text-slate-600">Utföraren har inte följts upp ännu.</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {provider.cycles.map((cycle) => {
              const gradeVisible =
                cycle.grade &&
                can(subject, "grade.read", { tenantId: provider.tenantId, providerId: provider.id, published: cycle.grade.published });
              return (
                <li key={cycle.cycleId} className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white p-3">
                  <span className="font-medium">{cycle.cycleName}</span>
                  <span className="text-sm text-slate-600">
                    Egenrapportering:{" "}
                    {cycle.selfAssessmentStatus
                      ? SELF_ASSESSMENT_STATUS_LABELS[cycle.selfAssessmentStatus as keyof typeof SELF_ASSESSMENT_STATUS_LABELS]
                      : "–"}
                  </span>
                  {gradeVisible ? <MaturityBadge grade={cycle.grade!.value as MaturityGradeCode} /> : <span className="text-sm text-slate-500">Resultat ej publicerat</span>}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
