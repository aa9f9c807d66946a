import { z } from "./zod";

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const list = (value: unknown) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]);
const isoDate = (message: string) => z.string(message).regex(/^\d{4}-\d{2}-\d{2}$/, message);

/** "Namn <e-post>" or "Namn, e-post" per line: people outside the system who are invited. */
const guestLine = z.string().transform((line, ctx) => {
  const match = /^\s*(.+?)\s*(?:<\s*([^<>\s]+@[^<>\s]+)\s*>|,\s*([^,\s]+@[^,\s]+))\s*$/.exec(line);
  if (!match) {
    ctx.addIssue({ code: "custom", message: `”${line.trim()}”: skriv en gäst per rad som Namn <e-post>.` });
    return z.NEVER;
  }
  return { name: match[1]!, email: (match[2] ?? match[3]!).toLowerCase() };
});

/** A dialogue scheduled with a provider in a cycle; the local date and time are Swedish time. */
export const scheduleDialogueSchema = z.object({
  cycleId: z.uuid(),
  providerId: z.uuid("Välj utförare."),
  date: isoDate("Ange datum som ÅÅÅÅ-MM-DD."),
  time: z.string("Ange tid.").regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Ange tid som TT:MM, t.ex. 09:00."),
  durationMinutes: z.coerce.number("Ange längd i minuter.").int("Ange längd i hela minuter.").min(15, "Mötet ska vara minst 15 minuter.").max(480, "Mötet får vara högst 8 timmar."),
  meetingUrl: z.preprocess(blankToUndefined, z.url({ protocol: /^https$/, message: "Länken ska vara en https-adress, t.ex. https://mote.example.se/abc." }).max(500).optional()),
  municipalUserIds: z.preprocess(list, z.array(z.uuid())),
  guests: z.preprocess(
    (value) => (typeof value === "string" ? value.split(/\r?\n/).filter((line) => line.trim() !== "") : []),
    z.array(guestLine).max(30, "Högst 30 gäster."),
  ),
});
export type ScheduleDialogueInput = z.infer<typeof scheduleDialogueSchema>;

export const dialogueIdSchema = z.object({ dialogueId: z.uuid() });

export const agendaItemSchema = z.object({
  dialogueId: z.uuid(),
  itemId: z.preprocess(blankToUndefined, z.uuid().optional()),
  title: z.string().trim().min(3, "Skriv punkten, minst tre tecken.").max(300, "Punkten får vara högst 300 tecken."),
  notes: z.preprocess(blankToUndefined, z.string().trim().max(5000, "Anteckningarna får vara högst 5 000 tecken.").optional()),
});
export type AgendaItemInput = z.infer<typeof agendaItemSchema>;

export const agendaItemRefSchema = z.object({ dialogueId: z.uuid(), itemId: z.uuid(), direction: z.enum(["up", "down"]).optional() });

export const completeDialogueSchema = z.object({
  dialogueId: z.uuid(),
  summary: z.string().trim().min(3, "Sammanfatta mötet i några ord.").max(5000, "Sammanfattningen får vara högst 5 000 tecken."),
});
