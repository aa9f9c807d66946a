import { describe, expect, it } from "vitest";
import { addPlanAction, acceptActionPlan, createAction, editAction, getAction, listActions, requestActionPlan, submitActionPlan, updateActionProgress } from "@/lib/data/action-items";
import { generateAgenda, getDialogue, saveAgendaItem, scheduleDialogue } from "@/lib/data/dialogues";
import { addProcess, addRisk, addSelfCheck, listQualityPlans, recordSelfCheckResult } from "@/lib/data/quality-plan";
import type { TenantCtx } from "@/lib/data/tenant-context";
import { parseDate } from "@/lib/format";
import { adminDb } from "../fixtures/admin-db";

async function ctxOf(email: string, slug = "sjovik"): Promise<TenantCtx> {
  const tenant = await adminDb.tenant.findUniqueOrThrow({ where: { slug } });
  const user = await adminDb.user.findUniqueOrThrow({ where: { email } });
  const membership = await adminDb.membership.findUniqueOrThrow({ where: { tenantId_userId: { tenantId: tenant.id, userId: user.id } } });
  return { tenantId: tenant.id, userId: user.id, role: membership.role, providerId: membership.providerId };
}

async function cycleAndProvider(providerName: string, year = 2020) {
  const tenant = await adminDb.tenant.findUniqueOrThrow({ where: { slug: "sjovik" } });
  const cycle = await adminDb.followUpCycle.findFirstOrThrow({ where: { tenantId: tenant.id, year } });
  const provider = await adminDb.provider.findFirstOrThrow({ where: { tenantId: tenant.id, name: { startsWith: providerName } } });
  return { tenantId: tenant.id, cycleId: cycle.id, providerId: provider.id };
}

const quality = () => ctxOf("kvalitet@sjovik.demo");

describe("scheduling a quality dialogue", () => {
  it("invites the organiser's colleagues, the provider's users and guests by e-mail with a calendar file", async () => {
    const ctx = await quality();
    const { cycleId, providerId } = await cycleAndProvider("Caleo");
    const secretary = await ctxOf("socialsekreterare@sjovik.demo");
    const before = await adminDb.outboxMessage.count({ where: { kind: "dialogue-invitation" } });
    const { id } = await scheduleDialogue(ctx, {
      cycleId,
      providerId,
      date: "2021-09-21",
      time: "09:00",
      durationMinutes: 90,
      meetingUrl: "https://mote.example.se/caleo",
      municipalUserIds: [secretary.userId],
      guests: [{ name: "Gunnel Gäst", email: "gunnel@caleo.example" }],
    });
    const dialogue = await getDialogue(ctx, id);
    expect(dialogue.startsAt.toISOString()).toBe("2021-09-21T07:00:00.000Z");
    expect(dialogue.participants.map((participant) => participant.name).sort()).toEqual(["Cecilia på Caleo", "Gunnel Gäst", "Karin Kvalitetsutvecklare", "Samir Socialsekreterare"]);
    const invitations = await adminDb.outboxMessage.findMany({ where: { kind: "dialogue-invitation" }, orderBy: { createdAt: "asc" }, skip: before });
    expect(invitations.map((message) => message.toAddress).sort()).toEqual(["gunnel@caleo.example", "socialsekreterare@sjovik.demo", "utforare@caleo.demo"]);
    expect(invitations[0]!.attachmentName).toBe("kvalitetsdialog.ics");
    expect(invitations[0]!.attachmentText).toContain("DTSTART:20210921T070000Z");
    expect(invitations[0]!.subject).toBe("Inbjudan: kvalitetsdialog med Caleo omsorg 2021-09-21 09:00");

    await expect(scheduleDialogue(ctx, { cycleId, providerId, date: "2021-09-22", time: "09:00", durationMinutes: 60, municipalUserIds: [], guests: [] })).rejects.toThrow(/redan en planerad dialog/);
    const notSelected = await cycleAndProvider("Bryggan");
    await expect(scheduleDialogue(ctx, { cycleId, providerId: notSelected.providerId, date: "2021-09-22", time: "09:00", durationMinutes: 60, municipalUserIds: [], guests: [] })).rejects.toThrow(/följs inte upp/);
  });

  it("is readable by the provider's own users only, not by another provider's", async () => {
    const { cycleId, providerId } = await cycleAndProvider("Caleo");
    const dialogue = await adminDb.qualityDialogue.findFirstOrThrow({ where: { cycleId, providerId } });
    expect((await getDialogue(await ctxOf("utforare@caleo.demo"), dialogue.id)).providerName).toBe("Caleo omsorg");
    await expect(getDialogue(await ctxOf("utforare@valfard.demo"), dialogue.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the agenda generated from the follow-up", () => {
  it("lists Ej uppnått before Delvis uppnått, open actions from earlier cycles, and adds nothing twice", async () => {
    const ctx = await quality();
    const { tenantId, cycleId, providerId } = await cycleAndProvider("Välfärd");
    const earlier = await cycleAndProvider("Välfärd", 2019);
    await adminDb.actionItem.create({ data: { tenantId, providerId, cycleId: earlier.cycleId, description: "Inför rutin för månadsrapporter.", ownerSide: "PROVIDER", status: "IN_PROGRESS", dueOn: parseDate("2020-06-30") } });
    const { id } = await scheduleDialogue(ctx, { cycleId, providerId, date: "2021-10-05", time: "13:00", durationMinutes: 60, municipalUserIds: [], guests: [] });
    await saveAgendaItem(ctx, { dialogueId: id, title: "Övriga frågor" });

    const { added } = await generateAgenda(ctx, id);
    const agenda = (await getDialogue(ctx, id)).agenda;
    expect(added).toBe(agenda.length - 1);
    const sources = agenda.map((item) => item.source);
    expect(sources[0]).toBe("MANUAL");
    const titles = agenda.map((item) => item.title);
    const lastNotAchieved = titles.findLastIndex((title) => title.endsWith(": Ej uppnått"));
    const firstPartly = titles.findIndex((title) => title.endsWith(": Delvis uppnått"));
    expect(lastNotAchieved).toBeGreaterThan(0);
    expect(firstPartly).toBeGreaterThan(lastNotAchieved);
    expect(agenda.find((item) => item.source === "OPEN_ACTION")?.title).toBe("Öppen åtgärd: Inför rutin för månadsrapporter.");
    expect(sources.indexOf("OPEN_ACTION")).toBeGreaterThan(sources.lastIndexOf("ASSESSMENT"));
    expect((await generateAgenda(ctx, id)).added).toBe(0);
  });
});

describe("action items: status transitions and who may change what", () => {
  async function decidedAction(ownerSide: "PROVIDER" | "MUNICIPALITY", ownerUserId?: string) {
    const ctx = await quality();
    const { cycleId, providerId } = await cycleAndProvider("Caleo");
    const dialogue = await adminDb.qualityDialogue.findFirstOrThrow({ where: { cycleId, providerId, status: "HELD" }, include: { agendaItems: true } });
    const { id } = await createAction(ctx, { dialogueId: dialogue.id, agendaItemId: dialogue.agendaItems[0]?.id, description: "Ta fram en rutin för avvikelser.", ownerSide, ownerUserId, dueOn: "2020-12-31" });
    return id;
  }

  it("lets the provider move its action forward with a note, never back, and the quality developer reopen it", async () => {
    const id = await decidedAction("PROVIDER");
    const caleo = await ctxOf("utforare@caleo.demo");
    expect(await updateActionProgress(caleo, { actionId: id, version: 1, status: "IN_PROGRESS", note: "Rutinen är påbörjad." })).toEqual({ version: 2 });
    await expect(updateActionProgress(caleo, { actionId: id, version: 2, status: "NOT_STARTED", note: "Fel" })).rejects.toThrow(/framåt/);
    await updateActionProgress(caleo, { actionId: id, version: 2, status: "DONE", note: "Rutinen är klar och införd." });
    await expect(updateActionProgress(caleo, { actionId: id, version: 3, status: "IN_PROGRESS", note: "Igen" })).rejects.toThrow(/kvalitetsutvecklaren/);
    await updateActionProgress(await quality(), { actionId: id, version: 3, status: "IN_PROGRESS", note: "Rutinen saknar uppföljning; öppnas igen." });
    const action = await getAction(await quality(), id);
    expect(action.status).toBe("IN_PROGRESS");
    expect(action.updates.map((update) => update.newStatus)).toEqual(["IN_PROGRESS", "DONE", "IN_PROGRESS"]);
    expect(action.updates[0]!.authorName).toBe("Karin Kvalitetsutvecklare");
    expect(await adminDb.auditLog.count({ where: { entity: "ActionItem", entityId: id, action: "progress" } })).toBe(3);
  });

  it("refuses a stale version, another provider, a social secretary who is not the owner, and lets the named owner report", async () => {
    const id = await decidedAction("PROVIDER");
    const caleo = await ctxOf("utforare@caleo.demo");
    await updateActionProgress(caleo, { actionId: id, version: 1, status: "IN_PROGRESS", note: "Påbörjad." });
    await expect(updateActionProgress(caleo, { actionId: id, version: 1, status: "DONE", note: "Klar." })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(updateActionProgress(await ctxOf("utforare@valfard.demo"), { actionId: id, version: 2, status: "DONE", note: "Klar." })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const secretary = await ctxOf("socialsekreterare@sjovik.demo");
    await expect(updateActionProgress(secretary, { actionId: id, version: 2, status: "DONE", note: "Klar." })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(editAction(caleo, { actionId: id, version: 2, description: "Något annat att göra.", dueOn: "2030-01-01" })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const own = await decidedAction("MUNICIPALITY", secretary.userId);
    await updateActionProgress(secretary, { actionId: own, version: 1, status: "DONE", note: "Placeringarna är genomgångna." });
    expect((await getAction(secretary, own)).may).toEqual({ report: true, steer: false });
    await expect(updateActionProgress(caleo, { actionId: own, version: 2, status: "DONE", note: "x y z" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("is försenad once the due date has passed and it is not done; done or moved, it is not", async () => {
    const id = await decidedAction("PROVIDER");
    const ctx = await quality();
    const overdueOn = (today: string) => listActions(ctx, "overdue", { today: parseDate(today) }).then((rows) => rows.find((row) => row.id === id));
    expect(await overdueOn("2020-12-31")).toBeUndefined();
    expect(await overdueOn("2021-01-01")).toMatchObject({ shownStatus: "DELAYED", status: "NOT_STARTED" });
    await editAction(ctx, { actionId: id, version: 1, description: "Ta fram en rutin för avvikelser.", dueOn: "2021-03-31" });
    expect(await overdueOn("2021-01-01")).toBeUndefined();
    await updateActionProgress(await ctxOf("utforare@caleo.demo"), { actionId: id, version: 2, status: "DONE", note: "Klar." });
    expect(await overdueOn("2022-01-01")).toBeUndefined();
    const mine = await listActions(await ctxOf("utforare@caleo.demo"), "mine");
    expect(mine.some((row) => row.id === id)).toBe(true);
    expect(mine.every((row) => row.providerName === "Caleo omsorg")).toBe(true);
  });
});

describe("action plans", () => {
  it("are requested by the quality developer, written and sent in by the provider, and accepted", async () => {
    const ctx = await quality();
    const { cycleId, providerId } = await cycleAndProvider("Caleo");
    const { id } = await requestActionPlan(ctx, { cycleId, providerId, dueOn: "2021-01-31", note: "Planen ska omfatta avvikelsehanteringen." });
    expect(await adminDb.outboxMessage.count({ where: { kind: "action-plan-request", toAddress: "utforare@caleo.demo" } })).toBe(1);
    const caleo = await ctxOf("utforare@caleo.demo");
    await expect(submitActionPlan(caleo, id)).rejects.toThrow(/minst en åtgärd/);
    await expect(addPlanAction(await ctxOf("utforare@valfard.demo"), { actionPlanId: id, description: "Inte vår plan.", dueOn: "2021-01-15" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await addPlanAction(caleo, { actionPlanId: id, description: "Utbilda all personal i avvikelserutinen.", dueOn: "2021-01-15" });
    await expect(acceptActionPlan(ctx, id)).rejects.toThrow(/inskickad/);
    await submitActionPlan(caleo, id);
    await expect(addPlanAction(caleo, { actionPlanId: id, description: "För sent.", dueOn: "2021-01-15" })).rejects.toThrow(/redan inskickad/);
    await acceptActionPlan(ctx, id);
    expect((await adminDb.actionPlan.findUniqueOrThrow({ where: { tenantId_id: { tenantId: ctx.tenantId, id } } })).status).toBe("ACCEPTED");
  });
});

describe("the quality plan", () => {
  it("holds processes, risks tagged with quality areas, self-checks with results and actions, with a status overview", async () => {
    const ctx = await quality();
    const plan = (await listQualityPlans(ctx))[0]!;
    const { id: processId } = await addProcess(ctx, { planId: plan.id, name: "Placering i familjehem" });
    const { id: riskId } = await addRisk(ctx, { processId, description: "Familjehemmet får inte tillräckligt stöd.", qualityAreas: ["SAFETY_SECURITY"] });
    const { id: checkId } = await addSelfCheck(ctx, { riskId, measure: "Andel familjehem med handledning varje månad", target: "100 %" });
    await recordSelfCheckResult(ctx, checkId, "86 %");
    await createAction(ctx, { riskId, description: "Inför månatlig handledning för alla familjehem.", ownerSide: "MUNICIPALITY", dueOn: "2021-02-28" });
    await expect(createAction(ctx, { riskId, description: "Utföraren ska göra något.", ownerSide: "PROVIDER" })).rejects.toThrow(/ägs av kommunen/);

    const after = (await listQualityPlans(ctx, parseDate("2021-06-01"))).find((candidate) => candidate.id === plan.id)!;
    const risk = after.processes.find((process) => process.id === processId)!.risks[0]!;
    expect(risk).toMatchObject({ qualityAreas: ["SAFETY_SECURITY"], selfChecks: [{ measure: "Andel familjehem med handledning varje månad", target: "100 %", result: "86 %" }] });
    expect(risk.actions[0]!.shownStatus).toBe("DELAYED");
    expect(after.overview.actions.DELAYED).toBeGreaterThanOrEqual(1);
    expect(after.overview.selfChecks).toEqual({ withResult: 1, total: 3 });
  });
});
