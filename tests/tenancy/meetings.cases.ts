// Cross-tenant cases for boards, meetings, minutes and the action and impact log.
import { expect } from "vitest";
import type { Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { db } from "../support/db";
import type { TenancyCases } from "./types";

const as = (ids: Parameters<Extract<TenancyCases[string], { kind: "mutation" }>["args"]>[0], input: unknown) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, input];

export const meetingCases: TenancyCases = {
  "lib/meetings/queries.ts#listBoards": { kind: "tenant", args: (partnershipId) => [partnershipId] },
  "lib/meetings/queries.ts#listMeetings": { kind: "tenant", args: (partnershipId) => [partnershipId] },
  "lib/meetings/queries.ts#getMeeting": { kind: "tenant", args: (partnershipId, rows) => [partnershipId, rows.Meeting], empty: true },
  "lib/meetings/queries.ts#listBoardMeetings": { kind: "tenant", args: (partnershipId, rows) => [partnershipId, rows.Board], empty: true },
  "lib/meetings/queries.ts#listDecisionMeetings": { kind: "tenant", args: (partnershipId) => [partnershipId] },
  "lib/meetings/queries.ts#getImpactLog": { kind: "tenant", args: (partnershipId) => [partnershipId] },
  "lib/meetings/queries.ts#listDecisions": { kind: "tenant", args: (partnershipId) => [partnershipId] },
  "lib/meetings/queries.ts#requireMeeting": {
    // Takes the writer's transaction: Derbyshire's meeting is found in Derbyshire and not found, naming nothing of it, in Derby City.
    kind: "pre-tenant",
    async check(fn, ids) {
      const meeting = await db.meeting.findFirstOrThrow({ where: { partnershipId: ids.derbyshire }, select: { id: true, title: true } });
      await expect(fn(db as unknown as Tx, ids.derbyshire, meeting.id)).resolves.toMatchObject({ id: meeting.id });
      const refusal = await fn(db as unknown as Tx, ids.derbyCity, meeting.id).then(
        () => null,
        (e: unknown) => e,
      );
      expect(refusal).toBeInstanceOf(NotFoundError);
      expect((refusal as Error).message).not.toContain(meeting.id);
      expect((refusal as Error).message).not.toContain(meeting.title);
    },
  },

  "lib/meetings/mutations/boards.ts#createBoard": {
    kind: "mutation",
    args: (ids, rows) => as(ids, { name: "Cross-tenant board", areaIds: [rows.PriorityArea], parentBoardId: undefined }),
  },
  "lib/meetings/mutations/boards.ts#updateBoard": { kind: "mutation", args: (ids, rows) => as(ids, { id: rows.Board, version: 1, name: "Cross-tenant board", areaIds: [] }) },
  "lib/meetings/mutations/meetings.ts#createMeeting": {
    kind: "mutation",
    args: (ids, rows) => as(ids, { boardId: rows.Board, title: "Cross-tenant", date: new Date("2030-01-01") }),
  },
  "lib/meetings/mutations/meetings.ts#updateMeeting": {
    kind: "mutation",
    args: (ids, rows) => as(ids, { meetingId: rows.Meeting, version: 1, title: "Cross-tenant", date: new Date("2030-01-01") }),
  },
  "lib/meetings/mutations/meetings.ts#changeMeetingState": {
    kind: "mutation",
    args: (ids, rows) => as(ids, { meetingId: rows.Meeting, version: 1, transition: "reopen", reason: "x" }),
  },
  "lib/meetings/mutations/attendees.ts#addAttendee": {
    kind: "mutation",
    args: (ids, rows) => as(ids, { meetingId: rows.Meeting, name: "Cross-tenant", kind: "MEMBER", status: "PRESENT" }),
  },
  "lib/meetings/mutations/attendees.ts#recordAttendance": {
    kind: "mutation",
    args: (ids, rows) => as(ids, { meetingId: rows.Meeting, version: 1, statuses: { [rows.MeetingAttendee!]: "ABSENT" } }),
  },
  "lib/meetings/mutations/attendees.ts#removeAttendee": { kind: "mutation", args: (ids, rows) => as(ids, { meetingId: rows.Meeting, attendeeId: rows.MeetingAttendee }) },
  "lib/meetings/mutations/agenda.ts#saveAgendaItem": {
    kind: "mutation",
    args: (ids, rows) => as(ids, { meetingId: rows.Meeting, itemId: rows.MeetingAgendaItem, version: 1, title: "Cross-tenant" }),
  },
  "lib/meetings/mutations/agenda.ts#moveAgendaItem": {
    kind: "mutation",
    args: (ids, rows) => as(ids, { meetingId: rows.Meeting, itemId: rows.MeetingAgendaItem, direction: "remove" }),
  },
  "lib/meetings/mutations/agenda.ts#addDecision": {
    kind: "mutation",
    args: (ids, rows) => as(ids, { meetingId: rows.Meeting, agendaItemId: rows.MeetingAgendaItem, kind: "DECISION", text: "Cross-tenant" }),
  },
  "lib/meetings/mutations/agenda.ts#removeDecision": { kind: "mutation", args: (ids, rows) => as(ids, { meetingId: rows.Meeting, decisionId: rows.MeetingDecision }) },
  "lib/meetings/mutations/minutes.ts#saveMinutes": { kind: "mutation", args: (ids, rows) => as(ids, { meetingId: rows.Meeting, version: 1, minutes: "Cross-tenant" }) },
  "lib/meetings/mutations/minutes.ts#approveMinutes": { kind: "mutation", args: (ids, rows) => as(ids, { meetingId: rows.Meeting, minutesOfId: rows.Meeting, version: 1 }) },
  "lib/meetings/mutations/minutes.ts#publishMinutes": { kind: "mutation", args: (ids, rows) => as(ids, { meetingId: rows.Meeting, version: 1, publish: false }) },
  "lib/meetings/mutations/impact-log.ts#raiseImpactLogEntry": {
    kind: "mutation",
    args: (ids, rows) => as(ids, { meetingId: rows.Meeting, title: "Cross-tenant", ownerRole: "x" }),
  },
  "lib/meetings/mutations/impact-log.ts#updateImpactLogEntry": {
    kind: "mutation",
    args: (ids, rows) => as(ids, { entryId: rows.ImpactLogEntry, version: 1, title: "Cross-tenant", ownerRole: "x" }),
  },
  "lib/meetings/mutations/impact-log.ts#recordImpactLogUpdate": {
    kind: "mutation",
    args: (ids, rows) => as(ids, { entryId: rows.ImpactLogEntry, meetingId: rows.Meeting, version: 1, state: "DONE", text: "Cross-tenant" }),
  },
};
