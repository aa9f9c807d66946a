import type { FieldState, SaveStatus } from "./use-autosave";

const LABELS: Record<SaveStatus, string> = {
  saved: "Sparat",
  pending: "Ändrat – sparas strax",
  saving: "Sparar…",
  offline: "Inte sparat ännu",
  invalid: "Inte sparat",
  conflict: "Krock – välj svar",
};

const TONES: Record<SaveStatus, string> = {
  saved: "text-emerald-800",
  pending: "text-slate-600",
  saving: "text-slate-600",
  offline: "text-amber-800",
  invalid: "text-red-700",
  conflict: "text-red-700",
};

/** A question's save state, in words rather than colour alone. */
export function SaveStatusText({ status }: { status: SaveStatus }) {
  return <span className={`text-sm font-medium ${TONES[status]}`}>{LABELS[status]}</span>;
}

export function overallStatus(statuses: SaveStatus[]): string {
  if (statuses.some((status) => status === "conflict")) return "Ett svar krockar med en ändring gjord någon annanstans – välj vilket som ska gälla.";
  if (statuses.some((status) => status === "offline")) return "Några svar är inte sparade än: servern eller databasen svarar inte just nu. Vi försöker igen automatiskt.";
  if (statuses.some((status) => status === "invalid")) return "Några svar behöver rättas innan de kan sparas.";
  if (statuses.some((status) => status === "saving" || status === "pending")) return "Sparar…";
  return "Alla svar är sparade.";
}

/** Why a field is not saved (offline, invalid), announced; a conflict has its own notice. */
export function SaveProblem({ field, className = "" }: { field?: FieldState; className?: string }) {
  if (!field?.message || field.status === "conflict") return null;
  return (
    <p role="alert" className={`font-medium ${field.status === "invalid" ? "text-red-700" : "text-amber-800"} ${className}`}>
      {field.message}
    </p>
  );
}
