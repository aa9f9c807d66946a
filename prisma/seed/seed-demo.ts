/**
 * Writes the demo data: a fictional municipality modelled on seed 000 ("Sjöviks kommun") and a
 * small second municipality ("Bergsby kommun") so that isolation between tenants can be seen
 * and tested. Runs in one transaction: a database is either fully seeded or untouched.
 */
import { randomUUID } from "node:crypto";
import { hashPassword } from "../../lib/auth/password";
import { hashRecoveryCode } from "../../lib/auth/two-factor";
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import { DEFAULT_SCORING, scoreProvider, type ScoringResult } from "../../lib/scoring/engine";
import { demoScoringInputs, SHORTFALLS, SUPERVISION_EXCEPTIONS, type Outcome, type Supervision } from "./demo-assessments";
import { DEMO_ADMIN_RECOVERY_CODES, DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORD } from "./demo-credentials";
import { GOAL_AREAS, QUESTIONNAIRE, REQUIREMENTS, type QuestionSeed } from "./demo-catalogue";
import {
  currentPlacements,
  fractionFor,
  HISTORIC_POOL_SIZES,
  INDICATORS,
  PROVIDERS,
  SERVICE_TYPES,
  STATEMENTS,
  SURVEYS,
  surveyResponses,
  type AgeBandCode,
  type GradeCode,
  type PlacementSeed,
  type ProviderSeed,
  type ServiceTypeCode,
} from "./demo-population";

type Tx = Prisma.TransactionClient;

export const DEMO_TENANT_SLUG = "sjovik";
export { DEMO_PASSWORD } from "./demo-credentials";

export const DEMO_USERS = [
  { email: "admin@sjovik.demo", name: "Anna Admin", role: "ADMIN" },
  { email: "kvalitet@sjovik.demo", name: "Karin Kvalitetsutvecklare", role: "QUALITY_DEVELOPER" },
  { email: "socialsekreterare@sjovik.demo", name: "Samir Socialsekreterare", role: "SOCIAL_SECRETARY" },
  { email: "lasare@sjovik.demo", name: "Leo Läsare", role: "READER" },
  { email: "utforare@caleo.demo", name: "Cecilia på Caleo", role: "PROVIDER", providerKey: "caleo" },
  { email: "utforare@valfard.demo", name: "Vilhelm på Välfärd", role: "PROVIDER", providerKey: "valfard" },
] as const;

const date = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** Seeds both demo tenants unless the demo tenant exists. Returns false when it did nothing. */
export async function seedDemo(prisma: PrismaClient): Promise<boolean> {
  if (await prisma.tenant.findUnique({ where: { slug: DEMO_TENANT_SLUG }, select: { id: true } })) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await prisma.$transaction(
    async (tx) => {
      const sjovik = await seedSjovik(tx, passwordHash);
      await seedBergsby(tx, passwordHash, sjovik.caleoUserId);
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  return true;
}

async function seedSjovik(tx: Tx, passwordHash: string) {
  const tenant = await tx.tenant.create({
    data: {
      slug: DEMO_TENANT_SLUG,
      name: "Sjöviks kommun",
      orgNumber: "212000-0000",
      settings: { suppressionThreshold: 5 },
    },
  });
  const tenantId = tenant.id;

  const orgUnitId = randomUUID();
  await tx.orgUnit.create({
    data: { tenantId, id: orgUnitId, name: "Arbets- och företagsnämnden, enheten för ensamkommande", kind: "DEPARTMENT" },
  });

  const serviceTypeIds = new Map<ServiceTypeCode, string>();
  await tx.serviceType.createMany({
    data: SERVICE_TYPES.map((serviceType, index) => {
      const id = randomUUID();
      serviceTypeIds.set(serviceType.code, id);
      return { tenantId, id, code: serviceType.code, name: serviceType.name, category: "RESIDENTIAL" as const, sortOrder: index };
    }),
  });

  const providerIds = new Map<string, string>();
  await tx.provider.createMany({
    data: PROVIDERS.map((provider) => {
      const id = randomUUID();
      providerIds.set(provider.key, id);
      return {
        tenantId,
        id,
        name: provider.name,
        ownership: provider.ownership,
        contactEmail: `kvalitet@${provider.key}.demo`,
      };
    }),
  });
  await seedContracts(tx, tenantId, providerIds, serviceTypeIds);

  const users = await seedUsers(tx, tenantId, passwordHash, providerIds, orgUnitId);
  const socialSecretaryMembershipId = users.membershipIdByRole.get("SOCIAL_SECRETARY") as string;

  // Placements: the 81 current ones, then earlier ones that indicator values are reported for.
  const current = currentPlacements();
  const historic = historicPlacements();
  const placementIds = new Map<string, string>();
  await tx.placement.createMany({
    data: [...current, ...historic].map((placement) => {
      const id = randomUUID();
      placementIds.set(placement.code, id);
      return {
        tenantId,
        id,
        code: placement.code,
        providerId: providerIds.get(placement.providerKey) as string,
        serviceTypeId: serviceTypeIds.get(placement.serviceType) as string,
        ageBand: placement.ageBand,
        gender: placement.gender,
        asylumStatus: placement.asylumStatus,
        needsLevel: placement.needsLevel,
        startsOn: date(placement.startsOn),
        endsOn: placement.endsOn ? date(placement.endsOn) : null,
        responsibleMembershipId: socialSecretaryMembershipId,
        orgUnitId,
      };
    }),
  });

  const catalogue = await seedCatalogue(tx, tenantId);
  const cycles = await seedCycles(tx, tenantId, providerIds, catalogue, users.qualityDeveloperId);
  await seedIndicators(tx, tenantId, current, historic, placementIds, users.socialSecretaryId);
  await seedSurveys(tx, tenantId, serviceTypeIds, cycles.cycle2020Id);
  await seedDeviations(tx, tenantId, providerIds);
  await seedDialogues(tx, tenantId, providerIds, cycles.cycle2020Id, catalogue.requirementIds, users);
  await seedQualityPlan(tx, tenantId);
  await tx.report.create({
    data: {
      tenantId,
      cycleId: cycles.cycle2020Id,
      template: "ANNUAL_QUALITY_REPORT",
      title: "Boende för ensamkommande barn/unga – Kvalitetsrapport 2020",
      year: 2020,
      countDay: date("2020-08-31"),
      sections: {
        create: [
          {
            key: "inledning",
            title: "Inledning",
            body: "Kommunen ansvarar för mottagandet av ensamkommande barn och unga. Denna rapport redovisar årets kvalitetsuppföljning av utförarna av boende.",
          },
        ],
      },
    },
  });
  return { tenantId, caleoUserId: users.caleoUserId };
}

async function seedContracts(tx: Tx, tenantId: string, providerIds: Map<string, string>, serviceTypeIds: Map<ServiceTypeCode, string>) {
  for (const provider of PROVIDERS) {
    const forms = Object.keys(provider.placements) as ServiceTypeCode[];
    await tx.contract.create({
      data: {
        tenantId,
        providerId: providerIds.get(provider.key) as string,
        form: provider.contractForm,
        reference: `AFN 2019/${100 + PROVIDERS.indexOf(provider)}`,
        title: `Boende för ensamkommande – ${provider.name}`,
        startsOn: date("2019-01-01"),
        endsOn: date("2022-12-31"),
        coveredMunicipalities: provider.contractForm === "LOU" ? ["Bergsby", "Ekvik"] : [],
        serviceTypes: {
          create: (forms.length ? forms : (["HVB"] as ServiceTypeCode[])).map((form) => ({
            serviceTypeId: serviceTypeIds.get(form) as string,
          })),
        },
      },
    });
  }
}

async function seedUsers(tx: Tx, tenantId: string, passwordHash: string, providerIds: Map<string, string>, orgUnitId: string) {
  const membershipIdByRole = new Map<string, string>();
  const userIdByEmail = new Map<string, string>();
  for (const demoUser of DEMO_USERS) {
    const isAdmin = demoUser.role === "ADMIN";
    const user = await tx.user.create({
      data: {
        email: demoUser.email,
        name: demoUser.name,
        passwordHash,
        totpSecret: isAdmin ? DEMO_ADMIN_TOTP_SECRET : null,
        totpEnabledAt: isAdmin ? date("2020-01-01") : null,
        recoveryCodes: isAdmin ? { create: DEMO_ADMIN_RECOVERY_CODES.map((code) => ({ codeHash: hashRecoveryCode(code) })) } : undefined,
      },
    });
    userIdByEmail.set(demoUser.email, user.id);
    const membershipId = randomUUID();
    membershipIdByRole.set(demoUser.role, membershipIdByRole.get(demoUser.role) ?? membershipId);
    await tx.membership.create({
      data: {
        tenantId,
        id: membershipId,
        userId: user.id,
        role: demoUser.role,
        providerId: "providerKey" in demoUser ? providerIds.get(demoUser.providerKey) : null,
        orgUnitId: demoUser.role === "SOCIAL_SECRETARY" ? orgUnitId : null,
      },
    });
  }
  return {
    membershipIdByRole,
    qualityDeveloperId: userIdByEmail.get("kvalitet@sjovik.demo") as string,
    socialSecretaryId: userIdByEmail.get("socialsekreterare@sjovik.demo") as string,
    caleoUserId: userIdByEmail.get("utforare@caleo.demo") as string,
    userIdByEmail,
  };
}

/** Earlier placements, ended in the year they are reported for (indicator history 2017–2020). */
function historicPlacements(): PlacementSeed[] {
  const selected = PROVIDERS.filter((provider) => provider.selected2020 || provider.selected2019);
  const forms: ServiceTypeCode[] = ["FAMILJEHEM", "STODBOENDE", "TRANINGSLAGENHET", "EGET_BOENDE"];
  return Object.entries(HISTORIC_POOL_SIZES).flatMap(([year, size]) =>
    Array.from({ length: size }, (_, i): PlacementSeed => {
      const provider = selected[i % selected.length] as ProviderSeed;
      const ageBand = (["AGE_16_17", "AGE_18_20", "AGE_18_20", "AGE_21_PLUS"] as const)[i % 4] as AgeBandCode;
      return {
        code: `P-${year}-${String(i + 1).padStart(3, "0")}`,
        providerKey: provider.key,
        serviceType: forms[i % forms.length] as ServiceTypeCode,
        ageBand,
        gender: i % 7 === 0 ? "GIRL" : "BOY",
        asylumStatus: i % 5 === 0 ? "TEMPORARY_PERMIT" : "PERMANENT_PERMIT",
        needsLevel: "STANDARD",
        startsOn: `${Number(year) - 2}-09-01`,
        endsOn: `${year}-${String(1 + (i % 7)).padStart(2, "0")}-28`,
      };
    }),
  );
}

interface Catalogue {
  requirementIds: Map<string, string>;
  version2019Id: string;
  version2020Id: string;
  questionIds2019: Map<string, string>;
  questionIds2020: Map<string, string>;
}

async function seedCatalogue(tx: Tx, tenantId: string): Promise<Catalogue> {
  const goalAreaIds = new Map<string, string>();
  await tx.goalArea.createMany({
    data: GOAL_AREAS.map((area, index) => {
      const id = randomUUID();
      goalAreaIds.set(area.key, id);
      return { tenantId, id, name: area.name, description: area.description, municipalGoal: area.municipalGoal, sortOrder: index };
    }),
  });
  const requirementIds = new Map<string, string>();
  await tx.requirement.createMany({
    data: REQUIREMENTS.map((requirement, index) => {
      const id = randomUUID();
      requirementIds.set(requirement.code, id);
      return {
        tenantId,
        id,
        code: requirement.code,
        source: requirement.source,
        reference: requirement.reference,
        title: requirement.title,
        text: requirement.text,
        goalAreaId: goalAreaIds.get(requirement.goalArea) as string,
        qualityAreas: requirement.qualityAreas,
        scale: requirement.scale,
        isCritical: requirement.isCritical,
        weight: requirement.weight,
        sortOrder: index,
      };
    }),
  });

  const template = await tx.questionnaireTemplate.create({
    data: {
      tenantId,
      name: "Kvalitetsuppföljning boende för ensamkommande barn och unga",
      description: "Egenrapportering av processer, rutiner och aktiviteter samt tillsynschecklista.",
    },
  });
  const v2019 = await seedVersion(tx, tenantId, template.id, 1, "2019-05-01", requirementIds, (question) => !question.since2020);
  const v2020 = await seedVersion(tx, tenantId, template.id, 2, "2020-05-15", requirementIds, () => true);
  return {
    requirementIds,
    version2019Id: v2019.versionId,
    version2020Id: v2020.versionId,
    questionIds2019: v2019.questionIds,
    questionIds2020: v2020.questionIds,
  };
}

async function seedVersion(
  tx: Tx,
  tenantId: string,
  templateId: string,
  number: number,
  publishedOn: string,
  requirementIds: Map<string, string>,
  include: (question: QuestionSeed) => boolean,
) {
  const version = await tx.questionnaireVersion.create({
    data: { tenantId, templateId, number, status: "PUBLISHED", publishedAt: date(publishedOn) },
  });
  const questionIds = new Map<string, string>();
  for (const [sectionIndex, section] of QUESTIONNAIRE.entries()) {
    const created = await tx.questionSection.create({
      data: { tenantId, versionId: version.id, title: section.title, description: section.description, sortOrder: sectionIndex },
    });
    for (const [questionIndex, question] of section.questions.filter(include).entries()) {
      const id = randomUUID();
      questionIds.set(question.key, id);
      await tx.question.create({
        data: {
          tenantId,
          id,
          versionId: version.id,
          sectionId: created.id,
          key: question.key,
          type: question.type,
          text: question.text,
          helpText: question.helpText ?? null,
          isRequired: question.isRequired ?? true,
          options: question.options ?? undefined,
          conditionQuestionId: question.condition ? (questionIds.get(question.condition.key) ?? null) : null,
          conditionValue: question.condition?.value ?? null,
          sortOrder: questionIndex,
          requirements: {
            create: (question.requirementCodes ?? []).map((code) => ({ requirementId: requirementIds.get(code) as string })),
          },
        },
      });
    }
  }
  return { versionId: version.id, questionIds };
}

// ─── Cycles, self-assessments, assessments, grades ─────────────────────────

const SUPERVISION_COMMENTS: Record<string, string> = {
  "TS-05": "”Inte aktuellt” avser kommunens träningsboende i egen regi, som inte är tillståndspliktigt.",
  "TS-10": "”Pågår” avser Välfärd samhällsservice; ett förbättringsområde identifierat av både utföraren och kommunen.",
  "TS-11": "En av utförarna ser detta som ett förbättringsområde.",
  "TS-12": "Tillsyn genomförd september 2019; IVO har inte konstaterat några brister i verksamheten.",
  "TS-17": "Tre utförare har identifierat att arbetet med brandutbildning och brandtillsyn behöver stärkas.",
};

const MOTIVATION: Record<Outcome, string> = {
  ACHIEVED: "Utföraren redovisar rutiner och arbetsprocesser som följs upp systematiskt.",
  PARTIALLY_ACHIEVED: "Rutiner finns men uppföljning och förbättringsarbete behöver utvecklas.",
  NOT_ACHIEVED: "Utföraren har inte i tillräcklig grad redovisat processer och rutiner för området.",
};

async function seedCycles(
  tx: Tx,
  tenantId: string,
  providerIds: Map<string, string>,
  catalogue: Catalogue,
  qualityDeveloperId: string,
) {
  const cycle2019 = await tx.followUpCycle.create({
    data: {
      tenantId,
      name: "Boende för ensamkommande barn och unga 2019",
      year: 2019,
      serviceArea: "Boende för ensamkommande barn och unga",
      periodStart: date("2019-08-01"),
      periodEnd: date("2019-10-31"),
      templateVersionId: catalogue.version2019Id,
      status: "CLOSED",
      selfAssessmentDueOn: date("2019-09-15"),
      assessmentDueOn: date("2019-10-31"),
      selectionSeed: "sjovik-2019",
      selectionConfirmedAt: date("2019-06-10"),
      providerCountAtSelection: 18,
    },
  });
  const cycle2020 = await tx.followUpCycle.create({
    data: {
      tenantId,
      name: "Boende för ensamkommande barn och unga 2020",
      year: 2020,
      serviceArea: "Boende för ensamkommande barn och unga",
      periodStart: date("2020-08-01"),
      periodEnd: date("2020-10-31"),
      templateVersionId: catalogue.version2020Id,
      status: "REVIEW",
      selfAssessmentDueOn: date("2020-09-15"),
      assessmentDueOn: date("2020-10-31"),
      selectionSeed: "sjovik-2020",
      selectionConfirmedAt: date("2020-06-15"),
      providerCountAtSelection: PROVIDERS.length,
    },
  });

  const results2019 = new Map<string, ScoringResult>();
  for (const [year, cycleId, versionQuestionIds] of [
    [2019, cycle2019.id, catalogue.questionIds2019],
    [2020, cycle2020.id, catalogue.questionIds2020],
  ] as const) {
    const participants = PROVIDERS.filter((provider) => (year === 2020 ? provider.selected2020 : provider.selected2019));
    for (const provider of participants) {
      const providerId = providerIds.get(provider.key) as string;
      const grade = (year === 2020 ? provider.selected2020?.grade : provider.selected2019?.grade) as GradeCode;
      const shortfalls = SHORTFALLS[year]?.[provider.key] ?? {};
      const supervision = year === 2020 ? (SUPERVISION_EXCEPTIONS[provider.key] ?? {}) : {};
      await tx.cycleProvider.create({
        data: {
          tenantId,
          cycleId,
          providerId,
          reasons: (year === 2020 ? provider.selected2020?.reasons : ["RISK_SIGNALS"]) as never,
          reasonNote: year === 2020 ? (provider.selected2020?.note ?? null) : null,
          reviewStatus: "FINALISED",
          strengths: grade === "NOTABLY_MATURE" ? "Välutvecklade processer för planering, genomförande, uppföljning och förbättring." : "Fungerande rutiner inom de flesta aktiviteter.",
          improvementAreas: Object.keys(shortfalls).length
            ? `Utveckla: ${Object.keys(shortfalls).map((code) => REQUIREMENTS.find((r) => r.code === code)?.title).join(", ")}.`
            : null,
          finalisedAt: date(`${year}-10-30`),
        },
      });
      const selfAssessment = await tx.selfAssessment.create({
        data: {
          tenantId,
          cycleId,
          providerId,
          status: year === 2020 ? "SUBMITTED" : "LOCKED",
          submittedAt: date(`${year}-09-1${Math.min(5, provider.name.length % 6)}`),
        },
      });
      await tx.answer.createMany({
        data: [...versionQuestionIds.entries()].flatMap(([key, questionId]) => {
          const value = answerValue(key, provider, shortfalls, supervision);
          return value === undefined ? [] : [{ tenantId, selfAssessmentId: selfAssessment.id, questionId, value }];
        }),
      });
      const assessments = REQUIREMENTS.map((requirement) => {
        const outcome = shortfalls[requirement.code] ?? "ACHIEVED";
        const answer = supervision[requirement.code] ?? "YES";
        return requirement.scale === "ACTIVITY"
          ? {
              tenantId,
              cycleId,
              providerId,
              requirementId: catalogue.requirementIds.get(requirement.code) as string,
              outcome,
              motivation: MOTIVATION[outcome],
              assessedById: qualityDeveloperId,
            }
          : {
              tenantId,
              cycleId,
              providerId,
              requirementId: catalogue.requirementIds.get(requirement.code) as string,
              supervisionAnswer: answer,
              motivation: SUPERVISION_COMMENTS[requirement.code] && answer !== "YES" ? SUPERVISION_COMMENTS[requirement.code] : null,
              assessedById: qualityDeveloperId,
            };
      });
      await tx.assessment.createMany({ data: assessments });
      // The same engine as the product: the seeded grades are what the demo assessments give.
      const inputs = demoScoringInputs(year, provider.key);
      const previous = year === 2020 ? results2019.get(provider.key) : undefined;
      const result = scoreProvider(inputs.requirements, inputs.assessments, DEFAULT_SCORING, previous && { grade: previous.grade, total: previous.total });
      if (result.grade !== grade) throw new Error(`Demo data: ${provider.name} ${year} scores ${result.grade}, the seed says ${grade}.`);
      if (year === 2019) results2019.set(provider.key, result);
      await tx.gradeSnapshot.create({
        data: {
          tenantId,
          cycleId,
          providerId,
          grade,
          totalScore: result.total,
          areaScores: result.areaScores as unknown as Prisma.InputJsonValue,
          explanation: { reasons: result.reasons, change: result.change, summary: gradeSummary(grade, provider.key, year) } as unknown as Prisma.InputJsonValue,
          config: DEFAULT_SCORING as unknown as Prisma.InputJsonValue,
          isPublished: year === 2019,
          createdById: qualityDeveloperId,
          createdAt: date(`${year}-10-30`),
        },
      });
    }
  }
  return { cycle2019Id: cycle2019.id, cycle2020Id: cycle2020.id };
}

function gradeSummary(grade: GradeCode, providerKey: string, year: number): string {
  if (grade === "NOTABLY_MATURE") return "Välutvecklade processer som säkerställer planering, genomförande, uppföljning och förbättrande åtgärder inom samtliga aktiviteter.";
  if (grade === "LOW") return "Har inte i tillräcklig grad redovisat hur verksamheten lever upp till kravet på ledningssystem för systematiskt kvalitetsarbete.";
  if (providerKey === "noorgarden" && year === 2020) return "Ökad systematik i kvalitetsarbetet jämfört med förra årets uppföljning; visst utvecklingsbehov kvarstår.";
  return "Behov av utveckling av processerna för förebyggande, uppföljande och förbättrande arbete.";
}

function answerValue(
  key: string,
  provider: ProviderSeed,
  shortfalls: Partial<Record<string, Outcome>>,
  supervision: Partial<Record<string, Supervision>>,
): Prisma.InputJsonValue | undefined {
  const forms = Object.keys(provider.placements).map((code) => code.charAt(0) + code.slice(1).toLowerCase().replace("_", " "));
  switch (key) {
    case "verksamhetsform":
      return provider.ownership === "MUNICIPAL" ? "Kommunal regi" : provider.ownership === "NON_PROFIT" ? "Ideell förening/stiftelse" : "Aktiebolag";
    case "placeringsformer":
      return forms.map((form) => form.replace("Stodboende", "Stödboende").replace("Traningslagenhet", "Träningslägenhet"));
    case "antal-placerade":
      return Object.values(provider.placements).reduce((sum, count) => sum + (count ?? 0), 0);
    case "andel-personal-utbildning":
      return provider.selected2020?.grade === "NOTABLY_MATURE" ? 100 : provider.selected2020?.grade === "LOW" ? 40 : 80;
    case "senaste-ivo-tillsyn":
      return provider.key === "svenska" ? "2019-09-12" : undefined;
    case "vg-1-rutin-finns":
      return "YES";
    case "vg-1-rutin-plan":
      return undefined;
    case "antal-avvikelser":
      return 3 + (provider.name.length % 9);
    case "forbattringsomraden-vardegrund":
      return "Fortbildning av personalen i värdegrundsfrågor.";
    case "forbattringsomraden-etablering":
      return "Stöd till äldre ungdomar att hitta egen bostad och arbete.";
    case "ts-03-forsakringsbrev":
    case "ts-02-uc-utdrag":
      return undefined;
  }
  if (key.startsWith("ts-")) return supervision[key.toUpperCase()] ?? "YES";
  const code = key.replace("-beskrivning", "").toUpperCase();
  const requirement = REQUIREMENTS.find((candidate) => candidate.code === code);
  if (!requirement) return undefined;
  return shortfalls[code] === "NOT_ACHIEVED"
    ? `Arbete med ${requirement.title.toLowerCase()} pågår men är ännu inte dokumenterat.`
    : `${provider.name} arbetar med ${requirement.title.toLowerCase()} enligt dokumenterade rutiner som följs upp vid egenkontroll${shortfalls[code] ? " – uppföljningen behöver utvecklas" : ""}.`;
}

// ─── Indicators, survey, deviations ────────────────────────────────────────

async function seedIndicators(
  tx: Tx,
  tenantId: string,
  current: PlacementSeed[],
  historic: PlacementSeed[],
  placementIds: Map<string, string>,
  reportedById: string,
) {
  const selectedKeys = new Set(PROVIDERS.filter((provider) => provider.selected2020).map((provider) => provider.key));
  const poolFor = (year: number) =>
    year === 2020
      ? [...current.filter((placement) => selectedKeys.has(placement.providerKey)), ...historic.filter((p) => p.code.startsWith("P-2020-"))]
      : historic.filter((placement) => placement.code.startsWith(`P-${year}-`));

  for (const [index, indicator] of INDICATORS.entries()) {
    const created = await tx.indicator.create({
      data: { tenantId, code: indicator.code, name: indicator.name, ageBands: indicator.ageBands, sortOrder: index },
    });
    const values: Prisma.IndicatorValueCreateManyInput[] = [];
    for (const [yearText, share] of Object.entries(indicator.shares)) {
      if (share === null) continue;
      const year = Number(yearText);
      const pool = poolFor(year).filter((placement) => indicator.ageBands.length === 0 || indicator.ageBands.includes(placement.ageBand));
      const { met, reported } = fractionFor(share, Math.min(25, pool.length), pool.length);
      pool.slice(0, reported).forEach((placement, i) =>
        values.push({
          tenantId,
          indicatorId: created.id,
          placementId: placementIds.get(placement.code) as string,
          year,
          met: i < met,
          reportedById,
          reportedAt: date(`${year}-08-31`),
        }),
      );
    }
    await tx.indicatorValue.createMany({ data: values });
  }
}

async function seedSurveys(tx: Tx, tenantId: string, serviceTypeIds: Map<ServiceTypeCode, string>, cycle2020Id: string) {
  const statementIds = new Map<string, string>();
  for (const statement of STATEMENTS) {
    const created = await tx.surveyStatement.create({ data: { tenantId, code: statement.code, text: statement.text } });
    statementIds.set(statement.code, created.id);
  }
  for (const survey of SURVEYS) {
    const created = await tx.survey.create({
      data: {
        tenantId,
        cycleId: survey.year === 2020 ? cycle2020Id : null,
        name: `Nöjdhetsuppföljning ensamkommande ${survey.year}`,
        year: survey.year,
        sentCount: survey.sent,
        conductedOn: date(`${survey.year}-06-15`),
        items: { create: STATEMENTS.map((statement, index) => ({ statementId: statementIds.get(statement.code) as string, sortOrder: index })) },
      },
    });
    const responses = surveyResponses(survey);
    const rows = responses.map((response) => ({ ...response, id: randomUUID() }));
    await tx.surveyResponse.createMany({
      data: rows.map((row) => ({
        tenantId,
        id: row.id,
        surveyId: created.id,
        serviceTypeId: serviceTypeIds.get(row.serviceType) as string,
        gender: row.gender,
        ageBand: row.ageBand,
        respondedOn: date(`${survey.year}-06-20`),
      })),
    });
    await tx.surveyAnswer.createMany({
      data: rows.flatMap((row) =>
        STATEMENTS.map((statement) => ({
          tenantId,
          responseId: row.id,
          statementId: statementIds.get(statement.code) as string,
          score: row.scores[statement.code],
        })),
      ),
    });
  }
}

async function seedDeviations(tx: Tx, tenantId: string, providerIds: Map<string, string>) {
  const rows: Prisma.DeviationRecordCreateManyInput[] = [];
  PROVIDERS.forEach((provider, index) => {
    const providerId = providerIds.get(provider.key) as string;
    for (const year of [2019, 2020]) {
      rows.push({ tenantId, providerId, year, kind: "DEVIATION", count: 2 + ((index * 7 + year) % 9), category: "Årsrapportering" });
      if (["casa", "valfard", "noorgarden", "lotsen"].includes(provider.key)) {
        rows.push({ tenantId, providerId, year, kind: "COMPLAINT", count: 2 + (index % 3), category: "Bemötande" });
      }
    }
  });
  // Two providers reported Lex Sarah in 2020 (seed 000 §3.2); one IVO inspection in 2019 without findings.
  for (const key of ["valfard", "casa"]) {
    rows.push({
      tenantId,
      providerId: providerIds.get(key) as string,
      year: 2020,
      kind: "LEX_SARAH_REPORT",
      occurredOn: date("2020-03-12"),
      category: "Brister i tillsyn",
      summary: "Rapport om missförhållande i boendet; åtgärdat och uppföljt.",
    });
  }
  rows.push({
    tenantId,
    providerId: providerIds.get("svenska") as string,
    year: 2019,
    kind: "IVO_INSPECTION",
    occurredOn: date("2019-09-12"),
    category: "Tillsyn",
    summary: "IVO:s tillsyn konstaterade inga brister i verksamheten.",
    hasFindings: false,
  });
  await tx.deviationRecord.createMany({ data: rows });
}

async function seedDialogues(
  tx: Tx,
  tenantId: string,
  providerIds: Map<string, string>,
  cycleId: string,
  requirementIds: Map<string, string>,
  users: Awaited<ReturnType<typeof seedUsers>>,
) {
  for (const [index, provider] of PROVIDERS.filter((candidate) => candidate.selected2020).entries()) {
    const providerId = providerIds.get(provider.key) as string;
    const dialogue = await tx.qualityDialogue.create({
      data: {
        tenantId,
        cycleId,
        providerId,
        startsAt: new Date(Date.UTC(2020, 8, 21 + index, 8, 0)),
        meetingUrl: "https://mote.example.se/kvalitetsdialog",
        status: "HELD",
        summary: "Genomgång av egenrapporteringen och överenskomna förbättringsområden.",
        participants: {
          create: [
            { name: "Karin Kvalitetsutvecklare", side: "MUNICIPALITY", roleTitle: "Kvalitetsutvecklare", userId: users.qualityDeveloperId },
            { name: "Samir Socialsekreterare", side: "MUNICIPALITY", roleTitle: "Socialsekreterare", userId: users.socialSecretaryId },
            { name: `Kvalitetsansvarig, ${provider.name}`, side: "PROVIDER", roleTitle: "Kvalitetsansvarig" },
          ],
        },
      },
    });
    const shortfalls = Object.keys(SHORTFALLS[2020]?.[provider.key] ?? {});
    for (const [itemIndex, code] of shortfalls.entries()) {
      const requirementId = requirementIds.get(code) as string;
      const agendaItem = await tx.agendaItem.create({
        data: {
          tenantId,
          dialogueId: dialogue.id,
          source: "ASSESSMENT",
          title: REQUIREMENTS.find((requirement) => requirement.code === code)?.title ?? code,
          requirementId,
          notes: "Utföraren tar fram en plan för förbättring.",
          sortOrder: itemIndex,
        },
      });
      await tx.actionItem.create({
        data: {
          tenantId,
          providerId,
          cycleId,
          dialogueId: dialogue.id,
          agendaItemId: agendaItem.id,
          requirementId,
          description: `Förbättra arbetet med ${agendaItem.title.toLowerCase()}.`,
          ownerSide: "PROVIDER",
          ownerName: `Kvalitetsansvarig, ${provider.name}`,
          dueOn: date(itemIndex % 2 === 0 ? "2021-03-31" : "2020-12-31"),
          status: itemIndex % 3 === 0 ? "IN_PROGRESS" : itemIndex % 3 === 1 ? "DONE" : "NOT_STARTED",
        },
      });
    }
  }
  await tx.actionPlan.create({
    data: {
      tenantId,
      cycleId,
      providerId: providerIds.get("valfard") as string,
      dueOn: date("2020-12-15"),
      note: "Åtgärdsplan för ledningssystem och arbetsprocess med kund.",
    },
  });
}

async function seedQualityPlan(tx: Tx, tenantId: string) {
  await tx.qualityPlan.create({
    data: {
      tenantId,
      year: 2020,
      title: "Kvalitetsplan 2020 – placeringar av barn och unga",
      processes: {
        create: [
          {
            name: "Uppföljning av placerade barn och unga",
            sortOrder: 0,
            risks: {
              create: [
                {
                  description: "Barnet får inte komma till tals i uppföljningen av sin placering.",
                  qualityAreas: ["SELF_DETERMINATION_INTEGRITY"],
                  selfChecks: {
                    create: [
                      {
                        measure: "Andel barn som varit delaktiga i enskilt möte vid uppföljningsbesök",
                        target: "100 %",
                        method: "Aktgranskning två gånger per år",
                      },
                    ],
                  },
                },
                {
                  description: "Utföraren brister i systematiskt kvalitetsarbete utan att kommunen upptäcker det.",
                  qualityAreas: ["SAFETY_SECURITY", "KNOWLEDGE_BASED"],
                  selfChecks: {
                    create: [{ measure: "Andel utförare som följts upp de senaste två åren", target: "≥ 80 %" }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  });
}

/** The second municipality: shares the provider Caleo (a provider serving two municipalities). */
async function seedBergsby(tx: Tx, passwordHash: string, caleoUserId: string) {
  const tenant = await tx.tenant.create({ data: { slug: "bergsby", name: "Bergsby kommun", settings: { suppressionThreshold: 5 } } });
  const tenantId = tenant.id;
  const caleo = await tx.provider.create({ data: { tenantId, name: "Caleo omsorg", ownership: "PRIVATE" } });
  await tx.provider.create({ data: { tenantId, name: "Bergsby familjehem", ownership: "PRIVATE" } });
  const quality = await tx.user.create({ data: { email: "kvalitet@bergsby.demo", name: "Bo Bergsby", passwordHash } });
  await tx.membership.create({ data: { tenantId, userId: quality.id, role: "QUALITY_DEVELOPER" } });
  await tx.membership.create({ data: { tenantId, userId: caleoUserId, role: "PROVIDER", providerId: caleo.id } });
  const cycle = await tx.followUpCycle.create({
    data: {
      tenantId,
      name: "Familjehem och stödboende 2020",
      year: 2020,
      serviceArea: "Familjehem och stödboende",
      periodStart: date("2020-09-01"),
      periodEnd: date("2020-11-30"),
      status: "OPEN",
      selfAssessmentDueOn: date("2020-10-15"),
    },
  });
  await tx.cycleProvider.create({ data: { tenantId, cycleId: cycle.id, providerId: caleo.id, reasons: ["LARGE_SHARE"] } });
  await tx.selfAssessment.create({ data: { tenantId, cycleId: cycle.id, providerId: caleo.id, status: "DRAFT" } });
}
