import { MATURITY_GRADE_LABELS, type MaturityGradeCode } from "@/lib/domain/labels";

const STYLES: Record<MaturityGradeCode, string> = {
  NOTABLY_MATURE: "bg-emerald-100 text-emerald-900 ring-emerald-300",
  ADEQUATE: "bg-amber-50 text-amber-900 ring-amber-300",
  LOW: "bg-red-100 text-red-900 ring-red-300",
};

export function MaturityBadge({ grade }: { grade: MaturityGradeCode | null }) {
  if (!grade) return <span className="text-slate-500">Ej fastställd</span>;
  return (
    <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ${STYLES[grade]}`}>
      {MATURITY_GRADE_LABELS[grade]}
    </span>
  );
}
