import { can, type Permission, type PolicySubject } from "./policy";

export interface NavItem {
  href: string;
  label: string;
}

const ITEMS: { href: string; label: string; permission: Permission }[] = [
  { href: "/", label: "Start", permission: "dashboard.view" },
  { href: "/uppfoljningar/ny", label: "Ny uppföljning", permission: "cycle.manage" },
  { href: "/utforare", label: "Utförare", permission: "provider.list" },
  { href: "/placeringar", label: "Placeringar", permission: "placement.read" },
  { href: "/indikatorer", label: "Indikatorer", permission: "indicator.read" },
  { href: "/nojdhet", label: "Nöjdhet", permission: "survey.read" },
  { href: "/avvikelser", label: "Avvikelser", permission: "deviation.read" },
  { href: "/atgarder", label: "Åtgärder", permission: "action.read" },
  { href: "/kvalitetsplan", label: "Kvalitetsplan", permission: "qualityPlan.read" },
  { href: "/kvalitetsrapporter", label: "Rapporter", permission: "report.read" },
  { href: "/krav", label: "Krav", permission: "requirement.read" },
  { href: "/enkater", label: "Enkäter", permission: "questionnaire.read" },
  { href: "/admin/anvandare", label: "Användare", permission: "user.manage" },
  { href: "/admin/logg", label: "Händelselogg", permission: "audit.read" },
  { href: "/admin/utskick", label: "Utskick", permission: "outbox.read" },
  { href: "/admin/installningar", label: "Inställningar", permission: "tenant.configure" },
  { href: "/konto", label: "Mitt konto", permission: "account.manage" },
];

/** The navigation a person sees: only what the policy lets them open. */
export function navigationFor(subject: PolicySubject): NavItem[] {
  const items = ITEMS.filter((item) => can(subject, item.permission)).map(({ href, label }) => ({ href, label }));
  if (subject.role === "PROVIDER" && subject.providerId) {
    items.splice(1, 0, { href: `/utforare/${subject.providerId}`, label: "Vår verksamhet" });
  }
  return items;
}
