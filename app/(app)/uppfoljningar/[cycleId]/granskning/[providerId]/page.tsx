import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { MaturityBadge } from "@/components/badges/maturity-badge";
import { ActionForm } from "@/components/questionnaires/action-form";
import { AssessmentForm } from "@/components/review/assessment-form";
import { requirePermission } from "@/lib/auth/guard";
import { tenantCtxOf } from "@/lib/auth/session";
import { findReviewWorkspace } from "@/lib/data/assessments";
import { previewGrade } from "@/lib/data/grades";
import { formatPercent } from "@/lib/format";
import { finaliseGradeAction, saveAssessmentAction } from "./actions";

export const metadata: Metadata = { title: "Bedömning" };

const show = (value: unknown) => (Array.isArray(value) ? value.join(", ") : String(value));

export default async function ReviewPage({ params }: { params: Promise<{ cycleId: string; providerId: string }> }) {
  const { cycleId, providerId } = await params;
  if (!z.uuid().safeParse(cycleId).success || !z.uuid().safeParse(providerId).success) notFound();
  const actor = await requirePermission("assessment.write");
  const ctx = tenantCtxOf(actor);
  const workspace = await findReviewWorkspace(ctx, cycleId, providerId);
  if (!workspace) notFound();
  const { result, current } = await previewGrade(ctx, cycleId, providerId);
  const differs = current && (current.grade !== result.grade || current.total !== result.total);

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-slate-600">{workspace.cycleName}</p>
        <h1 className="text-2xl font-bold">Bedömning – {workspace.providerName}</h1>
      </div>
      <section aria-labelledby="mognad" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="mognad" className="text-lg font-semibold">
          Kvalitetsmognad enligt bedömningarna
        </h2>
        <p className="flex flex-wrap items-center gap-3">
          <MaturityBadge grade={result.grade} /> Sammanvägt {formatPercent(result.total * 100)}
        </p>
        {result.reasons.length ? (
          <ul className="list-disc pl-5 text-sm">
            {result.reasons.slice(0, 8).map((reason) => (
              <li key={`${reason.kind}-${reason.requirementCode ?? ""}`}>{reason.text}</li>
            ))}
          </ul>
        ) : null}
        {current ? (
          <p className="text-sm">
            Fastställd nu: <MaturityBadge grade={current.grade} /> {formatPercent(current.total * 100)}
            {differs ? " – skiljer sig från beräkningen ovan." : " – samma som beräkningen."}
          </p>
        ) : null}
        <ActionForm
          action={finaliseGradeAction}
          fields={{ cycleId, providerId, replaceSnapshotId: current?.id ?? "" }}
          label={current ? "Ersätt den fastställda med beräkningen" : "Fastställ kvalitetsmognad"}
          pendingLabel="Fastställer…"
        />
      </section>
      <ol className="space-y-4">
        {workspace.items.map((item) => (
          <li key={item.requirementId} className="rounded-lg border border-slate-200 bg-white p-4">
            <p className="font-semibold">
              {item.code} {item.title}
              {item.isCritical ? <span className="ml-2 text-sm font-normal text-red-800">(kritiskt)</span> : null}
            </p>
            <p className="text-sm text-slate-600">
              {item.goalArea}
              {item.reference ? ` · ${item.reference}` : ""}
            </p>
            {item.answers.length ? (
              <dl className="mt-2 space-y-1 text-sm">
                {item.answers.map((answer) => (
                  <div key={answer.question}>
                    <dt className="text-slate-600">{answer.question}</dt>
                    <dd className="break-words whitespace-pre-wrap">{show(answer.value)}</dd>
                  </div>
                ))}
              </dl>
            ) : (
              <p className="mt-2 text-sm text-slate-600">Utföraren har inte svarat på frågorna om detta krav.</p>
            )}
            <AssessmentForm
              ids={{ cycleId, providerId, requirementId: item.requirementId }}
              code={item.code}
              scale={item.scale}
              current={item.assessment}
              action={saveAssessmentAction}
            />
          </li>
        ))}
      </ol>
    </div>
  );
}
