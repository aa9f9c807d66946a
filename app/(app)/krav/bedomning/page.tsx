import type { Metadata } from "next";
import { ScoringSettingsForm } from "@/components/scoring/scoring-settings-form";
import { requirePermission, subjectOf } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { tenantCtxOf } from "@/lib/auth/session";
import { getTenantSettings } from "@/lib/data/tenant-settings";
import { formatPercent } from "@/lib/format";
import { updateScoringSettingsAction } from "./actions";
import { BackLink } from "@/components/layout/back-link";

export const metadata: Metadata = { title: "Bedömningsgrunder" };

export default async function ScoringRulesPage() {
  const actor = await requirePermission("requirement.read");
  const { scoring } = await getTenantSettings(tenantCtxOf(actor));
  const pct = (share: number) => formatPercent(share * 100);
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <BackLink href="/krav">Kravkatalog</BackLink>
        <h1 className="text-2xl font-bold">Bedömningsgrunder för kvalitetsmognad</h1>
        <p className="text-slate-700">
          Varje bedömt krav ger poäng efter sitt resultat, viktat med kravets vikt. Det sammanvägda resultatet är andelen av de möjliga poängen.
        </p>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 rounded-lg border border-slate-200 bg-white p-5 text-sm">
        <dt className="font-medium">Uppnått / Delvis uppnått / Ej uppnått</dt>
        <dd>
          {pct(scoring.points.ACHIEVED)} / {pct(scoring.points.PARTIALLY_ACHIEVED)} / {pct(scoring.points.NOT_ACHIEVED)}
        </dd>
        <dt className="font-medium">Ja / Pågår / Nej</dt>
        <dd>
          {pct(scoring.points.YES)} / {pct(scoring.points.IN_PROGRESS)} / {pct(scoring.points.NO)}
        </dd>
        <dt className="font-medium">Särskilt kvalitetsmogen</dt>
        <dd>minst {pct(scoring.thresholds.notablyMature)} och alla aktiviteter uppnådda</dd>
        <dt className="font-medium">Fullgod kvalitetsmognad</dt>
        <dd>minst {pct(scoring.thresholds.adequate)}</dd>
        <dt className="font-medium">Lägre kvalitetsmognad</dt>
        <dd>under {pct(scoring.thresholds.adequate)}, eller ett kritiskt krav som inte är uppfyllt</dd>
      </dl>
      {can(subjectOf(actor), "scoring.configure") ? <ScoringSettingsForm config={scoring} action={updateScoringSettingsAction} /> : null}
    </div>
  );
}
