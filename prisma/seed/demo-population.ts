/**
 * The demo municipality's providers, placements, grades, indicators and survey answers, built
 * to reproduce seed 000's tables from one consistent data set. Deterministic: the same data on
 * every run. Choices where the seed's own figures do not add up are in docs/demo-data.md.
 */
import { seededRandom, shuffled } from "../../lib/domain/random";
import { sharePercent } from "../../lib/domain/share";

export type ServiceTypeCode = "JOURHEM" | "FAMILJEHEM" | "HVB" | "STODBOENDE" | "TRANINGSLAGENHET" | "EGET_BOENDE";
export type AgeBandCode = "AGE_0_15" | "AGE_16_17" | "AGE_18_20" | "AGE_21_PLUS";
export type AsylumCode = "PERMANENT_PERMIT" | "TEMPORARY_PERMIT" | "ASYLUM_SEEKER" | "REJECTED";
export type GradeCode = "NOTABLY_MATURE" | "ADEQUATE" | "LOW";

export const SERVICE_TYPES: { code: ServiceTypeCode; name: string }[] = [
  { code: "JOURHEM", name: "Jourhem" },
  { code: "FAMILJEHEM", name: "Familjehem" },
  { code: "HVB", name: "HVB" },
  { code: "STODBOENDE", name: "Stödboende" },
  { code: "TRANINGSLAGENHET", name: "Träningslägenhet" },
  { code: "EGET_BOENDE", name: "Eget boende" },
];

export interface ProviderSeed {
  key: string;
  name: string;
  ownership: "PRIVATE" | "MUNICIPAL" | "NON_PROFIT";
  contractForm: "LOU" | "LOV" | "AGREEMENT" | "DIRECT_AWARD";
  /** Current placements (31 August 2020) per placement form. */
  placements: Partial<Record<ServiceTypeCode, number>>;
  /** Selected for the 2020 cycle, with the reasons of seed 000 §1.2. */
  selected2020?: { reasons: string[]; note: string; grade: GradeCode };
  selected2019?: { grade: GradeCode };
}

/** 19 providers; the first nine are the ones seed 000 followed up in 2020. */
export const PROVIDERS: ProviderSeed[] = [
  {
    key: "aliba",
    name: "Aliba familjehem",
    ownership: "PRIVATE",
    contractForm: "LOU",
    placements: { FAMILJEHEM: 2, JOURHEM: 2 },
    selected2020: { reasons: ["YOUNG_CHILDREN", "COVERAGE"], note: "Jour- och familjehem med yngre barn.", grade: "ADEQUATE" },
    selected2019: { grade: "ADEQUATE" },
  },
  {
    key: "caleo",
    name: "Caleo omsorg",
    ownership: "PRIVATE",
    contractForm: "LOU",
    placements: { STODBOENDE: 2, TRANINGSLAGENHET: 2 },
    selected2020: { reasons: ["LARGE_SHARE", "COVERAGE"], note: "Stödboende och träningslägenhet.", grade: "NOTABLY_MATURE" },
    selected2019: { grade: "ADEQUATE" },
  },
  {
    key: "casa",
    name: "Casa Omsorg",
    ownership: "PRIVATE",
    contractForm: "DIRECT_AWARD",
    placements: { STODBOENDE: 4 },
    selected2020: { reasons: ["RISK_SIGNALS", "COVERAGE"], note: "Klagomål under året; direktupphandlad.", grade: "ADEQUATE" },
  },
  {
    key: "familjeenheten",
    name: "Familjeenheten",
    ownership: "PRIVATE",
    contractForm: "LOU",
    placements: { FAMILJEHEM: 3, JOURHEM: 1 },
    selected2020: { reasons: ["YOUNG_CHILDREN", "EXTENSIVE_NEEDS"], note: "Barn under 15 år med omfattande behov.", grade: "ADEQUATE" },
  },
  {
    key: "individ",
    name: "Individ och familjer",
    ownership: "PRIVATE",
    contractForm: "LOU",
    placements: { JOURHEM: 3 },
    selected2020: { reasons: ["RANDOM"], note: "Slumpmässigt vald.", grade: "ADEQUATE" },
  },
  {
    key: "noorgarden",
    name: "Noorgården stöd och konsult AB",
    ownership: "PRIVATE",
    contractForm: "LOU",
    placements: { FAMILJEHEM: 3, JOURHEM: 1 },
    selected2020: { reasons: ["RISK_SIGNALS", "YOUNG_CHILDREN"], note: "Uppföljning av förra årets förbättringsområden.", grade: "ADEQUATE" },
    selected2019: { grade: "ADEQUATE" },
  },
  {
    key: "svenska",
    name: "Svenska familjehem",
    ownership: "PRIVATE",
    contractForm: "LOU",
    placements: { FAMILJEHEM: 4 },
    selected2020: { reasons: ["LARGE_SHARE", "EXTENSIVE_NEEDS"], note: "Många placerade i familjehem; IVO-tillsyn 2019.", grade: "NOTABLY_MATURE" },
    selected2019: { grade: "NOTABLY_MATURE" },
  },
  {
    key: "valfard",
    name: "Välfärd samhällsservice – träningsboende",
    ownership: "MUNICIPAL",
    contractForm: "AGREEMENT",
    placements: { TRANINGSLAGENHET: 7 },
    selected2020: { reasons: ["LARGE_SHARE", "RISK_SIGNALS", "COVERAGE"], note: "Egen regi; lägre kvalitetsmognad 2019.", grade: "LOW" },
    selected2019: { grade: "LOW" },
  },
  {
    key: "youth",
    name: "Youth and Care",
    ownership: "PRIVATE",
    contractForm: "LOV",
    placements: { TRANINGSLAGENHET: 4 },
    selected2020: { reasons: ["RANDOM", "COVERAGE"], note: "Slumpmässigt vald; kundval (LOV).", grade: "ADEQUATE" },
  },
  { key: "bryggan", name: "Bryggan HVB", ownership: "PRIVATE", contractForm: "LOU", placements: { HVB: 4 } },
  { key: "ankaret", name: "Ankaret behandlingshem", ownership: "PRIVATE", contractForm: "LOU", placements: {} },
  { key: "hemtrygg", name: "Hemtrygg jourhem", ownership: "PRIVATE", contractForm: "LOU", placements: { JOURHEM: 2 } },
  { key: "famsyd", name: "Familjehemsgruppen Syd", ownership: "NON_PROFIT", contractForm: "LOU", placements: { FAMILJEHEM: 2 } },
  { key: "stegen", name: "Stegen stödboende", ownership: "PRIVATE", contractForm: "LOV", placements: { STODBOENDE: 6 }, selected2019: { grade: "ADEQUATE" } },
  { key: "kompassen", name: "Kompassen ungdomsstöd", ownership: "PRIVATE", contractForm: "LOV", placements: { STODBOENDE: 6 }, selected2019: { grade: "ADEQUATE" } },
  { key: "lotsen", name: "Lotsen träningsboende", ownership: "PRIVATE", contractForm: "LOU", placements: { TRANINGSLAGENHET: 6 }, selected2019: { grade: "LOW" } },
  { key: "nyasteg", name: "Nya steg boende", ownership: "PRIVATE", contractForm: "LOU", placements: { TRANINGSLAGENHET: 5 } },
  { key: "boendestod", name: "Boendestöd Sjövik (egen regi)", ownership: "MUNICIPAL", contractForm: "AGREEMENT", placements: { EGET_BOENDE: 7 } },
  { key: "klivet", name: "Klivet boendestöd", ownership: "PRIVATE", contractForm: "LOU", placements: { EGET_BOENDE: 5 } },
];

/**
 * Age bands per placement form, non-overlapping. Totals 9 / 17 / 30 / 25 = 81: the seed's
 * 16–18 band (18) overlaps 18–20 and its row sums to 82, so 16–17 holds one fewer.
 */
const AGE_BANDS_BY_FORM: Record<ServiceTypeCode, [AgeBandCode, number][]> = {
  JOURHEM: [["AGE_0_15", 5], ["AGE_16_17", 4]],
  FAMILJEHEM: [["AGE_0_15", 4], ["AGE_16_17", 6], ["AGE_18_20", 4]],
  HVB: [["AGE_16_17", 3], ["AGE_18_20", 1]],
  STODBOENDE: [["AGE_16_17", 4], ["AGE_18_20", 10], ["AGE_21_PLUS", 4]],
  TRANINGSLAGENHET: [["AGE_18_20", 12], ["AGE_21_PLUS", 12]],
  EGET_BOENDE: [["AGE_18_20", 3], ["AGE_21_PLUS", 9]],
};

/** PUT 55, TUT 20, asylsökande 4, avslag 2 = 81 (the seed's row sums to 82 with PUT 56). */
export const ASYLUM_COUNTS: Record<AsylumCode, number> = {
  PERMANENT_PERMIT: 55,
  TEMPORARY_PERMIT: 20,
  ASYLUM_SEEKER: 4,
  REJECTED: 2,
};
export const GIRLS = 13;
export const TARGET_GROUP_DATE = "2020-08-31";

export interface PlacementSeed {
  code: string;
  providerKey: string;
  serviceType: ServiceTypeCode;
  ageBand: AgeBandCode;
  gender: "GIRL" | "BOY";
  asylumStatus: AsylumCode;
  needsLevel: "STANDARD" | "EXTENSIVE";
  startsOn: string;
  endsOn: string | null;
}

/** The 81 placements current on 31 August 2020 (seed 000 tables 1 and 2). */
export function currentPlacements(): PlacementSeed[] {
  const random = seededRandom("demo-placements-2020");
  const slots: { providerKey: string; serviceType: ServiceTypeCode }[] = [];
  for (const provider of PROVIDERS) {
    for (const { code } of SERVICE_TYPES) {
      for (let i = 0; i < (provider.placements[code] ?? 0); i++) slots.push({ providerKey: provider.key, serviceType: code });
    }
  }

  // Hand out each form's age bands over its slots in a shuffled order.
  const ageBandOf = new Map<number, AgeBandCode>();
  for (const { code } of SERVICE_TYPES) {
    const indexes = shuffled(
      slots.flatMap((slot, index) => (slot.serviceType === code ? [index] : [])),
      random,
    );
    const bands = AGE_BANDS_BY_FORM[code].flatMap(([band, count]) => Array<AgeBandCode>(count).fill(band));
    if (bands.length !== indexes.length) throw new Error(`Åldersfördelningen för ${code} stämmer inte med antalet placeringar`);
    indexes.forEach((slotIndex, i) => ageBandOf.set(slotIndex, bands[i] as AgeBandCode));
  }

  const order = shuffled(slots.map((_, index) => index), random);
  const girls = new Set(order.slice(0, GIRLS));
  // Asylum seekers and rejections among the youngest, as a newly arrived group would be.
  const byAge = [...order].sort((a, b) => ageRank(ageBandOf.get(a)) - ageRank(ageBandOf.get(b)));
  const asylum = new Map<number, AsylumCode>();
  const sequence: AsylumCode[] = [
    ...Array<AsylumCode>(ASYLUM_COUNTS.ASYLUM_SEEKER).fill("ASYLUM_SEEKER"),
    ...Array<AsylumCode>(ASYLUM_COUNTS.REJECTED).fill("REJECTED"),
    ...Array<AsylumCode>(ASYLUM_COUNTS.TEMPORARY_PERMIT).fill("TEMPORARY_PERMIT"),
    ...Array<AsylumCode>(ASYLUM_COUNTS.PERMANENT_PERMIT).fill("PERMANENT_PERMIT"),
  ];
  byAge.forEach((slotIndex, i) => asylum.set(slotIndex, sequence[i] as AsylumCode));

  return slots.map((slot, index) => {
    const ageBand = ageBandOf.get(index) as AgeBandCode;
    const startYear = ageBand === "AGE_0_15" ? 2019 : 2016 + Math.floor(random() * 4);
    return {
      code: `P-${String(index + 1).padStart(4, "0")}`,
      providerKey: slot.providerKey,
      serviceType: slot.serviceType,
      ageBand,
      gender: girls.has(index) ? "GIRL" : "BOY",
      asylumStatus: asylum.get(index) as AsylumCode,
      needsLevel: ageBand === "AGE_0_15" && random() < 0.5 ? "EXTENSIVE" : random() < 0.1 ? "EXTENSIVE" : "STANDARD",
      startsOn: `${startYear}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-15`,
      endsOn: null,
    };
  });
}

function ageRank(band: AgeBandCode | undefined): number {
  return ["AGE_0_15", "AGE_16_17", "AGE_18_20", "AGE_21_PLUS"].indexOf(band ?? "AGE_21_PLUS");
}

// ─── Indicators (seed 000 table 4) ─────────────────────────────────────────

export interface IndicatorSeed {
  code: string;
  name: string;
  /** Only these age bands count; empty means all. */
  ageBands: AgeBandCode[];
  /** Share in percent per year as table 4 gives it; null = "ingen mätning"/"ingen uppgift". */
  shares: Record<number, number | null>;
}

const FROM_16: AgeBandCode[] = ["AGE_16_17", "AGE_18_20", "AGE_21_PLUS"];

export const INDICATORS: IndicatorSeed[] = [
  {
    code: "GYMNASIUM",
    name: "Andel barn/unga i yrkes- eller högskoleförberedande gymnasieprogram",
    ageBands: FROM_16,
    shares: { 2017: null, 2018: 38, 2019: 68, 2020: 78.5 },
  },
  {
    code: "EXTRAJOBB",
    name: "Andel ≥16 år som arbetar extra/feriearbetar",
    ageBands: FROM_16,
    shares: { 2017: 11, 2018: 29, 2019: 69, 2020: 52 },
  },
  {
    code: "AKTIV_FRITID",
    name: "Andel barn/unga med en aktiv fritid",
    ageBands: [],
    shares: { 2017: 92, 2018: 78, 2019: 80, 2020: 40.5 },
  },
  {
    code: "FRAMTIDSPLAN",
    name: "Andel barn/unga med en av boendet uppföljd framtidsplan",
    ageBands: [],
    shares: { 2017: null, 2018: 64, 2019: 53.3, 2020: 95 },
  },
];

/** Placements ended during each earlier year, reported on by their social secretaries. */
export const HISTORIC_POOL_SIZES: Record<number, number> = { 2017: 100, 2018: 80, 2019: 70, 2020: 40 };

/**
 * The smallest reported count n ≥ minimum, with k of them meeting the indicator, whose share
 * rounds to the table's figure. Lets one data set reproduce every share in table 4 exactly.
 */
export function fractionFor(targetPercent: number, minimum: number, maximum: number): { met: number; reported: number } {
  for (let reported = minimum; reported <= maximum; reported++) {
    const met = Math.round((targetPercent / 100) * reported);
    if (sharePercent(met, reported) === targetPercent) return { met, reported };
  }
  throw new Error(`Ingen andel ${targetPercent} % går att bilda med ${minimum}–${maximum} placeringar`);
}

// ─── Satisfaction survey (seed 000 §1.5, §2.1, §3.1) ───────────────────────

export type SurveyAgeBandCode = "AGE_16_17" | "AGE_18_19" | "AGE_20_PLUS";

export const STATEMENTS = [
  { code: "TRYGG", text: "Jag känner mig trygg i mitt boende" },
  { code: "FRITID", text: "Jag är nöjd med min fritid" },
  { code: "FRAMTID", text: "Jag ser en bra framtid framför mig" },
  { code: "SVENSKA", text: "Jag kan tala, läsa och skriva svenska tillräckligt bra för att klara min vardag" },
] as const;
export type StatementCode = (typeof STATEMENTS)[number]["code"];

export interface SurveyYearSeed {
  year: number;
  sent: number;
  answered: number;
  /** [red, yellow, green] counts per statement, chosen to give the seed's stated percentages. */
  scores: Record<StatementCode, [number, number, number]>;
  /** Respondents per placement form. */
  byServiceType: Partial<Record<ServiceTypeCode, number>>;
  girls: number;
  byAge: Record<SurveyAgeBandCode, number>;
  /** Per statement, the placement forms whose respondents answer most negatively first. */
  negativeFirst: Record<StatementCode, ServiceTypeCode[]>;
}

const NEGATIVE_FIRST_2020: Record<StatementCode, ServiceTypeCode[]> = {
  TRYGG: ["STODBOENDE", "TRANINGSLAGENHET", "FAMILJEHEM", "JOURHEM", "EGET_BOENDE"],
  FRITID: ["FAMILJEHEM", "STODBOENDE", "TRANINGSLAGENHET", "JOURHEM", "EGET_BOENDE"],
  FRAMTID: ["STODBOENDE", "TRANINGSLAGENHET", "JOURHEM", "FAMILJEHEM", "EGET_BOENDE"],
  SVENSKA: ["FAMILJEHEM", "JOURHEM", "STODBOENDE", "TRANINGSLAGENHET", "EGET_BOENDE"],
};

export const SURVEYS: SurveyYearSeed[] = [
  {
    year: 2017,
    sent: 76,
    answered: 29,
    // Trygg: red 31 %, green 21 %; fritid: red 24 %; framtid: green 69 %, red 14 %; svenska: red 3 %.
    scores: { TRYGG: [9, 14, 6], FRITID: [7, 10, 12], FRAMTID: [4, 5, 20], SVENSKA: [1, 8, 20] },
    byServiceType: { FAMILJEHEM: 9, STODBOENDE: 8, TRANINGSLAGENHET: 6, HVB: 6 },
    girls: 4,
    byAge: { AGE_16_17: 15, AGE_18_19: 10, AGE_20_PLUS: 4 },
    negativeFirst: NEGATIVE_FIRST_2020,
  },
  {
    year: 2018,
    sent: 96,
    answered: 60,
    // Trygg: red 25 %, green 60 %; framtid: green 90 %, red 0 %; svenska: red 0 %.
    scores: { TRYGG: [15, 9, 36], FRITID: [8, 14, 38], FRAMTID: [0, 6, 54], SVENSKA: [0, 12, 48] },
    byServiceType: { FAMILJEHEM: 14, STODBOENDE: 16, TRANINGSLAGENHET: 18, EGET_BOENDE: 8, HVB: 4 },
    girls: 8,
    byAge: { AGE_16_17: 20, AGE_18_19: 24, AGE_20_PLUS: 16 },
    negativeFirst: NEGATIVE_FIRST_2020,
  },
  {
    year: 2020,
    sent: 96,
    answered: 69,
    // Trygg: red 12 %; fritid: red ≈ 2018, more yellow; framtid: fewer green than 90 %, some red; svenska: some red.
    scores: { TRYGG: [8, 17, 44], FRITID: [9, 22, 38], FRAMTID: [5, 12, 52], SVENSKA: [3, 14, 52] },
    byServiceType: { JOURHEM: 3, FAMILJEHEM: 12, STODBOENDE: 18, TRANINGSLAGENHET: 22, EGET_BOENDE: 14 },
    girls: 10,
    byAge: { AGE_16_17: 16, AGE_18_19: 22, AGE_20_PLUS: 31 },
    negativeFirst: NEGATIVE_FIRST_2020,
  },
];

export interface SurveyResponseSeed {
  serviceType: ServiceTypeCode;
  gender: "GIRL" | "BOY";
  ageBand: SurveyAgeBandCode;
  scores: Record<StatementCode, number>;
}

/**
 * One survey year's respondents. Red answers lean towards the forms the seed names as most
 * negative for that statement and green towards the most positive, so the breakdowns read as in seed 000.
 */
export function surveyResponses(survey: SurveyYearSeed): SurveyResponseSeed[] {
  const random = seededRandom(`demo-survey-${survey.year}`);
  const respondents: { serviceType: ServiceTypeCode }[] = Object.entries(survey.byServiceType).flatMap(
    ([serviceType, count]) => Array.from({ length: count }, () => ({ serviceType: serviceType as ServiceTypeCode })),
  );
  if (respondents.length !== survey.answered) throw new Error(`Enkäten ${survey.year}: fördelningen ger ${respondents.length} svar`);

  const girls = new Set(shuffled(respondents.map((_, i) => i), random).slice(0, survey.girls));
  const ages: SurveyAgeBandCode[] = shuffled(
    (Object.entries(survey.byAge) as [SurveyAgeBandCode, number][]).flatMap(([band, count]) => Array<SurveyAgeBandCode>(count).fill(band)),
    random,
  );
  const scores = respondents.map(() => ({}) as Record<StatementCode, number>);
  for (const { code } of STATEMENTS) {
    const [red, yellow, green] = survey.scores[code];
    if (red + yellow + green !== survey.answered) throw new Error(`Enkäten ${survey.year}: ${code} summerar inte till antalet svar`);
    const rank = (serviceType: ServiceTypeCode) => {
      const position = survey.negativeFirst[code].indexOf(serviceType);
      return position === -1 ? survey.negativeFirst[code].length : position;
    };
    // Rank plus noise: the named forms lean negative without taking every red answer.
    const propensity = respondents.map((respondent) => rank(respondent.serviceType) + random() * 2.5);
    const order = respondents.map((_, i) => i).sort((a, b) => (propensity[a] as number) - (propensity[b] as number));
    const values = [...Array<number>(red).fill(1), ...Array<number>(yellow).fill(2), ...Array<number>(green).fill(3)];
    order.forEach((respondentIndex, i) => {
      (scores[respondentIndex] as Record<StatementCode, number>)[code] = values[i] as number;
    });
  }
  return respondents.map((respondent, i) => ({
    serviceType: respondent.serviceType,
    gender: girls.has(i) ? "GIRL" : "BOY",
    ageBand: ages[i] as SurveyAgeBandCode,
    scores: scores[i] as Record<StatementCode, number>,
  }));
}
