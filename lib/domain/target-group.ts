/**
 * The target-group tables of the quality report (seed 000 §1.4): the young people placed on a day
 * by gender and age band, by placement form and by asylum status. Inside the municipality the
 * counts are exact; for publishing, small groups are suppressed together across all three tables,
 * since they share one total. Plain TypeScript.
 */
import { AGE_BAND_LABELS, ASYLUM_STATUS_LABELS, GENDER_LABELS, type AgeBandCode } from "./labels";
import { breakdownProblem, cellId, columnTotalId, combineProblems, GRAND_TOTAL, rowTotalId, suppress, tableProblem } from "./suppression";

export interface TargetGroupPlacement {
  gender: keyof typeof GENDER_LABELS;
  ageBand: AgeBandCode;
  asylumStatus: keyof typeof ASYLUM_STATUS_LABELS | null;
  serviceTypeId: string;
}

/** A shown count, or why it is not shown: under the threshold, or hidden so that a small one cannot be worked out. */
export type Figure = { status: "shown"; count: number } | { status: "small" } | { status: "complement" };

export interface Group {
  key: string;
  label: string;
  count: Figure;
}

export interface TargetGroupTables {
  total: Figure;
  /** Rows per gender, columns per age band. */
  genderByAge: { columns: { key: string; label: string }[]; rows: (Group & { cells: Figure[] })[]; columnTotals: Figure[] };
  placementForms: Group[];
  asylumStatus: Group[];
}

export const NO_ASYLUM_STATUS = "NONE";
const NO_ASYLUM_STATUS_LABEL = "Uppgift saknas";
const AGE_BANDS = Object.keys(AGE_BAND_LABELS) as AgeBandCode[];
const ALWAYS_SHOWN_GENDERS = new Set(["GIRL", "BOY"]);

/**
 * The three tables for the placements current on a day. With a `threshold` small groups are
 * suppressed (for publishing); with null every count is shown (for the municipality's own staff,
 * who may read the register anyway).
 */
export function targetGroupTables(
  placements: readonly TargetGroupPlacement[],
  serviceTypes: readonly { id: string; name: string }[],
  threshold: number | null,
): TargetGroupTables {
  const count = (predicate: (placement: TargetGroupPlacement) => boolean) => placements.filter(predicate).length;
  const genders = (Object.keys(GENDER_LABELS) as TargetGroupPlacement["gender"][]).filter((gender) => ALWAYS_SHOWN_GENDERS.has(gender) || count((placement) => placement.gender === gender) > 0);
  const cells = genders.map((gender) => AGE_BANDS.map((ageBand) => count((placement) => placement.gender === gender && placement.ageBand === ageBand)));

  const forms = serviceTypes.map((type) => ({ key: `form:${type.id}`, label: type.name, value: count((placement) => placement.serviceTypeId === type.id) }));
  const statuses = [
    ...(Object.entries(ASYLUM_STATUS_LABELS) as [keyof typeof ASYLUM_STATUS_LABELS, string][]).map(([code, label]) => ({ key: `asylum:${code}`, label, value: count((placement) => placement.asylumStatus === code) })),
    { key: `asylum:${NO_ASYLUM_STATUS}`, label: NO_ASYLUM_STATUS_LABEL, value: count((placement) => placement.asylumStatus === null) },
  ].filter((status) => status.value > 0 || !status.key.endsWith(NO_ASYLUM_STATUS));

  const problem = combineProblems(
    tableProblem(cells),
    breakdownProblem(Object.fromEntries(forms.map((form) => [form.key, form.value]))),
    breakdownProblem(Object.fromEntries(statuses.map((status) => [status.key, status.value]))),
  );
  const result = threshold === null ? null : suppress(problem, threshold);
  const figure = (id: string): Figure => {
    if (result?.primary.has(id)) return { status: "small" };
    if (result?.hidden.has(id)) return { status: "complement" };
    return { status: "shown", count: problem.values[id]! };
  };

  return {
    total: figure(GRAND_TOTAL),
    genderByAge: {
      columns: AGE_BANDS.map((band) => ({ key: band, label: AGE_BAND_LABELS[band] })),
      rows: genders.map((gender, r) => ({ key: gender, label: GENDER_LABELS[gender], count: figure(rowTotalId(r)), cells: AGE_BANDS.map((_, c) => figure(cellId(r, c))) })),
      columnTotals: AGE_BANDS.map((_, c) => figure(columnTotalId(c))),
    },
    placementForms: forms.map((form) => ({ key: form.key, label: form.label, count: figure(form.key) })),
    asylumStatus: statuses.map((status) => ({ key: status.key, label: status.label, count: figure(status.key) })),
  };
}

/** How a figure reads in a table: the count, "färre än 5", or "dold". */
export function figureText(figure: Figure, threshold: number): string {
  if (figure.status === "shown") return String(figure.count);
  return figure.status === "small" ? `färre än ${threshold}` : "dold";
}

