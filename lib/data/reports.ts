import "server-only";
import { db } from "@/lib/db/client";
import { withTenant, type Tx } from "@/lib/db/tenant";
import { DEVIATION_KIND_LABELS, SELECTION_REASON_LABELS, type MaturityGradeCode } from "@/lib/domain/labels";
import { sharePercent } from "@/lib/domain/share";
import { AppError } from "@/lib/errors";
import { formatDate, parseDate } from "@/lib/format";
import { Prisma } from "@/lib/generated/prisma/client";
import { ACTIVITY_NARRATIVE_TITLES, buildActivityReport, type ActivityReportInput } from "@/lib/report/activity";
import { annualNarrativeTitle, buildAnnualReport, type AnnualReportInput, type NarrativeInput } from "@/lib/report/annual";
import type { ReportDocument } from "@/lib/report/document";
import type { CreateReportInput, SaveReportSectionInput } from "@/lib/validation/report";
import { recordAudit } from "./audit";
import { getIndicatorResults } from "./indicator-results";
import { getSupervisionChecklist } from "./supervision-checklist";
import { getSurveyResults } from "./survey-results";
import { getTargetGroup } from "./target-group";
import type { TenantCtx } from "./tenant-context";
import { activeOn } from "./periods";

export interface ReportListRow {
  id: string;
  title: string;
  year: number;
  template: "ANNUAL_QUALITY_REPORT" | "ACTIVITY_REPORT";
  status: "DRAFT" | "PUBLISHED";
  cycleName: string | null;
  publicPath: string | null;
}

const publicPathOf = (tenantSlug: string, publicSlug: string | null, status: string) => (status === "PUBLISHED" && publicSlug ? `/rapporter/${tenantSlug}/${publicSlug}` : null);

export async function listReports(ctx: TenantCtx): Promise<ReportListRow[]> {
  return withTenant(ctx.tenantId, async (tx) => {
    const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenantId }, select: { slug: true } });
    const rows = await tx.report.findMany({
      where: { tenantId: ctx.tenantId },
      orderBy: [{ year: "desc" }, { createdAt: "desc" }],
      select: { id: true, title: true, year: true, template: true, status: true, publicSlug: true, cycle: { select: { name: true } } },
    });
    return rows.map((row) => ({ id: row.id, title: row.title, year: row.year, template: row.template, status: row.status, cycleName: row.cycle?.name ?? null, publicPath: publicPathOf(tenant.slug, row.publicSlug, row.status) }));
  });
}

/** The cycles a new annual report can be made for. */
export async function reportableCycles(ctx: TenantCtx): Promise<{ id: string; name: string; year: number }[]> {
  return withTenant(ctx.tenantId, (tx) => tx.followUpCycle.findMany({ where: { tenantId: ctx.tenantId }, orderBy: [{ year: "desc" }, { name: "asc" }], select: { id: true, name: true, year: true } }));
}

/** A new report: an annual report for a cycle, or an activity report for a year. Audited. */
export async function createReport(ctx: TenantCtx, input: CreateReportInput): Promise<{ id: string }> {
  return withTenant(ctx.tenantId, async (tx) => {
    let year = input.year;
    if (input.template === "ANNUAL_QUALITY_REPORT") {
      const cycle = input.cycleId ? await tx.followUpCycle.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.cycleId } }, select: { year: true } }) : null;
      if (!cycle) throw new AppError("INVALID", "Välj den uppföljning rapporten gäller.");
      year = cycle.year;
    }
    if (!year) throw new AppError("INVALID", "Ange vilket år rapporten gäller.");
    const report = await tx.report.create({
      data: {
        tenantId: ctx.tenantId,
        template: input.template,
        cycleId: input.template === "ANNUAL_QUALITY_REPORT" ? input.cycleId : null,
        title: input.title,
        year,
        countDay: input.countDay ? parseDate(input.countDay) : null,
      },
      select: { id: true },
    });
    await recordAudit(tx, ctx, { entity: "Report", entityId: report.id, action: "create", after: input });
    return report;
  });
}

type ReportRow = Prisma.ReportGetPayload<{ include: { sections: true } }>;

async function loadReport(tx: Tx, ctx: TenantCtx, reportId: string): Promise<ReportRow> {
  const report = await tx.report.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: reportId } }, include: { sections: true } });
  if (!report) throw new AppError("NOT_FOUND");
  return report;
}

function narrativesOf(report: ReportRow): Record<string, NarrativeInput & { version: number }> {
  return Object.fromEntries(report.sections.map((section) => [section.key, { body: section.body, edited: true, version: section.version }]));
}

/** Placement forms of the placements current on a day, per provider. */
async function placementFormsOn(tx: Tx, ctx: TenantCtx, day: Date) {
  const current = await tx.placement.findMany({
    where: { tenantId: ctx.tenantId, ...activeOn(day) },
    select: { providerId: true, serviceType: { select: { name: true, sortOrder: true } } },
  });
  return current;
}

async function annualInput(ctx: TenantCtx, report: ReportRow, asPublished: boolean): Promise<AnnualReportInput> {
  if (!report.cycleId) throw new AppError("INVALID", "Rapporten saknar uppföljning.");
  const cycleId = report.cycleId;
  const base = await withTenant(ctx.tenantId, async (tx) => {
    const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenantId }, select: { name: true } });
    const cycle = await tx.followUpCycle.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: cycleId } },
      select: { name: true, year: true, serviceArea: true, periodStart: true, templateVersionId: true, providers: { select: { reasons: true, provider: { select: { id: true, name: true } } }, orderBy: { provider: { name: "asc" } } } },
    });
    const day = report.countDay ?? cycle.periodStart;
    const providersInTenant = await tx.provider.count({ where: { tenantId: ctx.tenantId, isActive: true } });
    const current = await placementFormsOn(tx, ctx, day);
    const selectedIds = new Set(cycle.providers.map((row) => row.provider.id));
    const previous = await tx.followUpCycle.findFirst({ where: { tenantId: ctx.tenantId, serviceArea: cycle.serviceArea, year: { lt: cycle.year } }, orderBy: { year: "desc" }, select: { id: true, year: true } });
    const snapshots = await tx.gradeSnapshot.findMany({ where: { tenantId: ctx.tenantId, cycleId: { in: [cycleId, ...(previous ? [previous.id] : [])] }, supersededAt: null }, select: { cycleId: true, providerId: true, grade: true } });
    const requirements = cycle.templateVersionId
      ? await tx.requirement.findMany({
          where: { tenantId: ctx.tenantId, scale: "ACTIVITY", goalAreaId: { not: null }, questions: { some: { question: { versionId: cycle.templateVersionId } } } },
          orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
          select: { id: true, code: true, title: true, goalArea: { select: { id: true, name: true, municipalGoal: true, sortOrder: true } } },
        })
      : [];
    const assessments = await tx.assessment.findMany({ where: { tenantId: ctx.tenantId, cycleId, requirementId: { in: requirements.map((requirement) => requirement.id) } }, select: { requirementId: true, outcome: true, motivation: true } });
    return { tenant, cycle, day, providersInTenant, current, selectedIds, previous, snapshots, requirements, assessments };
  });
  const { cycle, day } = base;

  const formsOf = (providerId: string) => [...new Map(base.current.filter((row) => row.providerId === providerId).map((row) => [row.serviceType.name, row.serviceType.sortOrder])).entries()].sort((a, b) => a[1] - b[1]).map(([name]) => name);
  const atSelected = base.current.filter((row) => base.selectedIds.has(row.providerId)).length;
  const gradeOf = (cycleOfGrade: string, providerId: string) => base.snapshots.find((row) => row.cycleId === cycleOfGrade && row.providerId === providerId)?.grade as MaturityGradeCode | undefined;

  const areas = new Map<string, AnnualReportInput["goalAreas"][number] & { sortOrder: number }>();
  for (const requirement of base.requirements) {
    const area = requirement.goalArea!;
    const entry = areas.get(area.id) ?? { name: area.name, municipalGoal: area.municipalGoal, sortOrder: area.sortOrder, activities: [] };
    const given = base.assessments.filter((assessment) => assessment.requirementId === requirement.id && assessment.outcome);
    const shortfallMotivations = [...new Set(given.filter((assessment) => assessment.outcome !== "ACHIEVED" && assessment.motivation?.trim()).map((assessment) => assessment.motivation!.trim()))].slice(0, 3);
    entry.activities.push({
      code: requirement.code,
      title: requirement.title,
      achieved: given.filter((assessment) => assessment.outcome === "ACHIEVED").length,
      partly: given.filter((assessment) => assessment.outcome === "PARTIALLY_ACHIEVED").length,
      notAchieved: given.filter((assessment) => assessment.outcome === "NOT_ACHIEVED").length,
      motivations: shortfallMotivations,
    });
    areas.set(area.id, entry);
  }

  // These read in transactions of their own: each is the same function the app's own pages use.
  const targetGroup = await getTargetGroup(ctx, day, asPublished);
  const survey = await getSurveyResults(ctx, cycle.year, "placeringsform");
  const indicators = await getIndicatorResults(ctx);
  const checklist = await getSupervisionChecklist(ctx, cycleId);
  const years = indicators.years.filter((year) => year <= cycle.year);
  const providerName = new Map(checklist?.providers.map((provider) => [provider.id, provider.name]) ?? []);

  return {
    tenantName: base.tenant.name,
    title: report.title,
    cycle: { name: cycle.name, year: cycle.year, serviceArea: cycle.serviceArea },
    previousYear: base.previous?.year ?? null,
    selection: {
      providersInTenant: base.providersInTenant,
      shareOfPlacements: sharePercent(atSelected, base.current.length),
      selected: cycle.providers.map((row) => ({ name: row.provider.name, placementForms: formsOf(row.provider.id), reasons: row.reasons.map((reason) => SELECTION_REASON_LABELS[reason]) })),
    },
    targetGroup: { day: formatDate(day), tables: targetGroup.tables, threshold: targetGroup.threshold },
    survey:
      survey.selected && survey.selected.year === cycle.year
        ? { name: survey.selected.name, year: survey.selected.year, result: survey.selected.result, statements: survey.statements, byYear: survey.byYear.filter((entry) => entry.year <= cycle.year) }
        : null,
    goalAreas: [...areas.values()].sort((a, b) => a.sortOrder - b.sortOrder).map((area) => ({ name: area.name, municipalGoal: area.municipalGoal, activities: area.activities })),
    indicators: { years, rows: indicators.rows.map((row) => ({ ...row, cells: row.cells.filter((cell) => cell.year <= cycle.year) })) },
    grades: cycle.providers.flatMap((row) => {
      const grade = gradeOf(cycleId, row.provider.id);
      return grade ? [{ provider: row.provider.name, grade, previous: base.previous ? (gradeOf(base.previous.id, row.provider.id) ?? null) : null }] : [];
    }),
    supervision: (checklist?.rows ?? []).map((row) => ({ code: row.code, title: row.title, counts: row.counts, comments: row.comments.map((comment) => `${providerName.get(comment.providerId) ?? ""}: ${comment.text}`) })),
  };
}

async function activityInput(ctx: TenantCtx, report: ReportRow): Promise<ActivityReportInput> {
  return withTenant(ctx.tenantId, async (tx) => {
    const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenantId }, select: { name: true } });
    const cycles = await tx.followUpCycle.findMany({
      where: { tenantId: ctx.tenantId, year: report.year },
      orderBy: { serviceArea: "asc" },
      select: { serviceArea: true, providers: { select: { providerId: true } }, selfAssessments: { select: { status: true } } },
    });
    const followedUp = new Set(cycles.flatMap((cycle) => cycle.providers.map((row) => row.providerId)));
    const records = await tx.deviationRecord.groupBy({ by: ["kind", "providerId"], where: { tenantId: ctx.tenantId, year: report.year, providerId: { in: [...followedUp] } }, _sum: { count: true } });
    const kinds = ["LEX_SARAH_INVESTIGATION", "COMPLAINT", "LEX_SARAH_REPORT", "DEVIATION"] as const;
    return {
      tenantName: tenant.name,
      title: report.title,
      year: report.year,
      responseRates: cycles.map((cycle) => ({
        serviceArea: cycle.serviceArea,
        asked: cycle.selfAssessments.length,
        answered: cycle.selfAssessments.filter((assessment) => assessment.status === "SUBMITTED" || assessment.status === "LOCKED").length,
      })),
      providersFollowedUp: followedUp.size,
      deviations: kinds.map((kind) => {
        const rows = records.filter((row) => row.kind === kind && (row._sum.count ?? 0) > 0);
        return { kind, label: DEVIATION_KIND_LABELS[kind], providers: rows.length, total: rows.reduce((sum, row) => sum + (row._sum.count ?? 0), 0) };
      }),
    };
  });
}

export interface ReportView {
  id: string;
  title: string;
  year: number;
  template: "ANNUAL_QUALITY_REPORT" | "ACTIVITY_REPORT";
  status: "DRAFT" | "PUBLISHED";
  publicPath: string | null;
  publishedAt: Date | null;
  document: ReportDocument;
  /** The version of each saved narrative, for the editor's optimistic saves (0 = not saved yet). */
  versions: Record<string, number>;
}

/**
 * The report as a document built from the data now. `asPublished` applies small-group
 * suppression to the target-group tables too (the survey and indicators are always suppressed).
 */
export async function getReport(ctx: TenantCtx, reportId: string, options: { asPublished?: boolean } = {}): Promise<ReportView> {
  const { report, tenantSlug } = await withTenant(ctx.tenantId, async (tx) => ({
    report: await loadReport(tx, ctx, reportId),
    tenantSlug: (await tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenantId }, select: { slug: true } })).slug,
  }));
  const texts = narrativesOf(report);
  const document =
    report.template === "ANNUAL_QUALITY_REPORT" ? buildAnnualReport(await annualInput(ctx, report, options.asPublished ?? false), texts) : buildActivityReport(await activityInput(ctx, report), texts);
  return {
    id: report.id,
    title: report.title,
    year: report.year,
    template: report.template,
    status: report.status,
    publicPath: publicPathOf(tenantSlug, report.publicSlug, report.status),
    publishedAt: report.publishedAt,
    document,
    versions: Object.fromEntries(Object.entries(texts).map(([key, text]) => [key, text.version])),
  };
}

export type SaveSectionResult = { status: "saved"; version: number } | { status: "conflict"; body: string; version: number };

/**
 * Saves one narrative section (the editor autosaves). `version` is what the editor last saw: 0
 * for a section never saved; a different stored version is a conflict, returned with the stored
 * text so nothing is overwritten unseen. Audited.
 */
export async function saveReportSection(ctx: TenantCtx, input: SaveReportSectionInput): Promise<SaveSectionResult> {
  return withTenant(ctx.tenantId, async (tx) => {
    const report = await tx.report.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.reportId } }, select: { template: true } });
    if (!report) throw new AppError("NOT_FOUND");
    // The template names its sections; the report is not rebuilt from the data on every autosave.
    const title = report.template === "ANNUAL_QUALITY_REPORT" ? annualNarrativeTitle(input.key) : (ACTIVITY_NARRATIVE_TITLES[input.key] ?? null);
    if (!title) throw new AppError("NOT_FOUND", "Avsnittet finns inte i rapporten.");
    const existing = await tx.reportSection.findUnique({ where: { tenantId_reportId_key: { tenantId: ctx.tenantId, reportId: input.reportId, key: input.key } } });
    if ((existing?.version ?? 0) !== input.version) return { status: "conflict", body: existing?.body ?? "", version: existing?.version ?? 0 };
    const saved = existing
      ? await tx.reportSection.update({ where: { tenantId_id: { tenantId: ctx.tenantId, id: existing.id } }, data: { body: input.body, version: { increment: 1 }, updatedById: ctx.userId }, select: { version: true } })
      : await tx.reportSection.create({ data: { tenantId: ctx.tenantId, reportId: input.reportId, key: input.key, title, body: input.body, updatedById: ctx.userId }, select: { version: true } });
    await recordAudit(tx, ctx, { entity: "ReportSection", entityId: `${input.reportId}:${input.key}`, action: "save", before: existing ? { body: existing.body } : undefined, after: { body: input.body } });
    return { status: "saved", version: saved.version };
  });
}

const slugify = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80) || "rapport";

/**
 * Publishes the report: the document with small groups suppressed is stored as it is, so the
 * public page shows exactly what was published and never reads the registers. Audited.
 */
export async function publishReport(ctx: TenantCtx, reportId: string): Promise<{ publicPath: string }> {
  const view = await getReport(ctx, reportId, { asPublished: true });
  return withTenant(ctx.tenantId, async (tx) => {
    const report = await loadReport(tx, ctx, reportId);
    const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenantId }, select: { slug: true } });
    let publicSlug = report.publicSlug ?? slugify(`${report.title}`);
    for (let suffix = 2; await tx.report.findFirst({ where: { tenantId: ctx.tenantId, publicSlug, id: { not: report.id } }, select: { id: true } }); suffix += 1) publicSlug = `${slugify(report.title)}-${suffix}`;
    const publishedData = JSON.parse(JSON.stringify(view.document)) as Prisma.InputJsonValue;
    await tx.report.update({ where: { tenantId_id: { tenantId: ctx.tenantId, id: report.id } }, data: { status: "PUBLISHED", publicSlug, publishedAt: new Date(), publishedData } });
    await recordAudit(tx, ctx, { entity: "Report", entityId: report.id, action: "publish", after: { publicSlug } });
    return { publicPath: publicPathOf(tenant.slug, publicSlug, "PUBLISHED")! };
  });
}

/** Takes the report off the public page; the address is kept for a later publication. Audited. */
export async function unpublishReport(ctx: TenantCtx, reportId: string): Promise<void> {
  await withTenant(ctx.tenantId, async (tx) => {
    const report = await loadReport(tx, ctx, reportId);
    await tx.report.update({ where: { tenantId_id: { tenantId: ctx.tenantId, id: report.id } }, data: { status: "DRAFT", publishedData: Prisma.DbNull } });
    await recordAudit(tx, ctx, { entity: "Report", entityId: report.id, action: "unpublish", before: { publicSlug: report.publicSlug } });
  });
}

/** A published report for the public page, without sign-in: only what was stored at publication. */
export async function findPublishedReport(tenantSlug: string, publicSlug: string): Promise<{ tenantName: string; publishedAt: Date; document: ReportDocument } | null> {
  const tenant = await db.tenant.findUnique({ where: { slug: tenantSlug }, select: { id: true, name: true } });
  if (!tenant) return null;
  const report = await withTenant(tenant.id, (tx) =>
    tx.report.findFirst({ where: { tenantId: tenant.id, publicSlug, status: "PUBLISHED" }, select: { publishedAt: true, publishedData: true } }),
  );
  if (!report?.publishedData || !report.publishedAt) return null;
  return { tenantName: tenant.name, publishedAt: report.publishedAt, document: report.publishedData as unknown as ReportDocument };
}

/** The published reports of a municipality, newest first, for its public index page. */
export async function listPublishedReports(tenantSlug: string): Promise<{ tenantName: string; reports: { title: string; year: number; path: string; publishedAt: Date }[] } | null> {
  const tenant = await db.tenant.findUnique({ where: { slug: tenantSlug }, select: { id: true, name: true, slug: true } });
  if (!tenant) return null;
  const rows = await withTenant(tenant.id, (tx) =>
    tx.report.findMany({ where: { tenantId: tenant.id, status: "PUBLISHED" }, orderBy: [{ year: "desc" }, { publishedAt: "desc" }], select: { title: true, year: true, publicSlug: true, publishedAt: true } }),
  );
  return {
    tenantName: tenant.name,
    reports: rows.flatMap((row) => (row.publicSlug && row.publishedAt ? [{ title: row.title, year: row.year, path: `/rapporter/${tenant.slug}/${row.publicSlug}`, publishedAt: row.publishedAt }] : [])),
  };
}
