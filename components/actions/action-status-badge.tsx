import { ACTION_STATUS_LABELS, TRAFFIC_LIGHT, type ActionStatus } from "@/lib/domain/actions";

const LIGHT_CLASSES = {
  red: "bg-red-600",
  yellow: "bg-amber-400",
  green: "bg-emerald-600",
  grey: "bg-slate-400",
} as const;

/** The traffic light of an action, always with its word so colour is never the only sign. */
export function ActionStatusBadge({ status }: { status: ActionStatus }) {
  return (
    <span className="inline-flex items-center gap-1.5 whitespace-nowrap text-sm">
      <span aria-hidden="true" className={`inline-block h-3 w-3 rounded-full ${LIGHT_CLASSES[TRAFFIC_LIGHT[status]]}`} />
      {ACTION_STATUS_LABELS[status]}
    </span>
  );
}
