import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { decide } from "@/lib/auth/policy";
import { withTenant } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { checkEvidence, safeFileName } from "@/lib/storage/evidence";
import { fileStore } from "@/lib/storage/file-store";
import { recordAudit } from "./audit";
import { loadForWrite } from "./self-assessments";
import type { TenantCtx } from "./tenant-context";

export interface EvidenceInput {
  selfAssessmentId: string;
  questionId: string;
  fileName: string;
  bytes: Uint8Array;
}

/**
 * Stores an evidence file for a FILE question. The bytes are written first and removed again if
 * the database write fails, so a failed upload leaves nothing behind.
 */
export async function addEvidence(ctx: TenantCtx, input: EvidenceInput): Promise<{ id: string; fileName: string; sizeBytes: number }> {
  const check = await checkEvidence(input.bytes);
  if (!check.ok) throw new AppError("INVALID", check.message);
  const fileName = safeFileName(input.fileName, check.ext);
  const storageKey = `${ctx.tenantId}/${randomUUID()}`;
  await fileStore().put(storageKey, input.bytes);
  try {
    return await withTenant(ctx.tenantId, async (tx) => {
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
        data: {
          tenantId: ctx.tenantId,
          selfAssessmentId: assessment.id,
          answerId: answer.id,
          fileName,
          mimeType: check.mime,
          sizeBytes: input.bytes.byteLength,
          sha256: sha256(input.bytes),
          storageKey,
          uploadedById: ctx.userId,
        },
        select: { id: true, fileName: true, sizeBytes: true },
      });
      if (assessment.status === "NOT_STARTED") {
        await tx.selfAssessment.update({ where: { tenantId_id: { tenantId: ctx.tenantId, id: assessment.id } }, data: { status: "DRAFT" } });
      }
      await recordAudit(tx, ctx, { entity: "Attachment", entityId: created.id, action: "upload", after: { fileName, mimeType: check.mime, sizeBytes: input.bytes.byteLength, questionId: question.id } });
      return created;
    });
  } catch (error) {
    await fileStore().delete(storageKey);
    throw error;
  }
}

/** An evidence file for download, if the actor may read the self-assessment it belongs to. */
export async function readEvidence(ctx: TenantCtx, attachmentId: string): Promise<{ fileName: string; mimeType: string; bytes: Buffer }> {
  const row = await withTenant(ctx.tenantId, (tx) =>
    tx.attachment.findUnique({
      where: { tenantId_id: { tenantId: ctx.tenantId, id: attachmentId } },
      select: { fileName: true, mimeType: true, storageKey: true, deletedAt: true, selfAssessment: { select: { providerId: true } } },
    }),
  );
  const providerId = row?.selfAssessment?.providerId;
  if (!row || row.deletedAt || !providerId || decide(ctx, "selfAssessment.read", { tenantId: ctx.tenantId, providerId }) !== "allow") {
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
