import { describe, expect, it } from "vitest";
import { describeAuditRow, type AuditRow } from "@/lib/audit/sentence";
import { vocabulary } from "@/lib/audit/vocabulary";
import { heldAt, meetingAudit, meetingNamed } from "./audit";

const slug = "derbyshire";
const row = (entityType: string, action: string, before: unknown, after: unknown, entityId = "m1"): AuditRow => ({
  actorName: "Avery Lund (SEND Partnership Business Manager)",
  entityType,
  entityId,
  action,
  before: before ?? null,
  after: after ?? null,
});
/** What the actor did: the sentence without their name and its closing full stop. */
const said = (read: { sentence: string }) => read.sentence.replace("Avery Lund (SEND Partnership Business Manager) ", "").replace(/\.$/, "");

const meeting = { id: "m1", title: "Partnership Board", date: new Date("2026-10-01T10:00:00.000Z") };
// As stored: what heldAt and meetingNamed write, once through JSON.
const at = { meetingId: "m1", meeting: "Partnership Board", meetingDay: "2026-10-01" };
const named = { title: "Partnership Board", day: "2026-10-01" };
const item = { title: "Risk register", presenter: null, durationMinutes: 15, notes: null };
const entry = { title: "Agree the trajectory", description: null, ownerName: null, ownerRole: "Head of SEND", dueDate: "2027-01-31", actionId: null, priorityAreaId: null };

describe("the meetings audit vocabulary", () => {
  it("is in the closed vocabulary", () => {
    for (const kind of Object.keys(meetingAudit)) expect(vocabulary).toHaveProperty(kind);
  });

  it.each([
    [
      "Board",
      "create",
      null,
      { name: "Delivery Board", parentBoardId: "b1", areas: ["APA1", "APA2"] },
      "set up the board “Delivery Board”, overseeing APA1, APA2",
      "/p/derbyshire/meetings/boards",
    ],
    [
      "Board",
      "update",
      { name: "Board", parentBoardId: null, areaIds: [] },
      { name: "Partnership Board", parentBoardId: null, areas: [] },
      "edited the board “Partnership Board” (was “Board”), overseeing all priority areas",
      "/p/derbyshire/meetings/boards",
    ],
    [
      "Meeting",
      "create",
      null,
      { board: "Partnership Board", title: "Partnership Board", date: "2026-10-01T10:00:00.000Z", invited: 1, standingItems: true },
      "scheduled the meeting “Partnership Board” of Partnership Board for 1 October 2026, 10:00, inviting 1 person",
      "/p/derbyshire/meetings/m1",
    ],
    [
      "Meeting",
      "update",
      { title: "Board", date: "2026-10-01T10:00:00.000Z" },
      { title: "Partnership Board", date: "2026-10-08T14:00:00.000Z" },
      "changed the meeting “Board” of 1 October 2026, 10:00 to “Partnership Board”, now 8 October 2026, 14:00",
      "/p/derbyshire/meetings/m1",
    ],
    [
      "Meeting",
      "open",
      { state: "DRAFT" },
      { state: "OPEN", reason: null, at: "2026-09-20T09:00:00.000Z", ...named },
      "issued the agenda of the meeting “Partnership Board” of 1 October 2026",
      "/p/derbyshire/meetings/m1",
    ],
    [
      "Meeting",
      "start",
      { state: "OPEN" },
      { state: "IN_PROGRESS", reason: null, at: "2026-10-01T10:00:00.000Z", ...named },
      "started the meeting “Partnership Board” of 1 October 2026",
      "/p/derbyshire/meetings/m1",
    ],
    [
      "Meeting",
      "close",
      { state: "IN_PROGRESS" },
      { state: "CLOSED", reason: null, at: "2026-10-01T12:00:00.000Z", ...named },
      "closed the meeting “Partnership Board” of 1 October 2026",
      "/p/derbyshire/meetings/m1",
    ],
    [
      "Meeting",
      "reopen",
      { state: "CLOSED" },
      { state: "IN_PROGRESS", reason: "Apologies were missed.", at: "2026-10-02T09:00:00.000Z", ...named },
      "re-opened the meeting “Partnership Board” of 1 October 2026: “Apologies were missed.”",
      "/p/derbyshire/meetings/m1",
    ],
    [
      "Meeting",
      "cancel",
      { state: "OPEN" },
      { state: "CANCELLED", reason: "No quorum.", at: "2026-09-30T09:00:00.000Z", ...named },
      "cancelled the meeting “Partnership Board” of 1 October 2026: “No quorum.”",
      "/p/derbyshire/meetings/m1",
    ],
    [
      "Meeting",
      "attendance",
      null,
      { ...named, statuses: { a1: "PRESENT", a2: "APOLOGIES" } },
      "marked the attendance at the meeting “Partnership Board” of 1 October 2026 (2 changes)",
      "/p/derbyshire/meetings/m1",
    ],
    [
      "Meeting",
      "minutes",
      { minutes: null },
      { minutes: "Draft.", revisionId: "r1", ...named },
      "wrote the draft minutes of the meeting “Partnership Board” of 1 October 2026",
      "/p/derbyshire/meetings/m1",
    ],
    [
      "Meeting",
      "minutes",
      { minutes: "Draft." },
      { minutes: "Draft, revised.", revisionId: "r2", ...named },
      "revised the draft minutes of the meeting “Partnership Board” of 1 October 2026",
      "/p/derbyshire/meetings/m1",
    ],
    [
      "Meeting",
      "approve-minutes",
      null,
      { approvedAt: "m2", approvedAtTitle: "Partnership Board, November", ...named },
      "approved the minutes of the meeting “Partnership Board” of 1 October 2026 at the meeting “Partnership Board, November”",
      "/p/derbyshire/meetings/m1",
    ],
    [
      "Meeting",
      "publish",
      { published: false },
      { published: true, ...named },
      "published the minutes of the meeting “Partnership Board” of 1 October 2026",
      "/p/derbyshire/meetings/m1",
    ],
    [
      "Meeting",
      "unpublish",
      { published: true },
      { published: false, ...named },
      "withdrew the minutes of the meeting “Partnership Board” of 1 October 2026 from publication",
      "/p/derbyshire/meetings/m1",
    ],
    [
      "MeetingAttendee",
      "create",
      null,
      { ...at, name: "Dana Okafor", kind: "ADVISER", status: "INVITED" },
      "added “Dana Okafor” to the attendance of the meeting “Partnership Board” of 1 October 2026: Adviser (DfE / NHS England, not a member), invited",
      "/p/derbyshire/meetings/m1",
    ],
    [
      "MeetingAttendee",
      "delete",
      { ...at, name: "Dana Okafor" },
      null,
      "removed “Dana Okafor” from the attendance of the meeting “Partnership Board” of 1 October 2026",
      "/p/derbyshire/meetings/m1",
    ],
    [
      "MeetingAgendaItem",
      "create",
      null,
      { ...at, ...item },
      "added “Risk register” to the agenda of the meeting “Partnership Board” of 1 October 2026",
      "/p/derbyshire/meetings/m1",
    ],
    [
      "MeetingAgendaItem",
      "update",
      { title: "Risks", notes: null },
      { ...at, ...item, notes: "Two risks escalated." },
      "edited the agenda item “Risk register” (was “Risks”) of the meeting “Partnership Board” of 1 October 2026, with what was said",
      "/p/derbyshire/meetings/m1",
    ],
    [
      "MeetingAgendaItem",
      "move",
      null,
      { ...at, title: "Risk register", direction: "up" },
      "moved “Risk register” up the agenda of the meeting “Partnership Board” of 1 October 2026",
      "/p/derbyshire/meetings/m1",
    ],
    [
      "MeetingAgendaItem",
      "delete",
      null,
      { ...at, title: "Risk register", direction: "remove" },
      "took “Risk register” off the agenda of the meeting “Partnership Board” of 1 October 2026, with its outcomes",
      "/p/derbyshire/meetings/m1",
    ],
    [
      "MeetingDecision",
      "create",
      null,
      { ...at, kind: "ACTION", text: "Bring the trajectory to the next meeting." },
      "recorded at the meeting “Partnership Board” of 1 October 2026: Action, “Bring the trajectory to the next meeting.”",
      "/p/derbyshire/meetings/m1",
    ],
    [
      "MeetingDecision",
      "delete",
      { ...at, kind: "INFORMATION", text: "Noted." },
      null,
      "removed from the meeting “Partnership Board” of 1 October 2026: Noted, “Noted.”",
      "/p/derbyshire/meetings/m1",
    ],
    [
      "ImpactLogEntry",
      "create",
      null,
      { number: 7, meetingId: "m1", ...entry },
      "raised L7 in the action and impact log, “Agree the trajectory”",
      "/p/derbyshire/meetings/impact-log",
    ],
    [
      "ImpactLogEntry",
      "update",
      { number: 7, title: "Agree it", dueDate: null, ownerName: null, ownerRole: "Head of SEND" },
      entry,
      "edited L7 of the action and impact log, “Agree the trajectory”",
      "/p/derbyshire/meetings/impact-log",
    ],
    [
      "ImpactLogEntry",
      "meeting-update",
      { state: "OPEN" },
      { ...at, number: 7, state: "IN_PROGRESS", text: "Drafted with schools." },
      "gave the update on L7 at the meeting “Partnership Board” of 1 October 2026, from Open to In progress: “Drafted with schools.”",
      "/p/derbyshire/meetings/impact-log",
    ],
  ])("reads %s %s as one sentence with its link", (kind, verb, before, after, says, href) => {
    const read = describeAuditRow(row(kind, verb, before, after), slug);
    expect({ says: said(read), href: read.href, typed: read.typed }).toEqual({ says, href, typed: true });
  });

  it("reads rows written before the vocabulary, which do not name the meeting", () => {
    const old = [
      row("Meeting", "attendance", null, { a1: "PRESENT" }),
      row("Meeting", "close", { state: "IN_PROGRESS" }, { at: "2026-11-20T19:39:04.923Z", state: "CLOSED", reason: null }),
      row("MeetingAgendaItem", "move", null, { title: "Any other business", direction: "up" }),
      row("MeetingDecision", "delete", { id: "d1", kind: "INFORMATION", text: "Registry note" }, null),
      row("ImpactLogEntry", "meeting-update", { state: "OPEN" }, { text: "Registry update.", state: "IN_PROGRESS", meetingId: "m1" }),
    ].map((r) => describeAuditRow(r, slug));
    expect(old.map(said)).toEqual([
      "marked the attendance at a meeting (1 change)",
      "closed a meeting",
      "moved “Any other business” up the agenda of a meeting",
      "removed from a meeting: Noted, “Registry note”",
      "gave the update on an impact log entry at a meeting, from Open to In progress: “Registry update.”",
    ]);
    expect(old.every((r) => r.typed)).toBe(true);
    expect(old[2]!.href).toBe("/p/derbyshire/meetings");
  });

  it("stores what the mutations hand it: days as ISO days, a meeting's start as an instant", () => {
    const { verbs } = meetingAudit.Meeting;
    expect(verbs.create.after.parse({ board: "B", title: "T", date: meeting.date, invited: 0, standingItems: false }).date).toBe("2026-10-01T10:00:00.000Z");
    expect(verbs.attendance.after.parse({ ...meetingNamed(meeting), statuses: {} })).toEqual({ ...named, statuses: {} });
    expect(meetingAudit.MeetingDecision.verbs.create.after.parse({ ...heldAt(meeting), kind: "DECISION", text: "x" })).toEqual({ ...at, kind: "DECISION", text: "x" });
    expect(meetingAudit.ImpactLogEntry.verbs.create.after.parse({ number: 1, meetingId: "m1", ...entry, dueDate: new Date("2027-01-31T00:00:00.000Z") }).dueDate).toBe(
      "2027-01-31",
    );
  });
});
