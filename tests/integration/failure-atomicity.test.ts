/**
 * A write that fails part-way leaves nothing behind: creating and publishing a report are single
 * transactions, so when the last step (the audit entry) fails, the report is neither created nor
 * half published.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { createReport, publishReport } from "@/lib/data/reports";
import type { TenantCtx } from "@/lib/data/tenant-context";
import { adminDb } from "../fixtures/admin-db";

const failing = vi.hoisted(() => ({ audit: false }));
vi.mock("@/lib/data/audit", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/data/audit")>();
  return {
    ...real,
    recordAudit: async (...args: Parameters<typeof real.recordAudit>) => {
      if (failing.audit) throw new Error("the disk is full (simulated)");
      return real.recordAudit(...args);
    },
  };
});

afterEach(() => {
  failing.audit = false;
});

async function qualityDeveloper(): Promise<TenantCtx> {
  const tenant = await adminDb.tenant.findUniqueOrThrow({ where: { slug: "sjovik" } });
  const membership = await adminDb.membership.findFirstOrThrow({ where: { tenantId: tenant.id, user: { email: "kvalitet@sjovik.demo" } } });
  return { tenantId: tenant.id, userId: membership.userId, role: membership.role, providerId: null };
}

describe("a report write that fails at its last step", () => {
  it("creates no report", async () => {
    const ctx = await qualityDeveloper();
    const before = await adminDb.report.count({ where: { tenantId: ctx.tenantId } });
    failing.audit = true;
    await expect(createReport(ctx, { template: "ACTIVITY_REPORT", title: "Avbruten rapport", year: 2020 })).rejects.toThrow("simulated");
    expect(await adminDb.report.count({ where: { tenantId: ctx.tenantId } })).toBe(before);
    expect(await adminDb.reportSection.count({ where: { tenantId: ctx.tenantId, report: { title: "Avbruten rapport" } } })).toBe(0);
  });

  it("leaves the report an unpublished draft with nothing stored for the public page", async () => {
    const ctx = await qualityDeveloper();
    const { id } = await createReport(ctx, { template: "ACTIVITY_REPORT", title: "Rapport som inte publiceras", year: 2020 });
    failing.audit = true;
    await expect(publishReport(ctx, id)).rejects.toThrow("simulated");
    const report = await adminDb.report.findUniqueOrThrow({ where: { tenantId_id: { tenantId: ctx.tenantId, id } } });
    expect(report).toMatchObject({ status: "DRAFT", publicSlug: null, publishedAt: null, publishedData: null });
  });
});
