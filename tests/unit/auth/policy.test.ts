import { describe, expect, it } from "vitest";
import { navigationFor } from "@/lib/auth/navigation";
import { decide, PERMISSIONS, type PolicySubject } from "@/lib/auth/policy";

const TENANT = "00000000-0000-4000-8000-000000000001";
const OTHER_TENANT = "00000000-0000-4000-8000-000000000002";
const PROVIDER = "00000000-0000-4000-8000-0000000000a1";
const OTHER_PROVIDER = "00000000-0000-4000-8000-0000000000a2";

const subject = (role: PolicySubject["role"], providerId: string | null = null): PolicySubject => ({ role, tenantId: TENANT, providerId });

describe("decide", () => {
  it("hides every resource of another tenant, whatever the role", () => {
    for (const permission of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]) {
      expect(decide(subject("ADMIN"), permission, { tenantId: OTHER_TENANT })).toBe("not_found");
    }
  });

  it("lets a provider user read their own provider's self-assessment and nothing of another provider", () => {
    const provider = subject("PROVIDER", PROVIDER);
    expect(decide(provider, "selfAssessment.read", { tenantId: TENANT, providerId: PROVIDER })).toBe("allow");
    expect(decide(provider, "selfAssessment.write", { tenantId: TENANT, providerId: PROVIDER })).toBe("allow");
    expect(decide(provider, "selfAssessment.read", { tenantId: TENANT, providerId: OTHER_PROVIDER })).toBe("not_found");
    expect(decide(provider, "provider.read", { tenantId: TENANT, providerId: OTHER_PROVIDER })).toBe("not_found");
  });

  it("shows a provider its grade only once published", () => {
    const provider = subject("PROVIDER", PROVIDER);
    expect(decide(provider, "grade.read", { tenantId: TENANT, providerId: PROVIDER, published: false })).toBe("not_found");
    expect(decide(provider, "grade.read", { tenantId: TENANT, providerId: PROVIDER, published: true })).toBe("allow");
    expect(decide(subject("READER"), "grade.read", { tenantId: TENANT, providerId: PROVIDER, published: false })).toBe("allow");
  });

  it("without a resource, only gates by role: the data layer decides for the resource it loads", () => {
    expect(decide(subject("PROVIDER", PROVIDER), "selfAssessment.write")).toBe("allow");
    expect(decide(subject("READER"), "selfAssessment.write")).toBe("forbidden");
  });

  it("gives a provider user without a provider nothing provider-scoped", () => {
    expect(decide(subject("PROVIDER", null), "provider.read", { tenantId: TENANT, providerId: PROVIDER })).toBe("not_found");
  });

  it("keeps municipal work away from providers and administration to admins", () => {
    expect(decide(subject("PROVIDER", PROVIDER), "assessment.write")).toBe("forbidden");
    expect(decide(subject("PROVIDER", PROVIDER), "audit.read")).toBe("forbidden");
    expect(decide(subject("QUALITY_DEVELOPER"), "user.manage")).toBe("forbidden");
    expect(decide(subject("QUALITY_DEVELOPER"), "audit.read")).toBe("allow");
    expect(decide(subject("READER"), "assessment.write")).toBe("forbidden");
    expect(decide(subject("ADMIN"), "user.manage")).toBe("allow");
  });
});

describe("navigationFor", () => {
  const labels = (s: PolicySubject) => navigationFor(s).map((item) => item.label);

  it("shows each role only what it may open", () => {
    expect(labels(subject("ADMIN"))).toEqual(["Start", "Utförare", "Placeringar", "Indikatorer", "Nöjdhet", "Avvikelser", "Åtgärder", "Kvalitetsplan", "Rapporter", "Krav", "Enkäter", "Användare", "Händelselogg", "Utskick", "Inställningar", "Mitt konto"]);
    expect(labels(subject("QUALITY_DEVELOPER"))).toEqual(["Start", "Ny uppföljning", "Utförare", "Placeringar", "Indikatorer", "Nöjdhet", "Avvikelser", "Åtgärder", "Kvalitetsplan", "Rapporter", "Krav", "Enkäter", "Händelselogg", "Mitt konto"]);
    expect(labels(subject("SOCIAL_SECRETARY"))).toEqual(["Start", "Utförare", "Placeringar", "Indikatorer", "Nöjdhet", "Avvikelser", "Åtgärder", "Kvalitetsplan", "Rapporter", "Krav", "Enkäter", "Mitt konto"]);
    expect(labels(subject("READER"))).toEqual(["Start", "Utförare", "Indikatorer", "Nöjdhet", "Avvikelser", "Åtgärder", "Kvalitetsplan", "Rapporter", "Krav", "Enkäter", "Mitt konto"]);
    expect(labels(subject("PROVIDER", PROVIDER))).toEqual(["Start", "Vår verksamhet", "Åtgärder", "Mitt konto"]);
  });

  it("links a provider user to their own provider", () => {
    expect(navigationFor(subject("PROVIDER", PROVIDER)).find((item) => item.label === "Vår verksamhet")?.href).toBe(`/utforare/${PROVIDER}`);
  });
});
