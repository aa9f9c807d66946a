import { describe, expect, it } from "vitest";
import { invitationIcs } from "@/lib/export/calendar";

describe("the dialogue's calendar invitation", () => {
  it("is an iCalendar REQUEST with the start and end in UTC, the meeting link and every attendee", () => {
    const ics = invitationIcs({
      uid: "0195f3c2-0000-7000-8000-000000000001",
      sequence: 0,
      startsAt: new Date("2021-09-21T08:00:00Z"),
      durationMinutes: 90,
      summary: "Kvalitetsdialog: Caleo omsorg",
      description: "Dagordning: ledningssystem; månadsrapportering.",
      meetingUrl: "https://mote.example.se/abc",
      organizer: { name: "Karin Kvalitetsutvecklare", email: "kvalitet@sjovik.demo" },
      attendees: [
        { name: "Samir Socialsekreterare", email: "socialsekreterare@sjovik.demo" },
        { name: "Cecilia Caleo", email: "utforare@caleo.demo" },
      ],
    });
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(unfolded).toContain("METHOD:REQUEST");
    expect(unfolded).toContain("UID:0195f3c2-0000-7000-8000-000000000001");
    expect(unfolded).toContain("DTSTART:20210921T080000Z");
    expect(unfolded).toContain("DTEND:20210921T093000Z");
    expect(unfolded).toContain("LOCATION:https://mote.example.se/abc");
    expect(unfolded.match(/^ATTENDEE.*$/gm)).toHaveLength(2);
    expect(unfolded).toMatch(/ATTENDEE;[^\r]*CN="Cecilia Caleo":MAILTO:utforare@caleo.demo/);
    expect(unfolded).toContain(`ORGANIZER;CN="Karin Kvalitetsutvecklare":mailto:kvalitet@sjovik.demo`);
    expect(unfolded).toContain("SUMMARY:Kvalitetsdialog: Caleo omsorg");
  });

  it("cancels with the same UID", () => {
    const ics = invitationIcs({ uid: "u1", sequence: 1, startsAt: new Date("2021-09-21T08:00:00Z"), durationMinutes: 60, summary: "x", description: "y", meetingUrl: null, organizer: { name: "K", email: "k@x.se" }, attendees: [], cancelled: true });
    expect(ics).toContain("METHOD:CANCEL");
    expect(ics).toContain("UID:u1");
    expect(ics).toContain("SEQUENCE:1");
  });
});
