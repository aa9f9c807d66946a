/**
 * A quality dialogue as a calendar invitation (RFC 5545), written with the maintained
 * `ical-generator` library rather than by hand: escaping, line folding and UTC times are its job.
 */
import ical, { ICalCalendarMethod } from "ical-generator";

export interface MeetingInvitation {
  /** Stable across updates, so a calendar replaces the event instead of adding a second one. */
  uid: string;
  sequence: number;
  startsAt: Date;
  durationMinutes: number;
  summary: string;
  description: string;
  meetingUrl: string | null;
  organizer: { name: string; email: string };
  attendees: { name: string; email: string }[];
  cancelled?: boolean;
}

export function invitationIcs(meeting: MeetingInvitation): string {
  const calendar = ical({
    prodId: { company: "Kvalitetsuppföljning", product: "Kvalitetsdialog", language: "SV" },
    method: meeting.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    id: meeting.uid,
    sequence: meeting.sequence,
    start: meeting.startsAt,
    end: new Date(meeting.startsAt.getTime() + meeting.durationMinutes * 60_000),
    summary: meeting.summary,
    description: meeting.meetingUrl ? `${meeting.description}\n\nAnslut: ${meeting.meetingUrl}` : meeting.description,
    location: meeting.meetingUrl ?? undefined,
    url: meeting.meetingUrl ?? undefined,
    organizer: meeting.organizer,
    attendees: meeting.attendees.map((attendee) => ({ ...attendee, rsvp: true })),
  });
  return calendar.toString();
}
