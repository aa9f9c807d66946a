import "server-only";
import { withTenant, type Tx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors";
import { formatDate, parseDate } from "@/lib/format";
import type { AgeBand, AsylumStatus, Gender, NeedsLevel } from "@/lib/generated/prisma/client";
import { validateRows, type RowError } from "@/lib/validation/rows";
import { placementRowSchema, type PlacementRow, type SavePlacementInput } from "@/lib/validation/placement";
import { recordAudit } from "./audit";
import type { TenantCtx } from "./tenant-context";

export interface PlacementListRow {
  id: string;
  code: string;
  providerName: string;
  serviceType: string;
  ageBand: AgeBand;
  gender: Gender;
  asylumStatus: AsylumStatus | null;
  needsLevel: NeedsLevel;
  startsOn: string;
  endsOn: string | null;
}

const iso = (value: Date | null) => (value ? formatDate(value) : null);

/** The tenant's placements (or the one with `id`), current ones first, newest start first. */
export async function listPlacements(ctx: TenantCtx, id?: string): Promise<PlacementListRow[]> {
  const rows = await withTenant(ctx.tenantId, (tx) =>
    tx.placement.findMany({
      where: { tenantId: ctx.tenantId, id },
      orderBy: [{ endsOn: { sort: "desc", nulls: "first" } }, { startsOn: "desc" }, { code: "asc" }],
      select: {
        id: true,
        code: true,
        ageBand: true,
        gender: true,
        asylumStatus: true,
        needsLevel: true,
        startsOn: true,
        endsOn: true,
        provider: { select: { name: true } },
        serviceType: { select: { name: true } },
      },
    }),
  );
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    providerName: row.provider.name,
    serviceType: row.serviceType.name,
    ageBand: row.ageBand,
    gender: row.gender,
    asylumStatus: row.asylumStatus,
    needsLevel: row.needsLevel,
    startsOn: iso(row.startsOn)!,
    endsOn: iso(row.endsOn),
  }));
}

/** The choices of the placement form: the tenant's active providers and placement forms. */
export async function placementChoices(ctx: TenantCtx): Promise<{ providers: string[]; serviceTypes: string[] }> {
  return withTenant(ctx.tenantId, async (tx) => ({
    providers: (await tx.provider.findMany({ where: { tenantId: ctx.tenantId, isActive: true }, orderBy: { name: "asc" }, select: { name: true } })).map((row) => row.name),
    serviceTypes: (await tx.serviceType.findMany({ where: { tenantId: ctx.tenantId }, orderBy: { sortOrder: "asc" }, select: { name: true } })).map((row) => row.name),
  }));
}

export async function findPlacement(ctx: TenantCtx, id: string): Promise<PlacementListRow | null> {
  return (await listPlacements(ctx, id))[0] ?? null;
}

/** Provider and placement form by name (as people write them) or id; case does not matter. */
async function referenceResolver(tx: Tx, ctx: TenantCtx) {
  const providers = await tx.provider.findMany({ where: { tenantId: ctx.tenantId }, select: { id: true, name: true } });
  const serviceTypes = await tx.serviceType.findMany({ where: { tenantId: ctx.tenantId }, select: { id: true, name: true, code: true } });
  const providerBy = new Map(providers.flatMap((row) => [[row.name.toLowerCase(), row.id], [row.id, row.id]]));
  const serviceTypeBy = new Map(serviceTypes.flatMap((row) => [[row.name.toLowerCase(), row.id], [row.code.toLowerCase(), row.id], [row.id, row.id]]));
  return (row: PlacementRow): { data?: ReturnType<typeof toData>; errors: string[] } => {
    const providerId = providerBy.get(row.utförare.toLowerCase());
    const serviceTypeId = serviceTypeBy.get(row.placeringsform.toLowerCase());
    const errors = [
      ...(providerId ? [] : [`utförare: ${row.utförare} finns inte bland kommunens utförare.`]),
      ...(serviceTypeId ? [] : [`placeringsform: ${row.placeringsform} finns inte. Använd ${serviceTypes.map((type) => type.name).join(", ")}.`]),
    ];
    return errors.length ? { errors } : { data: toData(row, providerId!, serviceTypeId!), errors };
  };
}

function toData(row: PlacementRow, providerId: string, serviceTypeId: string) {
  return {
    code: row.kod,
    providerId,
    serviceTypeId,
    ageBand: row.åldersgrupp as AgeBand,
    gender: row.kön as Gender,
    asylumStatus: row.asylstatus as AsylumStatus | null,
    needsLevel: row.behov as NeedsLevel,
    startsOn: parseDate(row.startdatum),
    endsOn: row.slutdatum ? parseDate(row.slutdatum) : null,
  };
}

/** Creates or changes one placement; the code must be unused by any other placement. Audited. */
export async function savePlacement(ctx: TenantCtx, input: SavePlacementInput): Promise<{ id: string }> {
  return withTenant(ctx.tenantId, async (tx) => {
    const resolved = (await referenceResolver(tx, ctx))(input);
    if (!resolved.data) throw new AppError("INVALID", resolved.errors.join(" "));
    const sameCode = await tx.placement.findFirst({ where: { tenantId: ctx.tenantId, code: input.kod }, select: { id: true } });
    if (sameCode && sameCode.id !== input.id) throw new AppError("CONFLICT", `Koden ${input.kod} används redan av en annan placering.`);
    if (input.id) {
      const before = await tx.placement.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.id } } });
      if (!before) throw new AppError("NOT_FOUND");
      await tx.placement.update({ where: { tenantId_id: { tenantId: ctx.tenantId, id: input.id } }, data: resolved.data });
      await recordAudit(tx, ctx, { entity: "Placement", entityId: input.id, action: "update", before, after: resolved.data });
      return { id: input.id };
    }
    const created = await tx.placement.create({ data: { tenantId: ctx.tenantId, ...resolved.data }, select: { id: true } });
    await recordAudit(tx, ctx, { entity: "Placement", entityId: created.id, action: "create", after: resolved.data });
    return created;
  });
}

/** Ends a placement on a date not before its start. Audited. */
export async function endPlacement(ctx: TenantCtx, id: string, endsOn: string): Promise<void> {
  await withTenant(ctx.tenantId, async (tx) => {
    const placement = await tx.placement.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id } }, select: { startsOn: true, endsOn: true } });
    if (!placement) throw new AppError("NOT_FOUND");
    if (parseDate(endsOn) < placement.startsOn) throw new AppError("INVALID", "Slutdatum kan inte vara före startdatum.");
    await tx.placement.update({ where: { tenantId_id: { tenantId: ctx.tenantId, id } }, data: { endsOn: parseDate(endsOn) } });
    await recordAudit(tx, ctx, { entity: "Placement", entityId: id, action: "end", before: { endsOn: iso(placement.endsOn) }, after: { endsOn } });
  });
}

export type ImportResult = { status: "imported"; created: number; updated: number } | { status: "invalid"; errors: RowError[] };

/**
 * Imports placements from spreadsheet rows: every row is checked (form, references, codes unique
 * in the file); nothing is saved unless every row is right. Existing codes are updated.
 */
export async function importPlacements(ctx: TenantCtx, rows: Record<string, unknown>[], fileName: string): Promise<ImportResult> {
  const checked = validateRows(rows, placementRowSchema, (row) => row.kod, "kod");
  return withTenant(ctx.tenantId, async (tx) => {
    const resolve = await referenceResolver(tx, ctx);
    const errors = [...checked.errors];
    const data = checked.valid.flatMap(({ row, rowNumber }) => {
      const resolved = resolve(row);
      for (const message of resolved.errors) errors.push({ row: rowNumber, message });
      return resolved.data ? [resolved.data] : [];
    });
    if (errors.length) return { status: "invalid", errors: errors.sort((a, b) => a.row - b.row) };
    const existing = new Set((await tx.placement.findMany({ where: { tenantId: ctx.tenantId, code: { in: data.map((row) => row.code) } }, select: { code: true } })).map((row) => row.code));
    // New placements in one statement; only the changed ones one by one.
    const fresh = data.filter((row) => !existing.has(row.code));
    const changed = data.filter((row) => existing.has(row.code));
    await tx.placement.createMany({ data: fresh.map((row) => ({ tenantId: ctx.tenantId, ...row })) });
    for (const row of changed) await tx.placement.update({ where: { tenantId_code: { tenantId: ctx.tenantId, code: row.code } }, data: row });
    const result = { created: fresh.length, updated: changed.length };
    await recordAudit(tx, ctx, { entity: "Placement", entityId: fileName.slice(0, 200), action: "import", after: result });
    return { status: "imported", ...result };
  });
}
