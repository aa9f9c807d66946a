/**
 * The database queries behind each busy page, counted statement by statement: they must not grow
 * with the number of providers in a cycle or the number of cycles a provider has been in (an N+1
 * pattern would add one or more per row), and stay under a small fixed number.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { findReviewWorkspace } from "@/lib/data/assessments";
import { getCycleOverviewTable } from "@/lib/data/cycle-overview";
import { previewGrade } from "@/lib/data/grades";
import { findProvider, listProviders } from "@/lib/data/providers";
import { getReport } from "@/lib/data/reports";
import { findSelfAssessmentForm } from "@/lib/data/self-assessments";
import { getMunicipalStart } from "@/lib/data/start-page";
import { getSupervisionChecklist } from "@/lib/data/supervision-checklist";
import type { TenantCtx } from "@/lib/data/tenant-context";
import { getTenantSettings } from "@/lib/data/tenant-settings";
import { replaceAppClient } from "@/lib/db/client";
import { createPrismaClient } from "@/lib/db/prisma";
import { adminDb } from "../fixtures/admin-db";

// The app's data layer runs on this client, which counts.
const statements: string[] = [];
replaceAppClient(createPrismaClient(process.env.DATABASE_URL as string, { onQuery: (sql) => statements.push(sql) }));

async function queriesOf(work: () => Promise<unknown>): Promise<number> {
  statements.length = 0;
  await work();
  return statements.filter((sql) => !/^(BEGIN|COMMIT|ROLLBACK)\b/i.test(sql.trim())).length;
}

interface Fixture {
  ctx: TenantCtx;
  cycleId: string;
  providerId: string;
  selfAssessmentId: string;
  reportId: string;
}

let fixture: Fixture;

beforeAll(async () => {
  const tenant = await adminDb.tenant.findUniqueOrThrow({ where: { slug: "sjovik" } });
  const membership = await adminDb.membership.findFirstOrThrow({ where: { tenantId: tenant.id, role: "QUALITY_DEVELOPER" } });
  const cycle = await adminDb.followUpCycle.findFirstOrThrow({ where: { tenantId: tenant.id, year: 2020 } });
  const selfAssessment = await adminDb.selfAssessment.findFirstOrThrow({ where: { tenantId: tenant.id, cycleId: cycle.id }, orderBy: { providerId: "asc" } });
  const report = await adminDb.report.findFirstOrThrow({ where: { tenantId: tenant.id, cycleId: cycle.id } });
  fixture = {
    ctx: { tenantId: tenant.id, userId: membership.userId, role: "QUALITY_DEVELOPER", providerId: null },
    cycleId: cycle.id,
    providerId: selfAssessment.providerId,
    selfAssessmentId: selfAssessment.id,
    reportId: report.id,
  };
});

/** The data reads of each page, as the page makes them. */
const PAGES = {
  "/uppfoljningar/[cycleId]": (f) => getCycleOverviewTable(f.ctx, f.cycleId),
  "/uppfoljningar/[cycleId]/tillsyn": (f) => getSupervisionChecklist(f.ctx, f.cycleId),
  "/uppfoljningar/[cycleId]/granskning/[providerId]": async (f) => {
    await findReviewWorkspace(f.ctx, f.cycleId, f.providerId);
    await previewGrade(f.ctx, f.cycleId, f.providerId);
  },
  "/utforare": (f) => listProviders(f.ctx),
  "/utforare/[providerId]": async (f) => {
    await findProvider(f.ctx, f.providerId);
    await getTenantSettings(f.ctx);
  },
  "/egenrapportering/[id]": (f) => findSelfAssessmentForm(f.ctx, f.selfAssessmentId),
  "/kvalitetsrapporter/[id]": (f) => getReport(f.ctx, f.reportId),
  "/": (f) => getMunicipalStart(f.ctx),
} satisfies Record<string, (f: Fixture) => Promise<unknown>>;

/** Ceilings a little above today's counts, so that a page growing heavier is noticed too. */
const MAX_QUERIES: Record<keyof typeof PAGES, number> = {
  "/uppfoljningar/[cycleId]": 14,
  "/uppfoljningar/[cycleId]/tillsyn": 8,
  "/uppfoljningar/[cycleId]/granskning/[providerId]": 26,
  "/utforare": 7,
  "/utforare/[providerId]": 12,
  "/egenrapportering/[id]": 14,
  "/kvalitetsrapporter/[id]": 48,
  "/": 12,
};

async function countAll(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [page, read] of Object.entries(PAGES) as [string, (f: Fixture) => Promise<unknown>][]) counts[page] = await queriesOf(() => read(fixture));
  return counts;
}

/** `extra` more providers in the cycle, each with a self-assessment, answers, assessments, a grade and a placement. */
async function addProvidersToCycle(extra: number, from: number) {
  const { tenantId } = fixture.ctx;
  const cycle = await adminDb.followUpCycle.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: fixture.cycleId } } });
  const questions = await adminDb.question.findMany({ where: { tenantId, versionId: cycle.templateVersionId!, type: { in: ["TEXT", "YES_NO"] } } });
  const requirements = await adminDb.requirement.findMany({ where: { tenantId, questions: { some: { question: { versionId: cycle.templateVersionId! } } } } });
  const serviceType = await adminDb.serviceType.findFirstOrThrow({ where: { tenantId } });
  for (let index = from; index < from + extra; index += 1) {
    const providerId = randomUUID();
    await adminDb.provider.create({ data: { tenantId, id: providerId, name: `Räkneutförare ${index}` } });
    await adminDb.cycleProvider.create({ data: { tenantId, cycleId: cycle.id, providerId, reasons: ["RANDOM"] } });
    const selfAssessment = await adminDb.selfAssessment.create({ data: { tenantId, cycleId: cycle.id, providerId, status: "SUBMITTED" } });
    await adminDb.answer.createMany({ data: questions.map((question) => ({ tenantId, selfAssessmentId: selfAssessment.id, questionId: question.id, value: question.type === "TEXT" ? "Ja, enligt rutin." : "YES" })) });
    await adminDb.assessment.createMany({
      data: requirements.map((requirement) => ({
        tenantId,
        cycleId: cycle.id,
        providerId,
        requirementId: requirement.id,
        outcome: requirement.scale === "ACTIVITY" ? ("PARTIALLY_ACHIEVED" as const) : null,
        supervisionAnswer: requirement.scale === "SUPERVISION" ? ("YES" as const) : null,
        motivation: "Delvis på plats.",
      })),
    });
    if (index % 2 === 0) {
      await adminDb.gradeSnapshot.create({ data: { tenantId, cycleId: cycle.id, providerId, grade: "ADEQUATE", totalScore: 0.8, areaScores: [], explanation: {}, config: {} } });
    }
    await adminDb.placement.create({
      data: { tenantId, code: `RÄKNA-${index}`, providerId, serviceTypeId: serviceType.id, ageBand: "AGE_16_17", gender: "BOY", startsOn: cycle.periodStart },
    });
  }
}

/** The provider in `extra` more cycles, each with its self-assessment and a finalised grade. */
async function addCyclesForProvider(extra: number, from: number) {
  const { tenantId } = fixture.ctx;
  const cycle = await adminDb.followUpCycle.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: fixture.cycleId } } });
  for (let index = from; index < from + extra; index += 1) {
    const year = 2030 + index;
    const added = await adminDb.followUpCycle.create({
      data: {
        tenantId,
        name: `Räkneuppföljning ${year}`,
        year,
        serviceArea: cycle.serviceArea,
        periodStart: new Date(Date.UTC(year, 0, 1)),
        periodEnd: new Date(Date.UTC(year, 11, 31)),
        templateVersionId: cycle.templateVersionId,
        status: "CLOSED",
      },
    });
    await adminDb.cycleProvider.create({ data: { tenantId, cycleId: added.id, providerId: fixture.providerId, reasons: ["RANDOM"], reviewStatus: "FINALISED" } });
    await adminDb.selfAssessment.create({ data: { tenantId, cycleId: added.id, providerId: fixture.providerId, status: "LOCKED" } });
    await adminDb.gradeSnapshot.create({ data: { tenantId, cycleId: added.id, providerId: fixture.providerId, grade: "ADEQUATE", totalScore: 0.8, areaScores: [], explanation: {}, config: {} } });
  }
}

describe("queries per page load", () => {
  it("do not grow with the providers of a cycle or the cycles of a provider (no N+1), and stay few", async () => {
    // One of each kind first, so that both counts take the same branches (e.g. grades to compute).
    await addProvidersToCycle(2, 0);
    await addCyclesForProvider(1, 0);
    const before = await countAll();
    await addProvidersToCycle(12, 2);
    await addCyclesForProvider(4, 1);
    const after = await countAll();

    const overview = (await getCycleOverviewTable(fixture.ctx, fixture.cycleId))!;
    expect(overview.rows.length, "the added providers are in the cycle the pages read").toBe(9 + 14);
    expect((await findProvider(fixture.ctx, fixture.providerId))!.cycles.length).toBeGreaterThanOrEqual(5);

    console.info(`queries per page load: ${JSON.stringify(after)}`);
    for (const page of Object.keys(PAGES) as (keyof typeof PAGES)[]) {
      expect(after[page], `${page}: ${before[page]} queries before, ${after[page]} after adding rows`).toBe(before[page]);
      expect(after[page], page).toBeGreaterThan(0);
      expect(after[page], page).toBeLessThanOrEqual(MAX_QUERIES[page]!);
    }
  });
});
