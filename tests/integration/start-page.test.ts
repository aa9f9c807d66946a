import { describe, expect, it } from "vitest";
import { unsafeFindActiveMemberships, unsafeFindSignedInPerson } from "@/lib/data/memberships";
import { getMunicipalStart, getProviderStart } from "@/lib/data/start-page";
import type { TenantCtx } from "@/lib/data/tenant-context";
import { adminDb as db } from "../fixtures/admin-db";

async function ctxFor(email: string, tenantSlug: string): Promise<TenantCtx> {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const tenant = await db.tenant.findUniqueOrThrow({ where: { slug: tenantSlug } });
  const membership = await db.membership.findUniqueOrThrow({ where: { tenantId_userId: { tenantId: tenant.id, userId: user.id } } });
  return { tenantId: tenant.id, userId: user.id, role: membership.role, providerId: membership.providerId };
}

describe("start page data", () => {
  it("shows a quality developer the tenant's cycles with the providers in each", async () => {
    const data = await getMunicipalStart(await ctxFor("kvalitet@sjovik.demo", "sjovik"));
    expect(data.providerCount).toBe(19);
    expect(data.cycles.map((cycle) => cycle.year)).toEqual([2020, 2019]);
    const cycle2020 = data.cycles[0]!;
    expect(cycle2020.providers).toHaveLength(9);
    expect(cycle2020.providers.find((row) => row.providerName === "Svenska familjehem")?.grade).toBe("NOTABLY_MATURE");
  });

  it("never mixes in another municipality's cycles or providers", async () => {
    const bergsby = await getMunicipalStart(await ctxFor("kvalitet@bergsby.demo", "bergsby"));
    expect(bergsby.providerCount).toBe(2);
    expect(bergsby.cycles.map((cycle) => cycle.name)).toEqual(["Familjehem och stödboende 2020"]);
    expect(bergsby.currentPlacementCount).toBe(0);
  });

  it("counts a social secretary's own placements", async () => {
    const data = await getMunicipalStart(await ctxFor("socialsekreterare@sjovik.demo", "sjovik"));
    expect(data.myPlacementCount).toBe(81);
  });

  it("shows a provider only its own self-assessments and only published grades", async () => {
    const data = await getProviderStart(await ctxFor("utforare@caleo.demo", "sjovik"));
    expect(data.providerName).toBe("Caleo omsorg");
    expect(data.selfAssessments.map((row) => row.year)).toEqual([2020, 2019]);
    // The 2020 grade is finalised but not published; only 2019's may be shown.
    expect(data.publishedGrades.map((row) => row.year)).toEqual([2019]);
    expect(data.openActions).toEqual([]);
  });

  it("gives the provider in the other municipality that municipality's data only", async () => {
    const data = await getProviderStart(await ctxFor("utforare@caleo.demo", "bergsby"));
    expect(data.selfAssessments.map((row) => row.cycleName)).toEqual(["Familjehem och stödboende 2020"]);
  });

  it("lists a person's memberships in every municipality, for choosing the tenant", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "utforare@caleo.demo" } });
    const memberships = await unsafeFindActiveMemberships(user.id);
    expect(memberships.map((m) => [m.tenantName, m.role, m.providerName])).toEqual([
      ["Bergsby kommun", "PROVIDER", "Caleo omsorg"],
      ["Sjöviks kommun", "PROVIDER", "Caleo omsorg"],
    ]);
  });

  it("drops a deactivated user's memberships", async () => {
    const user = await db.user.update({ where: { email: "lasare@sjovik.demo" }, data: { isActive: false } });
    expect(await unsafeFindActiveMemberships(user.id)).toEqual([]);
  });

  it("gives the session check the person's current session version, also without any active membership", async () => {
    const user = await db.user.update({ where: { email: "kvalitet@sjovik.demo" }, data: { sessionVersion: { increment: 2 } } });
    const person = await unsafeFindSignedInPerson(user.id);
    expect(person?.sessionVersion).toBe(user.sessionVersion);
    expect(person?.memberships.map((m) => m.tenantName)).toEqual(["Sjöviks kommun"]);

    await db.membership.updateMany({ where: { userId: user.id }, data: { isActive: false } });
    expect(await unsafeFindSignedInPerson(user.id)).toEqual({ sessionVersion: user.sessionVersion, memberships: [] });

    await db.user.update({ where: { id: user.id }, data: { isActive: false } });
    expect(await unsafeFindSignedInPerson(user.id)).toBeNull();
    expect(await unsafeFindSignedInPerson("00000000-0000-7000-8000-000000000000")).toBeNull();
  });
});
