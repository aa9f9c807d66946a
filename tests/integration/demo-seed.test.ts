import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/prisma";
import { sharePercent } from "@/lib/domain/share";
import { DEMO_TENANT_SLUG, seedDemo } from "@/prisma/seed/seed-demo";

const prisma = createPrismaClient(process.env.ADMIN_DATABASE_URL as string, { max: 2 });

async function demoTenantId(): Promise<string> {
  return (await prisma.tenant.findUniqueOrThrow({ where: { slug: DEMO_TENANT_SLUG } })).id;
}

describe("the demo data in the database", () => {
  it("reproduces seed 000 table 1: 81 young people on 31 August 2020, 13 girls", async () => {
    const tenantId = await demoTenantId();
    const current = { tenantId, endsOn: null };
    expect(await prisma.placement.count({ where: current })).toBe(81);
    expect(await prisma.placement.count({ where: { ...current, gender: "GIRL" } })).toBe(13);
    const byForm = await prisma.placement.groupBy({ by: ["serviceTypeId"], where: current, _count: true });
    const types = await prisma.serviceType.findMany({ where: { tenantId } });
    const named = Object.fromEntries(byForm.map((row) => [types.find((t) => t.id === row.serviceTypeId)!.name, row._count]));
    expect(named).toEqual({ Jourhem: 9, Familjehem: 14, HVB: 4, Stödboende: 18, Träningslägenhet: 24, "Eget boende": 12 });
  });

  it("selects 9 of 19 providers for 2020, each with its reasons and a reproducible seed", async () => {
    const tenantId = await demoTenantId();
    const cycle = await prisma.followUpCycle.findFirstOrThrow({
      where: { tenantId, year: 2020 },
      include: { providers: { include: { provider: true } } },
    });
    expect(await prisma.provider.count({ where: { tenantId } })).toBe(19);
    expect(cycle.providers).toHaveLength(9);
    expect(cycle.providerCountAtSelection).toBe(19);
    expect(cycle.selectionSeed).toBeTruthy();
    expect(cycle.providers.every((row) => row.reasons.length > 0)).toBe(true);
    expect(cycle.providers.map((row) => row.provider.name)).toContain("Svenska familjehem");
  });

  it("grades the 2020 providers as seed 000 §4 does: two notably mature, six adequate, one low", async () => {
    const tenantId = await demoTenantId();
    const grades = await prisma.gradeSnapshot.findMany({
      where: { tenantId, cycle: { year: 2020 } },
      include: { provider: { select: { name: true } } },
    });
    const byGrade = (grade: string) => grades.filter((g) => g.grade === grade).map((g) => g.provider.name).sort();
    expect(byGrade("NOTABLY_MATURE")).toEqual(["Caleo omsorg", "Svenska familjehem"]);
    expect(byGrade("LOW")).toEqual(["Välfärd samhällsservice – träningsboende"]);
    expect(byGrade("ADEQUATE")).toHaveLength(6);
  });

  it("reproduces table 4's indicator shares from values per placement", async () => {
    const tenantId = await demoTenantId();
    const indicators = await prisma.indicator.findMany({ where: { tenantId }, include: { values: true } });
    const share = (code: string, year: number) => {
      const values = indicators.find((i) => i.code === code)!.values.filter((v) => v.year === year);
      return sharePercent(values.filter((v) => v.met).length, values.length);
    };
    expect([2017, 2018, 2019, 2020].map((year) => share("GYMNASIUM", year))).toEqual([null, 38, 68, 78.5]);
    expect([2017, 2018, 2019, 2020].map((year) => share("EXTRAJOBB", year))).toEqual([11, 29, 69, 52]);
    expect([2017, 2018, 2019, 2020].map((year) => share("AKTIV_FRITID", year))).toEqual([92, 78, 80, 40.5]);
    expect([2017, 2018, 2019, 2020].map((year) => share("FRAMTIDSPLAN", year))).toEqual([null, 64, 53.3, 95]);
  });

  it("has the 2020 survey answered by 69 of 96", async () => {
    const tenantId = await demoTenantId();
    const survey = await prisma.survey.findFirstOrThrow({ where: { tenantId, year: 2020 }, include: { _count: { select: { responses: true } } } });
    expect(survey.sentCount).toBe(96);
    expect(survey._count.responses).toBe(69);
  });

  it("counts the supervision checklist as the appendix comments say", async () => {
    const tenantId = await demoTenantId();
    const answers = await prisma.assessment.findMany({
      where: { tenantId, cycle: { year: 2020 }, requirement: { code: { in: ["TS-05", "TS-10", "TS-17"] } } },
      include: { requirement: { select: { code: true } } },
    });
    const count = (code: string, answer: string) =>
      answers.filter((a) => a.requirement.code === code && a.supervisionAnswer === answer).length;
    expect([count("TS-05", "YES"), count("TS-05", "NOT_APPLICABLE")]).toEqual([8, 1]);
    expect([count("TS-10", "YES"), count("TS-10", "IN_PROGRESS")]).toEqual([8, 1]);
    expect([count("TS-17", "YES"), count("TS-17", "IN_PROGRESS")]).toEqual([6, 3]);
  });

  it("does nothing when run again on a seeded database", async () => {
    const before = await prisma.placement.count();
    expect(await seedDemo(prisma)).toBe(false);
    expect(await prisma.placement.count()).toBe(before);
  });
});
