/**
 * The demo municipality's requirement catalogue and questionnaire, taken from seed 000:
 * the activities of §2.2 and §3.2 and the supervision checklist of the appendix.
 */

export type QualityAreaCode =
  | "SELF_DETERMINATION_INTEGRITY"
  | "HOLISTIC_COORDINATION"
  | "SAFETY_SECURITY"
  | "KNOWLEDGE_BASED"
  | "ACCESSIBILITY"
  | "EFFICIENCY";

export interface GoalAreaSeed {
  key: string;
  name: string;
  description: string;
  municipalGoal: string | null;
}

export interface RequirementSeed {
  code: string;
  goalArea: string;
  source: "LAW" | "CONTRACT" | "MUNICIPAL_GOAL";
  reference: string | null;
  title: string;
  text: string;
  qualityAreas: QualityAreaCode[];
  scale: "ACTIVITY" | "SUPERVISION";
  isCritical: boolean;
  weight: number;
}

export const GOAL_AREAS: GoalAreaSeed[] = [
  {
    key: "VG",
    name: "Värdegrund",
    description: "Verksamhetens värdegrundsarbete: bemötande, trygghet och motverkande av diskriminering.",
    municipalGoal: "Kommunens värdegrund och vision: öppenhet och mångfald",
  },
  {
    key: "ET",
    name: "Vägen mot etablering och ett självständigt liv",
    description: "Aktiviteter som främjar barnets/den unges självständighet och etablering i kommunen och Sverige.",
    municipalGoal: "Bästa utveckling för alla – egen försörjning är en vinst för alla",
  },
  {
    key: "TS",
    name: "Tillsyn",
    description: "Checklista för tillsyn enligt lag, föreskrifter och avtal.",
    municipalGoal: null,
  },
];

const activity = (
  code: string,
  goalArea: string,
  source: RequirementSeed["source"],
  reference: string | null,
  title: string,
  text: string,
  qualityAreas: QualityAreaCode[],
  extra: Partial<Pick<RequirementSeed, "isCritical" | "weight">> = {},
): RequirementSeed => ({
  code,
  goalArea,
  source,
  reference,
  title,
  text,
  qualityAreas,
  scale: "ACTIVITY",
  isCritical: extra.isCritical ?? false,
  weight: extra.weight ?? 2,
});

const supervision = (
  code: string,
  source: RequirementSeed["source"],
  reference: string | null,
  title: string,
  qualityAreas: QualityAreaCode[],
  isCritical = false,
): RequirementSeed => ({
  code,
  goalArea: "TS",
  source,
  reference,
  title,
  text: title,
  qualityAreas,
  scale: "SUPERVISION",
  isCritical,
  weight: 1,
});

export const REQUIREMENTS: RequirementSeed[] = [
  activity(
    "VG-1",
    "VG",
    "LAW",
    "SOSFS 2011:9 5 kap 3 §",
    "Synpunkter och klagomål",
    "Utföraren har rutiner för att ta emot, avhjälpa och följa upp synpunkter och klagomål, muntligt, skriftligt och anonymt, och följer upp dem systematiskt i egenkontrollen.",
    ["SELF_DETERMINATION_INTEGRITY", "SAFETY_SECURITY"],
  ),
  activity(
    "VG-2",
    "VG",
    "LAW",
    "Diskrimineringslagen 1 §",
    "Motverka diskriminering och främja enskildas lika rättigheter och möjligheter",
    "Utföraren informerar och utbildar personal, familjer och barn/unga, följer upp och rapporterar avvikelser och avhjälper händelser inom området.",
    ["SELF_DETERMINATION_INTEGRITY", "KNOWLEDGE_BASED"],
  ),
  activity(
    "ET-1",
    "ET",
    "CONTRACT",
    "Avtal 5.1",
    "Kundfokus",
    "Insatserna individanpassas efter den unges behov med framtidsplanen/vårdplanen som grund; matchning sker tillsammans med ansvarig socialsekreterare.",
    ["SELF_DETERMINATION_INTEGRITY", "HOLISTIC_COORDINATION"],
  ),
  activity(
    "ET-2",
    "ET",
    "CONTRACT",
    "Avtal 5.2",
    "Individuell framtidsplan",
    "Framtidsplanen och samarbetet med socialsekreteraren är grunden för hur insatser anpassas och levereras.",
    ["HOLISTIC_COORDINATION", "KNOWLEDGE_BASED"],
  ),
  activity(
    "ET-3",
    "ET",
    "CONTRACT",
    "Avtal 5.3",
    "Arbetsprocess med kund",
    "Utföraren har en dokumenterad process för matchning, mottagning, uppföljning och rapportering.",
    ["KNOWLEDGE_BASED", "EFFICIENCY"],
  ),
  activity(
    "ET-4",
    "ET",
    "LAW",
    "SoL 3 kap 3 §",
    "Samverkan",
    "Intern samverkan genom ärendegenomgångar och extern samverkan med socialsekreterare, skola och vård.",
    ["HOLISTIC_COORDINATION"],
  ),
  activity(
    "ET-5",
    "ET",
    "LAW",
    "SoL 1 kap 1 §",
    "Delaktighet",
    "Barn/unga och familjer är delaktiga i planering och aktiviteter; familjer ges utbildning och deltar i uppföljning.",
    ["SELF_DETERMINATION_INTEGRITY"],
  ),
  activity(
    "ET-6",
    "ET",
    "CONTRACT",
    "Avtal 6.1",
    "Säker verksamhet och arbetsmiljö",
    "Rutiner och processer för en säker verksamhet och arbetsmiljö: hot och våld, säkerhetsrutiner, riskanalyser, HLR- och brandutbildning.",
    ["SAFETY_SECURITY"],
    { weight: 3 },
  ),
  activity(
    "ET-7",
    "ET",
    "LAW",
    "SOSFS 2011:9 5 kap",
    "Hantering av avvikelser och incidenter",
    "Rutiner och systemstöd för hantering, avhjälpande, åtgärdande och uppföljning av avvikelser och incidenter, med medarbetarna involverade.",
    ["SAFETY_SECURITY", "KNOWLEDGE_BASED"],
    { isCritical: true, weight: 3 },
  ),
  activity(
    "ET-8",
    "ET",
    "CONTRACT",
    "Avtal 7.2",
    "Individuell uppföljning – månadsrapportering",
    "Månadsrapporteringen redovisar individens utveckling, eller brist på utveckling, och vad den bestått i.",
    ["HOLISTIC_COORDINATION", "EFFICIENCY"],
  ),
  activity(
    "ET-9",
    "ET",
    "MUNICIPAL_GOAL",
    "Bästa utveckling för alla",
    "Meningsfullt stöd till självständighet",
    "Stöd till den unge att hitta egen bostad och etablera sig i samhället och på arbetsmarknaden.",
    ["SELF_DETERMINATION_INTEGRITY", "EFFICIENCY"],
  ),
  activity(
    "ET-10",
    "ET",
    "LAW",
    "SoL 3 kap 3 §, SOSFS 2011:9",
    "Ledningssystem för systematiskt kvalitetsarbete",
    "Verksamheten har ett ledningssystem som säkerställer att planering, genomförande, uppföljning och förbättrande åtgärder sker systematiskt.",
    ["KNOWLEDGE_BASED", "EFFICIENCY"],
    { isCritical: true, weight: 3 },
  ),
  supervision("TS-01", "CONTRACT", "Avtal 2.1", "Registrerade som bolag", ["EFFICIENCY"]),
  supervision("TS-02", "CONTRACT", "Avtal 2.2", "Ekonomisk kapacitet, utdrag från Upplysningscentralen (UC)", ["EFFICIENCY"]),
  supervision("TS-03", "CONTRACT", "Avtal 2.3", "Ansvars- och egendomsförsäkring", ["SAFETY_SECURITY"]),
  supervision("TS-04", "LAW", "Lag (2007:171)", "Utdrag från belastningsregistret", ["SAFETY_SECURITY"], true),
  supervision("TS-05", "LAW", "SoL 7 kap 1 §", "Erforderliga tillstånd för verksamheten", ["SAFETY_SECURITY"], true),
  supervision(
    "TS-06",
    "LAW",
    "OSL, GDPR",
    "Utföraren och all personal iakttar och har rutiner för sekretess och efterlevnad av dataskyddsförordningen (GDPR)",
    ["SELF_DETERMINATION_INTEGRITY"],
  ),
  supervision("TS-07", "LAW", "SoL 14 kap 2 §", "Rutin för Lex Sarah-hantering", ["SAFETY_SECURITY"], true),
  supervision("TS-08", "LAW", "SOSFS 2011:9", "Adekvat kompetens för att utöva ledning över och utföra daglig verksamhet", ["KNOWLEDGE_BASED"]),
  supervision(
    "TS-09",
    "LAW",
    "SOSFS 2011:9 3 kap",
    "Ledningen säkerställer att omfattning, utbildning och erfarenhet finns för att statliga och kommunala mål för verksamheten nås",
    ["KNOWLEDGE_BASED"],
  ),
  supervision(
    "TS-10",
    "LAW",
    "SOSFS 2011:9 4 kap",
    "Verksamhetens personal arbetar i enlighet med processerna och rutinerna som ingår i ledningssystemet",
    ["KNOWLEDGE_BASED", "EFFICIENCY"],
  ),
  supervision(
    "TS-11",
    "LAW",
    "SOSFS 2011:9 5 kap 1 §",
    "Riskanalys tillämpas för att identifiera och undanröja händelser som kan innebära brister i verksamhetens kvalitet",
    ["SAFETY_SECURITY"],
  ),
  supervision("TS-12", "LAW", "SoL 13 kap", "Redovisning av IVO:s tillsyn", ["SAFETY_SECURITY"]),
  supervision("TS-13", "CONTRACT", "Avtal 4.4", "Tolk ombesörjs, bekostas och anlitas vid behov", ["ACCESSIBILITY"]),
  supervision(
    "TS-14",
    "LAW",
    "SoL 14 kap 1–2 §§",
    "Rutin för anmälan om och avhjälpande av missförhållanden i enlighet med SoL 14 kap 1–2 §§",
    ["SAFETY_SECURITY"],
    true,
  ),
  supervision("TS-15", "CONTRACT", "Avtal 4.6", "Rutiner för om barnet/den unge avviker", ["SAFETY_SECURITY"]),
  supervision("TS-16", "CONTRACT", "Avtal 4.7", "Hot och våld: utföraren ska tillse att det finns en plan mot hot och våld", ["SAFETY_SECURITY"]),
  supervision(
    "TS-17",
    "CONTRACT",
    "Avtal 4.8",
    "Utbildningsplan för brandutbildning finns samt att regelbunden brandsyn samt brandlarm och brandskydd bekostas",
    ["SAFETY_SECURITY"],
  ),
  supervision("TS-18", "CONTRACT", "Avtal 4.9", "Ändamålsenliga lokaler finns", ["SAFETY_SECURITY", "ACCESSIBILITY"]),
  supervision(
    "TS-19",
    "MUNICIPAL_GOAL",
    "Kommunens miljöprogram",
    "Miljöpolicy där det framgår hur miljöarbetet planeras, styrs och utvecklas för att minska negativ miljöpåverkan vid utförandet av uppdraget",
    ["EFFICIENCY"],
  ),
  supervision(
    "TS-20",
    "LAW",
    "SoL 7 kap 3 §, Arkivlagen",
    "Utföraren dokumenterar och gallrar enligt gällande lagar, förordningar och föreskrifter",
    ["SELF_DETERMINATION_INTEGRITY"],
  ),
];

export type QuestionTypeCode =
  | "STATUS"
  | "YES_NO"
  | "TEXT"
  | "NUMBER"
  | "PERCENT"
  | "DATE"
  | "SINGLE_CHOICE"
  | "MULTI_CHOICE"
  | "FILE";

export interface QuestionSeed {
  key: string;
  type: QuestionTypeCode;
  text: string;
  helpText?: string;
  isRequired?: boolean;
  options?: string[];
  requirementCodes?: string[];
  /** Shown only when the question with this key has the value given. */
  condition?: { key: string; value: string };
  /** Only in the newer questionnaire version (2020). */
  since2020?: boolean;
}

export interface SectionSeed {
  title: string;
  description: string;
  questions: QuestionSeed[];
}

const describe = (code: string, title: string, prompt: string): QuestionSeed => ({
  key: `${code.toLowerCase()}-beskrivning`,
  type: "TEXT",
  text: `${title}: ${prompt}`,
  helpText: "Beskriv processer, rutiner och hur ni följer upp dem. Ange inga personuppgifter.",
  requirementCodes: [code],
});

export const QUESTIONNAIRE: SectionSeed[] = [
  {
    title: "Om verksamheten",
    description: "Grunduppgifter om verksamheten och dess uppdrag.",
    questions: [
      {
        key: "verksamhetsform",
        type: "SINGLE_CHOICE",
        text: "Vilken driftsform har verksamheten?",
        options: ["Aktiebolag", "Ekonomisk förening", "Ideell förening/stiftelse", "Kommunal regi"],
      },
      {
        key: "placeringsformer",
        type: "MULTI_CHOICE",
        text: "Vilka placeringsformer erbjuder ni kommunen?",
        options: ["Jourhem", "Familjehem", "HVB", "Stödboende", "Träningslägenhet", "Eget boende"],
      },
      { key: "antal-placerade", type: "NUMBER", text: "Antal placerade barn/unga från kommunen just nu" },
      {
        key: "andel-personal-utbildning",
        type: "PERCENT",
        text: "Andel av personalen som har genomgått utbildning i verksamhetens värdegrund",
        since2020: true,
      },
      {
        key: "senaste-ivo-tillsyn",
        type: "DATE",
        text: "Datum för senaste tillsyn av IVO",
        helpText: "Lämna tomt om verksamheten inte har haft tillsyn.",
        isRequired: false,
      },
    ],
  },
  {
    title: "Värdegrund",
    description: "Hur verksamheten arbetar med värdegrund, synpunkter och klagomål samt mot diskriminering.",
    questions: [
      describe("VG-1", "Synpunkter och klagomål", "hur tar ni emot, åtgärdar och följer upp synpunkter och klagomål?"),
      {
        key: "vg-1-rutin-finns",
        type: "YES_NO",
        text: "Finns en skriftlig rutin för synpunkter och klagomål?",
        requirementCodes: ["VG-1"],
      },
      {
        key: "vg-1-rutin-plan",
        type: "TEXT",
        text: "När och hur kommer rutinen att tas fram?",
        condition: { key: "vg-1-rutin-finns", value: "NO" },
        requirementCodes: ["VG-1"],
      },
      describe("VG-2", "Motverka diskriminering", "hur informerar och utbildar ni personal, familjer och barn/unga?"),
      {
        key: "forbattringsomraden-vardegrund",
        type: "TEXT",
        text: "Vilka förbättringsområden ser ni själva inom värdegrundsarbetet?",
        isRequired: false,
      },
    ],
  },
  {
    title: "Vägen mot etablering och ett självständigt liv",
    description: "Aktiviteter och insatser som stöder den unges etablering och självständighet.",
    questions: [
      describe("ET-1", "Kundfokus", "hur individanpassar ni insatserna och hur sker matchningen?"),
      describe("ET-2", "Individuell framtidsplan", "hur används framtidsplanen i arbetet med den unge?"),
      describe("ET-3", "Arbetsprocess med kund", "beskriv processen för matchning, mottagning, uppföljning och rapportering."),
      describe("ET-4", "Samverkan", "hur samverkar ni internt och med socialsekreterare, skola och vård?"),
      describe("ET-5", "Delaktighet", "hur görs barn/unga och familjer delaktiga?"),
      describe("ET-6", "Säker verksamhet och arbetsmiljö", "beskriv rutiner för säkerhet, hot och våld samt arbetsmiljö."),
      describe("ET-7", "Avvikelser och incidenter", "hur hanteras, åtgärdas och följs avvikelser upp?"),
      { key: "antal-avvikelser", type: "NUMBER", text: "Antal rapporterade avvikelser under året", requirementCodes: ["ET-7"] },
      describe("ET-8", "Månadsrapportering", "vad innehåller månadsrapporten om individens utveckling?"),
      describe("ET-9", "Meningsfullt stöd till självständighet", "hur stöds den unge mot eget boende och arbete?"),
      describe("ET-10", "Ledningssystem", "hur är ledningssystemet för systematiskt kvalitetsarbete uppbyggt och hur följs det upp?"),
      {
        key: "forbattringsomraden-etablering",
        type: "TEXT",
        text: "Vilka förbättringsområden ser ni själva inom detta målområde?",
        isRequired: false,
      },
    ],
  },
  {
    title: "Tillsyn – checklista",
    description: "Svara Ja, Nej, Pågår eller Inte aktuellt och bifoga underlag där det efterfrågas.",
    questions: [
      ...REQUIREMENTS.filter((requirement) => requirement.scale === "SUPERVISION").map(
        (requirement): QuestionSeed => ({
          key: requirement.code.toLowerCase(),
          type: "STATUS",
          text: requirement.title,
          requirementCodes: [requirement.code],
        }),
      ),
      {
        key: "ts-03-forsakringsbrev",
        type: "FILE",
        text: "Bifoga försäkringsbrev för ansvars- och egendomsförsäkring",
        requirementCodes: ["TS-03"],
        isRequired: false,
      },
      {
        key: "ts-02-uc-utdrag",
        type: "FILE",
        text: "Bifoga utdrag från Upplysningscentralen (UC)",
        requirementCodes: ["TS-02"],
        isRequired: false,
        since2020: true,
      },
    ],
  },
];
