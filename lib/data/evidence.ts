import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { decide } from "@/lib/auth/policy";
import { withTenant } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { checkEvidence, safeFileName } from "@/lib/storage/evidence";
import { fileStore } from "@/lib/storage/file-store";
import { recordAudit } from "./audit";
import { loadActionForUpdate } from "./action-items";
import { loadForWrite } from "./self-assessments";
import type { TenantCtx } from "./tenant-context";

export interface EvidenceInput {
  selfAssessmentId: string;
  questionId: string;
  fileName: string;
  bytes: Uint8Array;
}

/**
 * Checks the bytes by content, writes them to storage, then runs `record` (the database rows) with
 * the checked facts; if that fails the bytes are removed again, so a failed upload leaves nothing.
 */
async function storeEvidence<T>(ctx: TenantCtx, fileName: string, bytes: Uint8Array, record: (file: { fileName: string; mimeType: string; storageKey: string; sha256: string; sizeBytes: number }) => Promise<T>): Promise<T> {
  const check = await checkEvidence(bytes);
  if (!check.ok) throw new AppError("INVALID", check.message);
  const storageKey = `${ctx.tenantId}/${randomUUID()}`;
  await fileStore().put(storageKey, bytes);
  try {
    return await record({ fileName: safeFileName(fileName, check.ext), mimeType: check.mime, storageKey, sha256: sha256(bytes), sizeBytes: bytes.byteLength });
  } catch (error) {
    await fileStore().delete(storageKey);
    throw error;
  }
}

/** Stores an evidence file for a FILE question of a self-assessment the actor may write. */
export async function addEvidence(ctx: TenantCtx, input: EvidenceInput): Promise<{ id: string; fileName: string; sizeBytes: number }> {
  return storeEvidence(ctx, input.fileName, input.bytes, (file) =>
    withTenant(ctx.tenantId, async (tx) => {
      const assessment = await loadForWrite(tx, ctx, input.selfAssessmentId);
      const question = await tx.question.findFirst({
        where: { tenantId: ctx.tenantId, id: input.questionId, type: "FILE", version: { cycles: { some: { selfAssessments: { some: { id: assessment.id } } } } } },
        select: { id: true },
      });
      if (!question) throw new AppError("NOT_FOUND", "Frågan tar inte emot filer.");
      // The file hangs on the question's answer row, created empty when it is the first file.
      const answer = await tx.answer.upsert({
        where: { tenantId_selfAssessmentId_questionId: { tenantId: ctx.tenantId, selfAssessmentId: assessment.id, questionId: question.id } },
        create: { tenantId: ctx.tenantId, selfAssessmentId: assessment.id, questionId: question.id, value: Prisma.JsonNull, updatedById: ctx.userId },
        update: {},
        select: { id: true },
      });
      const created = await tx.attachment.create({
        data: { tenantId: ctx.tenantId, selfAssessmentId: assessment.id, answerId: answer.id, ...file, uploadedById: ctx.userId },
        select: { id: true, fileName: true, sizeBytes: true },
      });
      if (assessment.status === "NOT_STARTED") {
        await tx.selfAssessment.update({ where: { tenantId_id: { tenantId: ctx.tenantId, id: assessment.id } }, data: { status: "DRAFT" } });
      }
      await recordAudit(tx, ctx, { entity: "Attachment", entityId: created.id, action: "upload", after: { fileName: file.fileName, mimeType: file.mimeType, sizeBytes: file.sizeBytes, questionId: question.id } });
      return created;
    }),
  );
}

/** Stores evidence for an action, uploaded by someone who may report on it. */
export async function addActionEvidence(ctx: TenantCtx, input: { actionId: string; fileName: string; bytes: Uint8Array }): Promise<{ id: string; fileName: string; sizeBytes: number }> {
  return storeEvidence(ctx, input.fileName, input.bytes, (file) =>
    withTenant(ctx.tenantId, async (tx) => {
      const { action } = await loadActionForUpdate(tx, ctx, input.actionId);
      const created = await tx.attachment.create({ data: { tenantId: ctx.tenantId, actionItemId: action.id, ...file, uploadedById: ctx.userId }, select: { id: true, fileName: true, sizeBytes: true } });
      await recordAudit(tx, ctx, { entity: "Attachment", entityId: created.id, action: "upload", after: { fileName: file.fileName, mimeType: file.mimeType, sizeBytes: file.sizeBytes, actionItemId: action.id } });
      return created;
    }),
  );
}

/** An evidence file for download, if the actor may read the self-assessment or action it belongs to. */
export async function readEvidence(ctx: TenantCtx, attachmentId: string): Promise<{ fileName: string; mimeType: string; bytes: Buffer }> {
  const row = await withTenant(ctx.tenantId, (tx) =>
    tx.attachment.findUnique({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: attachmentId } },
      select: { fileName: true, mimeType: true, storageKey: true, deletedAt: true, selfAssessment: { select: { providerId: true } }, actionItem: { select: { providerId: true } } },
    }),
  );
  const readable = row?.selfAssessment
    ? decide(ctx, "selfAssessment.read", { tenantId: ctx.tenantId, providerId: row.selfAssessment.providerId })
    : row?.actionItem
      ? decide(ctx, "action.read", { tenantId: ctx.tenantId, providerId: row.actionItem.providerId })
      : "not_found";
  if (!row || row.deletedAt || readable !== "allow") {
    throw new AppError("NOT_FOUND");
  }
  const bytes = await fileStore().get(row.storageKey);
  if (!bytes) throw new AppError("NOT_FOUND", "Filen finns inte längre i lagringen.");
  return { fileName: row.fileName, mimeType: row.mimeType, bytes };
}

/** Removes an evidence file while the self-assessment can still be edited (kept for the audit trail). */
export async function removeEvidence(ctx: TenantCtx, attachmentId: string): Promise<void> {
  await withTenant(ctx.tenantId, async (tx) => {
    const row = await tx.attachment.findUnique({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: attachmentId } },
      select: { id: true, fileName: true, selfAssessmentId: true, deletedAt: true },
    });
    if (!row || row.deletedAt || !row.selfAssessmentId) throw new AppError("NOT_FOUND");
    await loadForWrite(tx, ctx, row.selfAssessmentId);
    await tx.attachment.update({ where: { tenantId_id: { tenantId: ctx.tenantId, id: row.id } }, data: { deletedAt: new Date() } });
    await recordAudit(tx, ctx, { entity: "Attachment", entityId: row.id, action: "remove", before: { fileName: row.fileName } });
  });
}

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
