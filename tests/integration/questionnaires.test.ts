import { describe, expect, it } from "vitest";
import { addQuestion, addSection, createDraftFrom, findVersion, listTemplates, publishVersion, removeQuestion } from "@/lib/data/questionnaires";
import type { TenantCtx } from "@/lib/data/tenant-context";
import { addQuestionSchema } from "@/lib/validation/questionnaire";
import { adminDb } from "../fixtures/admin-db";

async function qualityDeveloper(): Promise<TenantCtx> {
  const tenant = await adminDb.tenant.findUniqueOrThrow({ where: { slug: "sjovik" } });
  const membership = await adminDb.membership.findFirstOrThrow({ where: { tenantId: tenant.id, role: "QUALITY_DEVELOPER" } });
  return { tenantId: tenant.id, userId: membership.userId, role: "QUALITY_DEVELOPER", providerId: null };
}

describe("questionnaire versions", () => {
  it("keeps published versions immutable and edits a new draft copied from them", async () => {
    const ctx = await qualityDeveloper();
    const [template] = await listTemplates(ctx);
    const published = template!.versions.find((version) => version.status === "PUBLISHED" && version.number === 2)!;
    const before = (await findVersion(ctx, published.id))!;
    const firstSection = before.sections[0]!;
    await expect(addSection(ctx, { versionId: published.id, title: "Smuggel" })).rejects.toMatchObject({ message: expect.stringMatching(/publicerad version kan inte ändras/) });

    const draft = await createDraftFrom(ctx, published.id);
    const copy = (await findVersion(ctx, draft.id))!;
    expect(copy).toMatchObject({ status: "DRAFT", number: 3 });
    const questions = (version: typeof copy) => version.sections.flatMap((section) => section.questions);
    expect(questions(copy).map((q) => q.key)).toEqual(questions(before).map((q) => q.key));
    // The follow-up question still depends on its parent, now the copy's own.
    const followUp = questions(copy).find((q) => q.key === "vg-1-rutin-plan")!;
    expect(followUp.conditionQuestionId).toBe(questions(copy).find((q) => q.key === "vg-1-rutin-finns")!.id);
    await expect(createDraftFrom(ctx, published.id)).rejects.toMatchObject({ code: "CONFLICT" });

    await addSection(ctx, { versionId: draft.id, title: "Digitalisering" });
    const section = (await findVersion(ctx, draft.id))!.sections.at(-1)!;
    const input = addQuestionSchema.parse({
      versionId: draft.id,
      sectionId: section.id,
      type: "SINGLE_CHOICE",
      text: "Hur dokumenterar ni?",
      isRequired: "on",
      options: "Digitalt\nPå papper\n",
      requirementIds: [],
    });
    await addQuestion(ctx, input);
    const added = (await findVersion(ctx, draft.id))!.sections.at(-1)!.questions[0]!;
    expect(added).toMatchObject({ type: "SINGLE_CHOICE", options: ["Digitalt", "På papper"], isRequired: true });
    await expect(removeQuestion(ctx, draft.id, questions(copy).find((q) => q.key === "vg-1-rutin-finns")!.id)).rejects.toMatchObject({ code: "INVALID" });
    await removeQuestion(ctx, draft.id, added.id);

    await publishVersion(ctx, draft.id);
    expect((await findVersion(ctx, draft.id))!.status).toBe("PUBLISHED");
    expect((await findVersion(ctx, published.id))!.sections.length).toBe(before.sections.length);
    expect(firstSection.title).toBe("Om verksamheten");
  });

  it("validates new questions in Swedish", () => {
    const result = addQuestionSchema.safeParse({ versionId: crypto.randomUUID(), sectionId: crypto.randomUUID(), type: "MULTI_CHOICE", text: "Vilka?", options: "Bara ett", conditionQuestionId: crypto.randomUUID() });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.message)).toEqual(["Ange minst två alternativ, ett per rad.", "Ange vilket svar som visar frågan."]);
  });
});
