/**
 * The people of the load test: provider users of the demo municipality, each editing a
 * self-assessment of their provider. Sessions that share a self-assessment edit the same answers
 * now and then, which is where conflicts come from.
 */
import type { PrismaClient } from "../../lib/db/prisma";
import { STATUS_VALUES, YES_NO_VALUES } from "../../lib/validation/answers";

export interface LoadQuestion {
  id: string;
  type: "TEXT" | "STATUS" | "YES_NO";
  /** Values to cycle through for choice questions. */
  values: readonly string[];
  initialVersion: number;
}

export interface LoadSession {
  userId: string;
  name: string;
  email: string;
  selfAssessmentId: string;
  questions: LoadQuestion[];
}

const CHOICES = { STATUS: STATUS_VALUES, YES_NO: YES_NO_VALUES, TEXT: [] } as const;

/**
 * `count` sessions: all but a tenth on a self-assessment of their own, the last tenth on one already
 * taken (two people of one provider in the same questionnaire). The demo municipality's
 * self-assessments of every year are opened for editing, and extra providers join the newest cycle
 * when there are still too few.
 */
export async function prepareLoadSessions(db: PrismaClient, count: number): Promise<LoadSession[]> {
  const tenant = await db.tenant.findUniqueOrThrow({ where: { slug: "sjovik" } });
  const where = { tenantId: tenant.id, cycle: { templateVersionId: { not: null } } };
  await db.selfAssessment.updateMany({ where, data: { status: "DRAFT", submittedAt: null } });
  const assessments = await db.selfAssessment.findMany({
    where,
    orderBy: [{ cycle: { year: "desc" } }, { id: "asc" }],
    select: { id: true, providerId: true, cycle: { select: { templateVersionId: true } }, answers: { select: { questionId: true, version: true } } },
  });
  const questions = await db.question.findMany({ where: { tenantId: tenant.id, type: { in: ["TEXT", "STATUS", "YES_NO"] } }, select: { id: true, type: true, versionId: true } });
  const shared = Math.max(1, Math.floor(count / 10));
  // More people than the demo has self-assessments: extra providers join the newest cycle.
  const newestCycle = await db.followUpCycle.findFirstOrThrow({ where: { tenantId: tenant.id, templateVersionId: { not: null } }, orderBy: { year: "desc" } });
  for (let extra = assessments.length; extra < count - shared; extra += 1) {
    const provider = await db.provider.create({ data: { tenantId: tenant.id, name: `Lastutförare ${extra}` } });
    await db.cycleProvider.create({ data: { tenantId: tenant.id, cycleId: newestCycle.id, providerId: provider.id, reasons: [] } });
    const assessment = await db.selfAssessment.create({ data: { tenantId: tenant.id, cycleId: newestCycle.id, providerId: provider.id, status: "DRAFT" } });
    assessments.push({ ...assessment, cycle: { templateVersionId: newestCycle.templateVersionId }, answers: [] });
  }

  const sessions: LoadSession[] = [];
  for (let index = 0; index < count; index += 1) {
    const assessment = assessments[index < count - shared ? index : index - (count - shared)]!;
    const email = `last-${index}@last.test`;
    const user = await db.user.create({ data: { email, name: `Lasttest ${index}` } });
    await db.membership.create({ data: { tenantId: tenant.id, userId: user.id, role: "PROVIDER", providerId: assessment.providerId } });
    const versions = new Map(assessment.answers.map((answer) => [answer.questionId, answer.version]));
    sessions.push({
      userId: user.id,
      name: user.name,
      email,
      selfAssessmentId: assessment.id,
      questions: questions
        .filter((question) => question.versionId === assessment.cycle.templateVersionId)
        .map((question) => ({
          id: question.id,
          type: question.type as LoadQuestion["type"],
          values: CHOICES[question.type as LoadQuestion["type"]],
          initialVersion: versions.get(question.id) ?? 0,
        })),
    });
  }
  return sessions;
}
