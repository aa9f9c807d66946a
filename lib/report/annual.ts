/**
 * The annual quality report in the structure of seed 000: introduction and legal basis, the
 * selection, the target group, the satisfaction survey, one section per goal area with its
 * activities, the indicators, the summary judgement by maturity grade, and the supervision
 * checklist as an appendix. Every number comes from the input; the narrative sections start from a
 * suggestion the data supports. Plain TypeScript, deterministic for the same input.
 */
import { ASSESSMENT_OUTCOME_LABELS, MATURITY_GRADE_LABELS, SUPERVISION_ANSWER_LABELS, type MaturityGradeCode } from "@/lib/domain/labels";
import type { IndicatorRow } from "@/lib/domain/indicators";
import type { SurveyResult } from "@/lib/domain/survey-results";
import { figureText, type Figure, type TargetGroupTables } from "@/lib/domain/target-group";
import { percentText, type Block, type ReportDocument, type ReportSection } from "./document";

export interface NarrativeInput {
  body: string;
  edited: boolean;
}

export interface AnnualReportInput {
  tenantName: string;
  title: string;
  cycle: { name: string; year: number; serviceArea: string };
  previousYear: number | null;
  selection: {
    providersInTenant: number;
    /** Share of the tenant's current placements at the selected providers. */
    shareOfPlacements: number | null;
    selected: { name: string; placementForms: string[]; reasons: string[] }[];
  };
  targetGroup: { day: string; tables: TargetGroupTables; threshold: number };
  survey: {
    name: string;
    year: number;
    result: SurveyResult;
    statements: { id: string; text: string }[];
    byYear: { year: number; result: SurveyResult }[];
  } | null;
  goalAreas: {
    name: string;
    municipalGoal: string | null;
    activities: { code: string; title: string; achieved: number; partly: number; notAchieved: number; motivations: string[] }[];
  }[];
  indicators: { years: number[]; rows: IndicatorRow[] };
  grades: { provider: string; grade: MaturityGradeCode; previous: MaturityGradeCode | null }[];
  supervision: { code: string; title: string; counts: Record<keyof typeof SUPERVISION_ANSWER_LABELS, number>; comments: string[] }[];
}

/** The annual report's narrative sections by key; each goal area adds "mal-<n>". */
export const ANNUAL_NARRATIVE_TITLES = { inledning: "Inledning", lagrum: "Lagrum och styrdokument", urval: "Om urvalet", nojdhet: "Kommentar", sammanfattning: "Sammanfattning" } as const;
const GOAL_AREA_NARRATIVE_TITLE = "Bedömning av måluppfyllelsen";

/** The title of a narrative key in the annual report, or null when the template has no such section. */
export function annualNarrativeTitle(key: string): string | null {
  if (key in ANNUAL_NARRATIVE_TITLES) return ANNUAL_NARRATIVE_TITLES[key as keyof typeof ANNUAL_NARRATIVE_TITLES];
  return /^mal-\d{1,2}$/.test(key) ? GOAL_AREA_NARRATIVE_TITLE : null;
}

const narrative = (key: string, title: string, suggestion: string, texts: Record<string, NarrativeInput>): Block => {
  const saved = texts[key];
  return { kind: "narrative", key, title, body: saved?.body ?? "", suggestion, edited: saved?.edited ?? false };
};

const GRADE_ORDER: MaturityGradeCode[] = ["NOTABLY_MATURE", "ADEQUATE", "LOW"];
const listed = (names: string[]) => (names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} och ${names.at(-1)}`);

/** The aggregate judgement of an activity over the providers: Uppnått only if all achieved it. */
export function activityOutcome(activity: { achieved: number; partly: number; notAchieved: number }): keyof typeof ASSESSMENT_OUTCOME_LABELS | null {
  const total = activity.achieved + activity.partly + activity.notAchieved;
  if (total === 0) return null;
  if (activity.achieved === total) return "ACHIEVED";
  if (activity.achieved === 0 && activity.partly === 0) return "NOT_ACHIEVED";
  return "PARTIALLY_ACHIEVED";
}

function figureCell(figure: Figure, threshold: number): string {
  return figureText(figure, threshold);
}

function targetGroupBlocks(input: AnnualReportInput["targetGroup"]): Block[] {
  const { tables, threshold } = input;
  const total = figureCell(tables.total, threshold);
  const girls = tables.genderByAge.rows.find((row) => row.key === "GIRL");
  return [
    { kind: "fact", text: `Den ${input.day} var ${total} unga placerade${girls && girls.count.status === "shown" ? `, varav ${girls.count.count} flickor` : ""}.` },
    {
      kind: "table",
      id: "malgrupp-kon-alder",
      caption: "Placerade unga per kön och ålder",
      columns: ["Kön", ...tables.genderByAge.columns.map((column) => column.label), "Totalt"],
      rows: [
        ...tables.genderByAge.rows.map((row) => [row.label, ...row.cells.map((cell) => figureCell(cell, threshold)), figureCell(row.count, threshold)]),
        ["Totalt", ...tables.genderByAge.columnTotals.map((cell) => figureCell(cell, threshold)), total],
      ],
    },
    {
      kind: "table",
      id: "malgrupp-placeringsform",
      caption: "Placerade unga per placeringsform",
      columns: ["Placeringsform", "Antal"],
      rows: [...tables.placementForms.map((group) => [group.label, figureCell(group.count, threshold)]), ["Totalt", total]],
    },
    {
      kind: "table",
      id: "malgrupp-asylstatus",
      caption: "Placerade unga per asylstatus",
      columns: ["Status", "Antal"],
      rows: [...tables.asylumStatus.map((group) => [group.label, figureCell(group.count, threshold)]), ["Totalt", total]],
    },
  ];
}

function surveyBlocks(survey: NonNullable<AnnualReportInput["survey"]>): Block[] {
  const { result } = survey;
  const blocks: Block[] = [
    {
      kind: "fact",
      text:
        result.respondents === null
          ? `${survey.name}: för få svar för att redovisa.`
          : `${survey.name}: ${result.respondents} av ${result.sent} svarade (${percentText(result.responseRate)}).`,
    },
  ];
  for (const statement of survey.statements) {
    const years = survey.byYear.filter((entry) => entry.result.overall?.[statement.id]?.answered);
    blocks.push({
      kind: "chart",
      id: `nojdhet-${statement.id}`,
      caption: `”${statement.text}”, alla svarande per år`,
      chart: {
        type: "stackedPercent",
        categories: years.map((entry) => String(entry.year)),
        series: [
          { name: "Röd (1)", color: "#dc2626", values: years.map((entry) => entry.result.overall?.[statement.id]?.red ?? null) },
          { name: "Gul (2)", color: "#f59e0b", values: years.map((entry) => entry.result.overall?.[statement.id]?.yellow ?? null) },
          { name: "Grön (3)", color: "#16a34a", values: years.map((entry) => entry.result.overall?.[statement.id]?.green ?? null) },
        ],
      },
      summary: years
        .map((entry) => {
          const distribution = entry.result.overall![statement.id]!;
          return `${entry.year}: röd ${percentText(distribution.red)}, gul ${percentText(distribution.yellow)}, grön ${percentText(distribution.green)}`;
        })
        .join("; "),
    });
    blocks.push({
      kind: "table",
      id: `nojdhet-form-${statement.id}`,
      caption: `”${statement.text}” ${survey.year} per placeringsform`,
      columns: ["Placeringsform", "Svar", "Röd", "Gul", "Grön"],
      rows: result.groups
        .filter((group) => group.respondents !== 0)
        .map((group) => {
          const distribution = group.statements?.[statement.id];
          if (group.respondents === null) return [group.label, group.hiddenBecause === "small" ? "för få svar" : "dold", "", "", ""];
          if (!distribution?.answered) return [group.label, "inga svar", "", "", ""];
          return [group.label, String(distribution.answered), percentText(distribution.red), percentText(distribution.yellow), percentText(distribution.green)];
        }),
    });
  }
  return blocks;
}

function goalAreaSection(area: AnnualReportInput["goalAreas"][number], index: number, texts: Record<string, NarrativeInput>): ReportSection {
  const outcomes = area.activities.map(activityOutcome);
  const achieved = outcomes.filter((outcome) => outcome === "ACHIEVED").length;
  const judged = outcomes.filter((outcome) => outcome !== null).length;
  const fulfilment = judged === 0 ? "inte bedömt" : achieved === judged ? "uppnått" : achieved === 0 ? "inte uppnått" : "delvis uppnått";
  const shortfalls = area.activities.filter((_, position) => outcomes[position] && outcomes[position] !== "ACHIEVED").map((activity) => activity.title.toLowerCase());
  return {
    key: `mal-${index + 1}`,
    title: `Målområde: ${area.name}`,
    blocks: [
      ...(area.municipalGoal ? [{ kind: "fact" as const, text: `Kommunens mål: ${area.municipalGoal}.` }] : []),
      {
        kind: "table",
        id: `mal-${index + 1}-aktiviteter`,
        caption: `Aktiviteter och bedömning: ${area.name}`,
        columns: ["Aktivitet", "Bedömning", "Motivering"],
        rows: area.activities.map((activity, position) => {
          const outcome = outcomes[position];
          const total = activity.achieved + activity.partly + activity.notAchieved;
          const motivation = [total ? `${activity.achieved} av ${total} utförare har uppnått aktiviteten.` : "Inte bedömd.", ...activity.motivations].join(" ");
          return [`${activity.code} ${activity.title}`, outcome ? ASSESSMENT_OUTCOME_LABELS[outcome] : "–", motivation];
        }),
      },
      { kind: "fact", text: `Måluppfyllelse: målet är ${fulfilment} (${achieved} av ${judged} aktiviteter uppnådda av samtliga utförare).` },
      narrative(
        `mal-${index + 1}`,
        GOAL_AREA_NARRATIVE_TITLE,
        shortfalls.length
          ? `Utförarna arbetar i huvudsak enligt kraven inom målområdet. Utvecklingsområden är ${listed(shortfalls)}.`
          : "Samtliga utförare bedöms uppfylla aktiviteterna inom målområdet.",
        texts,
      ),
    ],
  };
}

function summarySection(input: AnnualReportInput, texts: Record<string, NarrativeInput>): ReportSection {
  const byGrade = GRADE_ORDER.map((grade) => ({ grade, providers: input.grades.filter((row) => row.grade === grade).map((row) => row.provider).sort((a, b) => a.localeCompare(b, "sv")) }));
  const changed = input.grades.filter((row) => row.previous && row.previous !== row.grade);
  const mature = byGrade[0]!.providers;
  const low = byGrade[2]!.providers;
  const suggestion = [
    `Av de ${input.grades.length} uppföljda utförarna bedöms ${mature.length} ha särskilt god kvalitetsmognad, ${byGrade[1]!.providers.length} fullgod kvalitetsmognad med visst utvecklingsbehov och ${low.length} lägre kvalitetsmognad.`,
    mature.length ? `${listed(mature)} utmärker sig som särskilt kvalitetsmogna.` : "",
    low.length ? `${listed(low)} behöver utveckla sitt kvalitetsarbete och följs upp med en åtgärdsplan.` : "",
    changed.length && input.previousYear ? `Jämfört med ${input.previousYear} har ${changed.length} ${changed.length === 1 ? "utförare" : "utförare"} ändrat kvalitetsmognad.` : "",
  ]
    .filter(Boolean)
    .join(" ");
  return {
    key: "sammanfattning",
    title: "Sammanfattande bedömning",
    blocks: [
      {
        kind: "table",
        id: "sammanfattning-mognad",
        caption: `Utförarna per kvalitetsmognad ${input.cycle.year}`,
        columns: ["Kvalitetsmognad", "Antal", "Utförare"],
        rows: byGrade.map((row) => [MATURITY_GRADE_LABELS[row.grade], String(row.providers.length), row.providers.join(", ") || "–"]),
      },
      ...(input.previousYear
        ? [
            {
              kind: "table" as const,
              id: "sammanfattning-forandring",
              caption: `Förändring sedan ${input.previousYear}`,
              columns: ["Utförare", String(input.previousYear), String(input.cycle.year)],
              rows: input.grades
                .filter((row) => row.previous)
                .sort((a, b) => a.provider.localeCompare(b.provider, "sv"))
                .map((row) => [row.provider, MATURITY_GRADE_LABELS[row.previous!], MATURITY_GRADE_LABELS[row.grade]]),
              note: "Utförare som inte följdes upp förra året saknas i tabellen.",
            },
          ]
        : []),
      narrative("sammanfattning", ANNUAL_NARRATIVE_TITLES.sammanfattning, suggestion, texts),
    ],
  };
}

export function buildAnnualReport(input: AnnualReportInput, texts: Record<string, NarrativeInput>): ReportDocument {
  const { cycle, selection } = input;
  const sections: ReportSection[] = [
    {
      key: "inledning",
      title: "Inledning",
      blocks: [
        narrative("inledning", ANNUAL_NARRATIVE_TITLES.inledning, `${input.tenantName} följer varje år upp kvaliteten hos de utförare som ger ${cycle.serviceArea.toLowerCase()}. Rapporten redovisar uppföljningen ${cycle.year}: urvalet, målgruppen, de ungas nöjdhet, bedömningen per målområde, indikatorerna och en sammanfattande bedömning av varje utförares kvalitetsmognad.`, texts),
        narrative(
          "lagrum",
          ANNUAL_NARRATIVE_TITLES.lagrum,
          "Uppföljningen utgår från socialtjänstlagen (SoL 3 kap. 3 §: insatser ska vara av god kvalitet), Socialstyrelsens föreskrifter och allmänna råd om ledningssystem för systematiskt kvalitetsarbete (SOSFS 2011:9), kommunens avtal med utförarna och kommunens mål för verksamheten.",
          texts,
        ),
      ],
    },
    {
      key: "urval",
      title: "Urval",
      blocks: [
        {
          kind: "fact",
          text: `${selection.selected.length} av kommunens ${selection.providersInTenant} utförare följdes upp${selection.shareOfPlacements === null ? "" : `; hos dem bodde ${percentText(selection.shareOfPlacements)} av de placerade unga`}.`,
        },
        {
          kind: "table",
          id: "urval-utforare",
          caption: "Uppföljda utförare",
          columns: ["Utförare", "Placeringsformer", "Skäl för urval"],
          rows: selection.selected.map((provider) => [provider.name, provider.placementForms.join(", ") || "–", provider.reasons.join("; ") || "–"]),
        },
        narrative("urval", ANNUAL_NARRATIVE_TITLES.urval, "Urvalet bygger på risksignaler (avvikelser, klagomål och beslut från IVO), utförarens andel av placeringarna, placeringar av yngre barn och av barn med mer omfattande behov, samt att alla avtal och placeringsformer ska vara representerade. Några utförare lottas in så att alla kan komma i fråga.", texts),
      ],
    },
    { key: "malgrupp", title: "Målgrupp", blocks: targetGroupBlocks(input.targetGroup) },
    {
      key: "nojdhet",
      title: "De ungas nöjdhet",
      blocks: input.survey
        ? [...surveyBlocks(input.survey), narrative("nojdhet", ANNUAL_NARRATIVE_TITLES.nojdhet, "De flesta unga är nöjda med sitt boende. Resultaten per placeringsform visar var kommunen och utförarna behöver fördjupa dialogen med de unga.", texts)]
        : [{ kind: "fact", text: "Ingen nöjdhetsenkät genomfördes under året." }],
    },
    ...input.goalAreas.map((area, index) => goalAreaSection(area, index, texts)),
    {
      key: "indikatorer",
      title: "Indikatorer",
      blocks: input.indicators.rows.length
        ? [
            {
              kind: "table",
              id: "indikatorer",
              caption: `Indikatorer ${input.indicators.years[0]}–${input.indicators.years.at(-1)}`,
              columns: ["Indikator", ...input.indicators.years.map(String)],
              rows: input.indicators.rows.map((row) => [row.name, ...row.cells.map((cell) => (cell.status === "measured" ? percentText(cell.share) : cell.status === "none" ? "ingen mätning" : "för få svar"))]),
            },
            {
              kind: "chart",
              id: "indikatorer-diagram",
              caption: "Indikatorerna över tid",
              chart: { type: "line", unit: " %", categories: input.indicators.years.map(String), series: input.indicators.rows.map((row) => ({ name: row.name, values: row.cells.map((cell) => (cell.status === "measured" ? cell.share : null)) })) },
              summary: input.indicators.rows.map((row) => `${row.name}: ${row.cells.map((cell) => `${cell.year} ${cell.status === "measured" ? percentText(cell.share) : "ingen mätning"}`).join(", ")}`).join(". "),
            },
          ]
        : [{ kind: "fact", text: "Inga indikatorer är rapporterade." }],
    },
    summarySection(input, texts),
    {
      key: "bilaga",
      title: "Bilaga: tillsynspunkter",
      blocks: [
        {
          kind: "table",
          id: "bilaga-tillsyn",
          caption: "Tillsynspunkter: antal utförare per svar",
          columns: ["Punkt", ...Object.values(SUPERVISION_ANSWER_LABELS), "Kommentarer"],
          rows: input.supervision.map((item) => [`${item.code} ${item.title}`, ...(Object.keys(SUPERVISION_ANSWER_LABELS) as (keyof typeof SUPERVISION_ANSWER_LABELS)[]).map((answer) => String(item.counts[answer])), item.comments.join(" ")]),
        },
      ],
    },
  ];
  return { template: "ANNUAL_QUALITY_REPORT", title: input.title, subtitle: `${input.tenantName} · ${cycle.name}`, year: cycle.year, sections };
}
