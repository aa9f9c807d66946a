import { readdir } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { addEvidence, readEvidence, removeEvidence } from "@/lib/data/evidence";
import { findSelfAssessmentForm } from "@/lib/data/self-assessments";
import type { TenantCtx } from "@/lib/data/tenant-context";
import { adminDb } from "../fixtures/admin-db";

async function ctxOf(email: string): Promise<TenantCtx> {
  const tenant = await adminDb.tenant.findUniqueOrThrow({ where: { slug: "sjovik" } });
  const membership = await adminDb.membership.findFirstOrThrow({ where: { tenantId: tenant.id, user: { email } } });
  return { tenantId: tenant.id, userId: membership.userId, role: membership.role, providerId: membership.providerId };
}

async function setUp() {
  const provider = await ctxOf("utforare@caleo.demo");
  const row = await adminDb.selfAssessment.findFirstOrThrow({ where: { tenantId: provider.tenantId, providerId: provider.providerId!, cycle: { year: 2020 } } });
  await adminDb.selfAssessment.update({ where: { tenantId_id: { tenantId: provider.tenantId, id: row.id } }, data: { status: "REOPENED" } });
  const form = (await findSelfAssessmentForm(provider, row.id))!;
  const fileQuestion = form.sections.flatMap((s) => s.questions).find((q) => q.key === "ts-03-forsakringsbrev")!;
  return { provider, id: row.id, questionId: fileQuestion.id };
}

const PDF = new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const storedFiles = async () => (await readdir(process.env.UPLOAD_DIR as string, { recursive: true })).filter((name) => name.includes("-")).length;

describe("evidence files", () => {
  it("stores a PDF on its question, counts the question as answered, and serves it to those who may read it", async () => {
    const { provider, id, questionId } = await setUp();
    const saved = await addEvidence(provider, { selfAssessmentId: id, questionId, fileName: "../Försäkringsbrev.exe", bytes: PDF });
    expect(saved.fileName).toBe("Försäkringsbrev.pdf");
    const form = (await findSelfAssessmentForm(provider, id))!;
    expect(form.attachments[questionId]).toEqual([{ id: saved.id, fileName: "Försäkringsbrev.pdf", sizeBytes: PDF.byteLength }]);

    const file = await readEvidence(await ctxOf("kvalitet@sjovik.demo"), saved.id);
    expect(file.mimeType).toBe("application/pdf");
    expect(Buffer.compare(file.bytes, Buffer.from(PDF))).toBe(0);
    await expect(readEvidence(await ctxOf("utforare@valfard.demo"), saved.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await adminDb.auditLog.count({ where: { entity: "Attachment", entityId: saved.id, action: "upload" } })).toBe(1);

    await removeEvidence(provider, saved.id);
    await expect(readEvidence(provider, saved.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a disguised file and leaves nothing behind", async () => {
    const { provider, id, questionId } = await setUp();
    const before = await storedFiles();
    await expect(
      addEvidence(provider, { selfAssessmentId: id, questionId, fileName: "rutin.pdf", bytes: new TextEncoder().encode("<script>alert(1)</script>") }),
    ).rejects.toMatchObject({ code: "INVALID", message: expect.stringMatching(/Filtypen stöds inte/) });
    expect(await storedFiles()).toBe(before);
  });

  it("removes the stored bytes again when the database refuses the upload", async () => {
    const { id, questionId } = await setUp();
    const other = await ctxOf("utforare@valfard.demo");
    const before = await storedFiles();
    await expect(addEvidence(other, { selfAssessmentId: id, questionId, fileName: "x.pdf", bytes: PDF })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await storedFiles()).toBe(before);
  });
});
