/**
 * Action items from quality dialogues, action plans and the quality plan: their status as people
 * see it (an action past its due date that is not done is "försenad"), the traffic light, and who
 * may move an action from one status to another. Plain TypeScript.
 */

export const ACTION_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "DONE", "DELAYED"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export { ACTION_STATUS_LABELS } from "./labels";

/** What is stored: "försenad" follows from the due date, never from a choice. */
export type StoredActionStatus = Exclude<ActionStatus, "DELAYED">;


export type TrafficLight = "red" | "yellow" | "green" | "grey";

export const TRAFFIC_LIGHT: Record<ActionStatus, TrafficLight> = {
  NOT_STARTED: "grey",
  IN_PROGRESS: "yellow",
  DONE: "green",
  DELAYED: "red",
};

/** The status shown: försenad when the due date has passed and the action is not done. */
export function displayStatus(action: { status: ActionStatus; dueOn: Date | null }, today: Date): ActionStatus {
  if (action.status === "DONE") return "DONE";
  if (action.status === "DELAYED") return "DELAYED";
  return isOverdue(action, today) ? "DELAYED" : action.status;
}

/** Past its due date (the due date itself still counts as in time) and not done. */
export function isOverdue(action: { status: ActionStatus; dueOn: Date | null }, today: Date): boolean {
  if (action.status === "DONE" || !action.dueOn) return false;
  return startOfDay(action.dueOn) < startOfDay(today);
}

const startOfDay = (date: Date) => Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());

/**
 * Who is changing an action: the quality developer steers every action; the one responsible for it
 * (the provider for the provider's actions, a named municipal owner for the municipality's) reports
 * progress.
 */
export type ActionActor = "STEERING" | "OWNER";

export type TransitionCheck = { ok: true } | { ok: false; message: string };

/**
 * Whether `actor` may move an action from `from` to `to`. Owners report progress forward only
 * (ej påbörjad → pågår → klar); reopening a finished action, or moving one back, is for the
 * quality developer, with a note saying why.
 */
export function checkTransition(from: StoredActionStatus, to: StoredActionStatus, actor: ActionActor): TransitionCheck {
  if (from === to) return { ok: true };
  const order: Record<StoredActionStatus, number> = { NOT_STARTED: 0, IN_PROGRESS: 1, DONE: 2 };
  if (order[to] > order[from]) return { ok: true };
  if (actor === "STEERING") return { ok: true };
  return from === "DONE"
    ? { ok: false, message: "En klar åtgärd kan bara öppnas igen av kvalitetsutvecklaren." }
    : { ok: false, message: "Du kan bara föra åtgärden framåt: från ej påbörjad till pågår eller klar." };
}
