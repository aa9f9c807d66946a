/**
 * The activity follow-up report in the shape of seed 001: the providers' questionnaire response
 * rates per service area, and Lex Sarah investigations and complaints as "5 av 96 verksamheter
 * (5 %)". A second template on the same document model, to show the model is not one document.
 * Plain TypeScript.
 */
import { sharePercent } from "@/lib/domain/share";
import { percentText, type ReportDocument } from "./document";
import type { NarrativeInput } from "./annual";

export interface ActivityReportInput {
  tenantName: string;
  title: string;
  year: number;
  /** Per service area (one cycle each): providers asked to self-report and those who did. */
  responseRates: { serviceArea: string; asked: number; answered: number }[];
  /** The providers followed up during the year, and how many of them registered each kind. */
  providersFollowedUp: number;
  deviations: { kind: "LEX_SARAH_INVESTIGATION" | "COMPLAINT" | "LEX_SARAH_REPORT" | "DEVIATION"; label: string; providers: number; total: number }[];
}

/** The activity report's narrative sections by key. */
export const ACTIVITY_NARRATIVE_TITLES: Record<string, string> = { sammanfattning: "Sammanfattning", avvikelser: "Kommentar" };

/** "5 av 96 verksamheter (5 %)", as seed 001 writes it. */
export function partOfProviders(part: number, whole: number): string {
  return `${part} av ${whole} verksamheter (${whole > 0 ? `${Math.round((part / whole) * 100)} %` : "–"})`;
}

export function buildActivityReport(input: ActivityReportInput, texts: Record<string, NarrativeInput>): ReportDocument {
  const asked = input.responseRates.reduce((sum, row) => sum + row.asked, 0);
  const answered = input.responseRates.reduce((sum, row) => sum + row.answered, 0);
  const lexSarah = input.deviations.find((row) => row.kind === "LEX_SARAH_INVESTIGATION");
  const complaints = input.deviations.find((row) => row.kind === "COMPLAINT");
  const text = (key: string, title: string, suggestion: string) => ({ kind: "narrative" as const, key, title, body: texts[key]?.body ?? "", suggestion, edited: texts[key]?.edited ?? false });
  return {
    template: "ACTIVITY_REPORT",
    title: input.title,
    subtitle: `${input.tenantName} · verksamhetsuppföljning ${input.year}`,
    year: input.year,
    sections: [
      {
        key: "sammanfattning",
        title: "Sammanfattning",
        blocks: [
          text(
            "sammanfattning",
            ACTIVITY_NARRATIVE_TITLES.sammanfattning!,
            `${input.tenantName} har under ${input.year} följt upp ${input.providersFollowedUp} verksamheter. Uppföljningen visar att verksamheterna överlag har godtagbar kvalitet för att uppnå kraven i avtal och lagstiftning.`,
          ),
        ],
      },
      {
        key: "inrapporterad-kvalitet",
        title: "Inrapporterad kvalitet",
        blocks: [
          { kind: "fact", text: `${answered} av ${asked} tillfrågade utförare besvarade webbenkäten (${percentText(sharePercent(answered, asked))}).` },
          {
            kind: "table",
            id: "svarsfrekvens",
            caption: `Svarsfrekvens per område ${input.year}`,
            columns: ["Område", "Tillfrågade", "Besvarade", "Svarsfrekvens"],
            rows: input.responseRates.map((row) => [row.serviceArea, String(row.asked), String(row.answered), percentText(sharePercent(row.answered, row.asked))]),
          },
        ],
      },
      {
        key: "avvikelser",
        title: "Avvikelser, lex Sarah och klagomål",
        blocks: [
          { kind: "fact", text: `${partOfProviders(lexSarah?.providers ?? 0, input.providersFollowedUp)} har utfört lex Sarah-utredningar under ${input.year}, sammanlagt ${lexSarah?.total ?? 0}.` },
          { kind: "fact", text: `${partOfProviders(complaints?.providers ?? 0, input.providersFollowedUp)} har registrerat synpunkter och klagomål, sammanlagt ${complaints?.total ?? 0}.` },
          {
            kind: "table",
            id: "avvikelser",
            caption: `Registrerat i avvikelseregistret ${input.year}`,
            columns: ["Slag", "Verksamheter", "Andel av verksamheterna", "Antal"],
            rows: input.deviations.map((row) => [row.label, String(row.providers), percentText(sharePercent(row.providers, input.providersFollowedUp)), String(row.total)]),
          },
          text("avvikelser", ACTIVITY_NARRATIVE_TITLES.avvikelser!, "Verksamheterna behöver stärka systematiken kring lex Sarah och synpunkts- och klagomålshantering."),
        ],
      },
    ],
  };
}
