import type { Metadata } from "next";
import { MunicipalStartView } from "@/components/start/municipal-start-view";
import { ProviderStartView } from "@/components/start/provider-start-view";
import { requirePermission } from "@/lib/auth/guard";
import { tenantCtxOf } from "@/lib/auth/session";
import { getMunicipalStart, getProviderStart } from "@/lib/data/start-page";

export const metadata: Metadata = { title: "Start" };

export default async function StartPage() {
  const actor = await requirePermission("dashboard.view");
  const ctx = tenantCtxOf(actor);
  if (ctx.role === "PROVIDER") {
    return <ProviderStartView data={await getProviderStart(ctx)} today={new Date()} />;
  }
  return <MunicipalStartView role={ctx.role} userName={actor.name} data={await getMunicipalStart(ctx)} />;
}
