import type { Metadata } from "next";
import Link from "next/link";
import { ImportRequirementsForm } from "@/components/requirements/import-requirements-form";
import { RequirementForm } from "@/components/requirements/requirement-form";
import { RequirementsTable } from "@/components/requirements/requirements-table";
import { requirePermission, subjectOf } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { tenantCtxOf } from "@/lib/auth/session";
import { listRequirements } from "@/lib/data/requirements";
import { importRequirementsAction, saveRequirementAction } from "./actions";

export const metadata: Metadata = { title: "Kravkatalog" };

export default async function RequirementsPage() {
  const actor = await requirePermission("requirement.read");
  const requirements = await listRequirements(tenantCtxOf(actor));
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Kravkatalog</h1>
        <p className="text-slate-600">
          Lagkrav, avtalskrav och kommunala mål som utförarna följs upp mot.{" "}
          <Link href="/krav/bedomning" className="text-brand-700 underline">
            Så räknas kvalitetsmognad
          </Link>
        </p>
      </div>
      {can(subjectOf(actor), "requirement.manage") ? (
        <div className="grid gap-4 lg:grid-cols-2">
          <RequirementForm action={saveRequirementAction} goalAreas={[...new Set(requirements.flatMap((row) => (row.goalArea ? [row.goalArea] : [])))]} />
          <ImportRequirementsForm action={importRequirementsAction} />
        </div>
      ) : null}
      <RequirementsTable rows={requirements} />
    </div>
  );
}
