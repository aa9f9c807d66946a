import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { unsafeAcrossTenants, withTenant } from "@/lib/db/tenant";
import { adminDb } from "../fixtures/admin-db";

const tenantIds = async () => {
  const [sjovik, bergsby] = await Promise.all([
    adminDb.tenant.findUniqueOrThrow({ where: { slug: "sjovik" } }),
    adminDb.tenant.findUniqueOrThrow({ where: { slug: "bergsby" } }),
  ]);
  return { sjovik: sjovik.id, bergsby: bergsby.id };
};

// The app's connection (DATABASE_URL) is the app role, which does not own the tables.
describe("row-level security under the data layer", () => {
  it("returns only the tenant's rows to a query that forgets its tenant filter", async () => {
    const { sjovik, bergsby } = await tenantIds();
    const providers = await withTenant(bergsby, (tx) => tx.provider.findMany({ select: { tenantId: true, name: true } }));
    expect(providers.map((p) => p.name).sort()).toEqual(["Bergsby familjehem", "Caleo omsorg"]);
    expect(providers.every((p) => p.tenantId === bergsby)).toBe(true);
    const placements = await withTenant(bergsby, (tx) => tx.placement.count());
    expect(placements).toBe(0);
    expect(await withTenant(sjovik, (tx) => tx.placement.count({ where: { endsOn: null } }))).toBe(81);
  });

  it("returns nothing at all outside a tenant transaction", async () => {
    expect(await db.provider.count()).toBe(0);
    expect(await db.assessment.findMany({ take: 1 })).toEqual([]);
    expect(await adminDb.provider.count()).toBe(21);
  });

  it("refuses to write a row into another tenant", async () => {
    const { sjovik, bergsby } = await tenantIds();
    await expect(
      withTenant(sjovik, (tx) => tx.provider.create({ data: { tenantId: bergsby, name: "Insmugglad utförare" } })),
    ).rejects.toThrow(/row-level security/);
    expect(await adminDb.provider.count({ where: { name: "Insmugglad utförare" } })).toBe(0);
  });

  it("cannot update or delete another tenant's rows, even by id", async () => {
    const { sjovik, bergsby } = await tenantIds();
    const target = await adminDb.provider.findFirstOrThrow({ where: { tenantId: bergsby } });
    const updated = await withTenant(sjovik, (tx) =>
      tx.provider.updateMany({ where: { id: target.id }, data: { name: "Kapad" } }),
    );
    expect(updated.count).toBe(0);
    const deleted = await withTenant(sjovik, (tx) => tx.deviationRecord.deleteMany({}));
    expect(deleted.count).toBeGreaterThan(0);
    expect(await adminDb.provider.findUniqueOrThrow({ where: { tenantId_id: { tenantId: bergsby, id: target.id } } })).toMatchObject({
      name: target.name,
    });
  });

  it("lifts the policy only inside unsafeAcrossTenants", async () => {
    expect(await unsafeAcrossTenants((tx) => tx.provider.count())).toBe(21);
    expect(await db.provider.count()).toBe(0);
  });

  it("is on for every tenant-owned table", async () => {
    const rows = await adminDb.$queryRaw<{ relname: string; relrowsecurity: boolean }[]>`
      SELECT c.relname, c.relrowsecurity FROM pg_class c
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenantId'
      WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace`;
    expect(rows.length).toBeGreaterThanOrEqual(45);
    expect(rows.filter((row) => !row.relrowsecurity).map((row) => row.relname)).toEqual([]);
  });
});
