// The meeting cycle's entries in the audit vocabulary (lib/audit/vocabulary.ts):
// boards, meetings (their moves, attendance and minutes), who attends, the
// agenda, each item's decisions, and the action and impact log. Rows written
// before the vocabulary do not name the meeting or the entry: those fields
// are optional, and the sentence then says "a meeting".
import { z } from "zod";
import { auditDay, auditKind, quote, sayDay, verb, type AnyKind } from "@/lib/audit/define";
import { formatUkDateTime } from "@/lib/dates/format";
import { IMPACT_LOG_STATE_LABELS } from "./compute";
import { boardsPath, impactLogPath, meetingPath, meetingsPath } from "./paths";
import {
  ATTENDANCE_KIND_LABELS,
  ATTENDANCE_KINDS,
  ATTENDANCE_STATUS_LABELS,
  ATTENDANCE_STATUSES,
  DECISION_KIND_LABELS,
  DECISION_KINDS,
  IMPACT_LOG_STATES,
  MEETING_STATES,
} from "./schema";

/** A meeting's start, its date and time of day as entered: stored as an ISO instant ("2026-10-01T10:00:00.000Z"). */
const auditInstant = z.union([z.date(), z.string()]).transform((value, ctx) => {
  const instant = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(instant.getTime())) {
    ctx.addIssue({ code: "custom", message: "Not an instant." });
    return z.NEVER;
  }
  return instant.toISOString();
});
const sayWhen = (iso: string) => formatUkDateTime(new Date(iso));

const state = z.object({ state: z.enum(MEETING_STATES) });

/** The meeting an entry is about, as its sentence names it: its title and day. */
const named = { title: z.string().optional(), day: auditDay.optional() };
function theMeeting(m: { title?: string; day?: string }): string {
  return m.title ? `the meeting ${quote(m.title)}${m.day ? ` of ${sayDay(m.day)}` : ""}` : "a meeting";
}

/** What is held at a meeting (an attendee, an agenda item, a decision): its meeting's id and, since the vocabulary, its title and day. */
const atMeeting = { meetingId: z.string(), meeting: z.string().optional(), meetingDay: auditDay.optional() };
const inMeeting = (m: { meeting?: string; meetingDay?: string }) => theMeeting({ title: m.meeting, day: m.meetingDay });
const meetingLink = (slug: string, m: { meetingId?: string } | undefined) => (m?.meetingId ? meetingPath(slug, m.meetingId) : meetingsPath(slug));

/** A move of the meeting (lib/meetings/compute.ts), with the reason a re-opening or a cancelling gives. */
const transition = (says: (meeting: string, reason: string | null) => string) =>
  verb({
    before: state,
    after: state.extend({ reason: z.string().nullable(), at: auditInstant, ...named }),
    says: ({ after }) => says(theMeeting(after), after.reason),
  });

const minutesOf = z.object({ published: z.boolean(), ...named });
const agendaItem = z.object({ title: z.string(), presenter: z.string().nullable(), durationMinutes: z.number().int().nullable(), notes: z.string().nullable() });
const decision = z.object({ kind: z.enum(DECISION_KINDS), text: z.string() });
const entryFields = {
  title: z.string(),
  description: z.string().nullable(),
  ownerName: z.string().nullable(),
  ownerRole: z.string().nullable(),
  dueDate: auditDay.nullable(),
  actionId: z.string().nullable(),
  priorityAreaId: z.string().nullable(),
};
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const meetingAudit = {
  Board: auditKind({
    label: "a board",
    verbs: {
      create: verb({
        after: z.object({ name: z.string(), parentBoardId: z.string().nullable(), areas: z.array(z.string()) }),
        says: ({ after }) => `set up the board ${quote(after.name)}, overseeing ${after.areas.length ? after.areas.join(", ") : "all priority areas"}`,
      }),
      update: verb({
        before: z.object({ name: z.string(), parentBoardId: z.string().nullable(), areaIds: z.array(z.string()) }),
        after: z.object({ name: z.string(), parentBoardId: z.string().nullable(), areas: z.array(z.string()) }),
        says: ({ before, after }) =>
          `edited the board ${quote(after.name)}${before.name === after.name ? "" : ` (was ${quote(before.name)})`}, overseeing ${after.areas.length ? after.areas.join(", ") : "all priority areas"}`,
      }),
    },
    link: (slug) => boardsPath(slug),
  }),
  Meeting: auditKind({
    label: "a meeting",
    verbs: {
      create: verb({
        after: z.object({ board: z.string(), title: z.string(), date: auditInstant, invited: z.number().int(), standingItems: z.boolean() }),
        says: ({ after }) => `scheduled the meeting ${quote(after.title)} of ${after.board} for ${sayWhen(after.date)}, inviting ${count(after.invited, "person", "people")}`,
      }),
      update: verb({
        before: z.object({ title: z.string(), date: auditInstant }),
        after: z.object({ title: z.string(), date: auditInstant }),
        says: ({ before, after }) =>
          `changed the meeting ${quote(before.title)} of ${sayWhen(before.date)}${before.title === after.title ? "" : ` to ${quote(after.title)}`}, now ${sayWhen(after.date)}`,
      }),
      open: transition((meeting) => `issued the agenda of ${meeting}`),
      start: transition((meeting) => `started ${meeting}`),
      close: transition((meeting) => `closed ${meeting}`),
      reopen: transition((meeting, reason) => `re-opened ${meeting}: ${quote(reason)}`),
      cancel: transition((meeting, reason) => `cancelled ${meeting}: ${quote(reason)}`),
      attendance: verb({
        after: z.object({ ...named, statuses: z.record(z.string(), z.enum(ATTENDANCE_STATUSES)) }),
        says: ({ after }) => `marked the attendance at ${theMeeting(after)} (${count(Object.keys(after.statuses).length, "change", "changes")})`,
        // Before the vocabulary: the attendees' new statuses alone.
        older: [{ after: z.record(z.string(), z.enum(ATTENDANCE_STATUSES)).transform((statuses) => ({ statuses })) }],
      }),
      minutes: verb({
        before: z.object({ minutes: z.string().nullable() }),
        after: z.object({ minutes: z.string(), revisionId: z.string(), ...named }),
        says: ({ before, after }) => `${before.minutes ? "revised" : "wrote"} the draft minutes of ${theMeeting(after)}`,
      }),
      "approve-minutes": verb({
        after: z.object({ approvedAt: z.string(), approvedAtTitle: z.string(), ...named }),
        says: ({ after }) => `approved the minutes of ${theMeeting(after)} at the meeting ${quote(after.approvedAtTitle)}`,
      }),
      publish: verb({ before: minutesOf, after: minutesOf, says: ({ after }) => `published the minutes of ${theMeeting(after)}` }),
      unpublish: verb({ before: minutesOf, after: minutesOf, says: ({ after }) => `withdrew the minutes of ${theMeeting(after)} from publication` }),
    },
    link: (slug, id) => meetingPath(slug, id),
  }),
  MeetingAttendee: auditKind({
    label: "a meeting attendee",
    verbs: {
      create: verb({
        after: z.object({ ...atMeeting, name: z.string(), kind: z.enum(ATTENDANCE_KINDS), status: z.enum(ATTENDANCE_STATUSES) }),
        says: ({ after }) =>
          `added ${quote(after.name)} to the attendance of ${inMeeting(after)}: ${ATTENDANCE_KIND_LABELS[after.kind]}, ${ATTENDANCE_STATUS_LABELS[after.status].toLowerCase()}`,
      }),
      delete: verb({
        before: z.object({ ...atMeeting, name: z.string() }),
        says: ({ before }) => `removed ${quote(before.name)} from the attendance of ${inMeeting(before)}`,
      }),
    },
    link: (slug, _id, { before, after }) => meetingLink(slug, after ?? before),
  }),
  MeetingAgendaItem: auditKind({
    label: "an agenda item",
    verbs: {
      create: verb({ after: agendaItem.extend(atMeeting), says: ({ after }) => `added ${quote(after.title)} to the agenda of ${inMeeting(after)}` }),
      update: verb({
        before: z.object({ title: z.string(), notes: z.string().nullable() }),
        after: agendaItem.extend({ ...atMeeting, meetingId: z.string().optional() }),
        says: ({ before, after }) =>
          `edited the agenda item ${quote(after.title)}${before.title === after.title ? "" : ` (was ${quote(before.title)})`} of ${inMeeting(after)}${
            after.notes !== before.notes ? ", with what was said" : ""
          }`,
      }),
      move: verb({
        after: z.object({ ...atMeeting, meetingId: z.string().optional(), title: z.string(), direction: z.enum(["up", "down"]) }),
        says: ({ after }) => `moved ${quote(after.title)} ${after.direction} the agenda of ${inMeeting(after)}`,
      }),
      delete: verb({
        after: z.object({ ...atMeeting, meetingId: z.string().optional(), title: z.string(), direction: z.literal("remove") }),
        says: ({ after }) => `took ${quote(after.title)} off the agenda of ${inMeeting(after)}, with its outcomes`,
      }),
    },
    link: (slug, _id, { after }) => meetingLink(slug, after),
  }),
  MeetingDecision: auditKind({
    label: "a meeting decision",
    verbs: {
      create: verb({
        after: decision.extend(atMeeting),
        says: ({ after }) => `recorded at ${inMeeting(after)}: ${DECISION_KIND_LABELS[after.kind]}, ${quote(after.text)}`,
      }),
      delete: verb({
        before: decision.extend({ ...atMeeting, meetingId: z.string().optional() }),
        says: ({ before }) => `removed from ${inMeeting(before)}: ${DECISION_KIND_LABELS[before.kind]}, ${quote(before.text)}`,
      }),
    },
    link: (slug, _id, { before, after }) => meetingLink(slug, after ?? before),
  }),
  ImpactLogEntry: auditKind({
    label: "an impact log entry",
    verbs: {
      create: verb({
        after: z.object({ number: z.number().int(), meetingId: z.string(), ...entryFields }),
        says: ({ after }) => `raised L${after.number} in the action and impact log, ${quote(after.title)}`,
      }),
      update: verb({
        before: z.object({ number: z.number().int(), title: z.string(), dueDate: auditDay.nullable(), ownerName: z.string().nullable(), ownerRole: z.string().nullable() }),
        after: z.object(entryFields),
        says: ({ before, after }) => `edited L${before.number} of the action and impact log, ${quote(after.title)}`,
      }),
      "meeting-update": verb({
        before: z.object({ state: z.enum(IMPACT_LOG_STATES) }),
        after: z.object({ ...atMeeting, number: z.number().int().optional(), state: z.enum(IMPACT_LOG_STATES), text: z.string() }),
        says: ({ before, after }) =>
          `gave the update on ${after.number ? `L${after.number}` : "an impact log entry"} at ${inMeeting(after)}, ${
            before.state === after.state
              ? `still ${IMPACT_LOG_STATE_LABELS[after.state].toLowerCase()}`
              : `from ${IMPACT_LOG_STATE_LABELS[before.state]} to ${IMPACT_LOG_STATE_LABELS[after.state]}`
          }: ${quote(after.text)}`,
      }),
    },
    link: (slug) => impactLogPath(slug),
  }),
} satisfies Record<string, AnyKind>;

/** How a mutation names the meeting an entry is about (`named`) or held at (`atMeeting`). */
export const meetingNamed = (meeting: { title: string; date: Date }) => ({ title: meeting.title, day: meeting.date });
export const heldAt = (meeting: { id: string; title: string; date: Date }) => ({ meetingId: meeting.id, meeting: meeting.title, meetingDay: meeting.date });
