/**
 * Swedish names of the domain's codes. Codes are English identifiers in the database
 * (see the glossary in docs/architecture.md); people only ever see these labels.
 */

export const ROLE_LABELS = {
  ADMIN: "Administratör",
  QUALITY_DEVELOPER: "Kvalitetsutvecklare",
  SOCIAL_SECRETARY: "Socialsekreterare",
  PROVIDER: "Utförare",
  READER: "Läsare",
} as const;
export type RoleCode = keyof typeof ROLE_LABELS;

export const CONTRACT_FORM_LABELS = {
  LOU: "Ramavtal (LOU)",
  LOV: "Kundval (LOV)",
  AGREEMENT: "Överenskommelse",
  DIRECT_AWARD: "Direktupphandlad",
} as const;

export const AGE_BAND_LABELS = {
  AGE_0_15: "0–15 år",
  AGE_16_17: "16–17 år",
  AGE_18_20: "18–20 år",
  AGE_21_PLUS: "> 20 år",
} as const;
export type AgeBandCode = keyof typeof AGE_BAND_LABELS;

export const GENDER_LABELS = { GIRL: "Flicka", BOY: "Pojke", OTHER: "Annat" } as const;

export const SURVEY_AGE_BAND_LABELS = { UNDER_16: "Under 16 år", AGE_16_17: "16–17 år", AGE_18_19: "18–19 år", AGE_20_PLUS: "20 år och äldre" } as const;

export const DEVIATION_KIND_LABELS = {
  DEVIATION: "Avvikelse",
  COMPLAINT: "Klagomål",
  LEX_SARAH_REPORT: "Lex Sarah-rapport",
  LEX_SARAH_INVESTIGATION: "Lex Sarah-utredning",
  IVO_DECISION: "IVO-beslut",
  IVO_INSPECTION: "IVO-tillsyn",
} as const;
export type DeviationKindCode = keyof typeof DEVIATION_KIND_LABELS;

export const NEEDS_LEVEL_LABELS = { STANDARD: "Ordinära", EXTENSIVE: "Mer omfattande" } as const;

export const ASYLUM_STATUS_LABELS = {
  PERMANENT_PERMIT: "PUT",
  TEMPORARY_PERMIT: "TUT",
  ASYLUM_SEEKER: "Asylsökande",
  REJECTED: "Avslag",
} as const;

export const REQUIREMENT_SOURCE_LABELS = {
  LAW: "Lag/föreskrift",
  CONTRACT: "Avtalskrav",
  MUNICIPAL_GOAL: "Kommunalt mål",
} as const;

export const QUALITY_AREA_LABELS = {
  SELF_DETERMINATION_INTEGRITY: "Självbestämmande och integritet",
  HOLISTIC_COORDINATION: "Helhetssyn och samordning",
  SAFETY_SECURITY: "Trygghet och säkerhet",
  KNOWLEDGE_BASED: "Kunskapsbaserad verksamhet",
  ACCESSIBILITY: "Tillgänglighet",
  EFFICIENCY: "Effektivitet",
} as const;

export const CYCLE_STATUS_LABELS = {
  PLANNING: "Planeras",
  OPEN: "Öppen för egenrapportering",
  REVIEW: "Bedömning pågår",
  CLOSED: "Avslutad",
} as const;

export const SELECTION_REASON_LABELS = {
  RISK_SIGNALS: "Risksignaler (avvikelser, klagomål, IVO)",
  LARGE_SHARE: "Stor andel av placeringarna",
  YOUNG_CHILDREN: "Yngre barn (under 15 år)",
  EXTENSIVE_NEEDS: "Barn med mer omfattande behov",
  RANDOM: "Slumpmässigt urval",
  COVERAGE: "Täcker avtals- eller placeringsform",
  MANUAL: "Valt av kvalitetsutvecklare",
} as const;

export const SELF_ASSESSMENT_STATUS_LABELS = {
  NOT_STARTED: "Ej påbörjad",
  DRAFT: "Pågår",
  SUBMITTED: "Inskickad",
  REOPENED: "Återöppnad",
  LOCKED: "Låst",
} as const;

export const REVIEW_STATUS_LABELS = {
  NOT_STARTED: "Ej påbörjad",
  IN_PROGRESS: "Pågår",
  FINALISED: "Fastställd",
} as const;

export const ASSESSMENT_OUTCOME_LABELS = {
  ACHIEVED: "Uppnått",
  PARTIALLY_ACHIEVED: "Delvis uppnått",
  NOT_ACHIEVED: "Ej uppnått",
} as const;

export const SUPERVISION_ANSWER_LABELS = {
  YES: "Ja",
  NO: "Nej",
  IN_PROGRESS: "Pågår",
  NOT_APPLICABLE: "Inte aktuellt",
} as const;

export const MATURITY_GRADE_LABELS = {
  NOTABLY_MATURE: "Särskilt kvalitetsmogen",
  ADEQUATE: "Fullgod kvalitetsmognad med visst utvecklingsbehov",
  LOW: "Lägre kvalitetsmognad",
} as const;
export type MaturityGradeCode = keyof typeof MATURITY_GRADE_LABELS;

export const ACTION_STATUS_LABELS = {
  NOT_STARTED: "Ej påbörjad",
  IN_PROGRESS: "Pågår",
  DONE: "Klar",
  DELAYED: "Försenad",
} as const;
