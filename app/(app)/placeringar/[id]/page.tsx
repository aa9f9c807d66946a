import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { EndPlacementForm } from "@/components/placements/end-placement-form";
import { PlacementForm } from "@/components/placements/placement-form";
import { requirePermission, subjectOf } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { tenantCtxOf } from "@/lib/auth/session";
import { findPlacement, placementChoices } from "@/lib/data/placements";
import { endPlacementAction, savePlacementAction } from "../actions";
import { BackLink } from "@/components/layout/back-link";

export const metadata: Metadata = { title: "Placering" };

export default async function PlacementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const actor = await requirePermission("placement.read");
  const ctx = tenantCtxOf(actor);
  const placement = await findPlacement(ctx, id);
  if (!placement) notFound();
  const mayManage = can(subjectOf(actor), "placement.manage");
  return (
    <div className="max-w-4xl space-y-6">
      <div>
        <BackLink href="/placeringar">Placeringar</BackLink>
        <h1 className="text-2xl font-bold">Placering {placement.code}</h1>
        <p className="text-slate-700">
          {placement.providerName} · {placement.serviceType} · {placement.endsOn ? `avslutad ${placement.endsOn}` : `pågår sedan ${placement.startsOn}`}
        </p>
      </div>
      {mayManage ? (
        <>
          <PlacementForm
            action={savePlacementAction}
            choices={await placementChoices(ctx)}
            initial={{
              id: placement.id,
              kod: placement.code,
              utförare: placement.providerName,
              placeringsform: placement.serviceType,
              åldersgrupp: placement.ageBand,
              kön: placement.gender,
              asylstatus: placement.asylumStatus ?? "",
              behov: placement.needsLevel,
              startdatum: placement.startsOn,
              slutdatum: placement.endsOn ?? "",
            }}
          />
          {placement.endsOn ? null : <EndPlacementForm id={placement.id} action={endPlacementAction} />}
        </>
      ) : null}
    </div>
  );
}
