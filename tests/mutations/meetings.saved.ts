// What each meeting mutation saved, read back from the database: for the
// test that runs every mutation as the board (tests/meetings.test.ts), so a
// mutation that resolved but wrote nothing, or wrote the wrong thing, fails.
import { expect } from "vitest";
import { db } from "../support/db";

type Ids = { meetingId: string; attendeeId: string; itemId: string; decisionId: string; entryId: string; updateId: string };
/** Reads back one mutation's write: its input, its result and who wrote it (the name the audit trail gives). */
type Saved = (partnershipId: string, input: never, result: never, author: string) => Promise<void>;

const meeting = (partnershipId: string, id: string) => db.meeting.findFirstOrThrow({ where: { id, partnershipId } });
const day = (date: Date) => date.toISOString().slice(0, 10);

export const meetingSaved: Record<string, Saved> = {
  "lib/meetings/mutations/meetings.ts#createMeeting": async (p, input: { boardId: string; title: string; date: Date }, { meetingId }: Ids) => {
    const row = await meeting(p, meetingId);
    expect(row).toMatchObject({ boardId: input.boardId, title: input.title, state: "DRAFT" });
    expect(day(row.date)).toBe(day(input.date));
    // "standingItems": the board's standing items are on the agenda.
    expect(await db.meetingAgendaItem.count({ where: { partnershipId: p, meetingId, standing: { not: null } } })).toBeGreaterThan(0);
  },
  "lib/meetings/mutations/meetings.ts#updateMeeting": async (p, input: { meetingId: string; version: number; title: string; date: Date }) => {
    const row = await meeting(p, input.meetingId);
    expect(row).toMatchObject({ title: input.title, version: input.version + 1 });
    expect(day(row.date)).toBe(day(input.date));
  },
  "lib/meetings/mutations/meetings.ts#changeMeetingState": async (p, input: { meetingId: string; transition: string }) => {
    expect(input.transition).toBe("open");
    expect((await meeting(p, input.meetingId)).state).toBe("OPEN");
  },
  "lib/meetings/mutations/attendees.ts#addAttendee": async (
    p,
    input: { meetingId: string; name: string; role: string; organisation: string; kind: string; status: string },
    { attendeeId }: Ids,
  ) => {
    const row = await db.meetingAttendee.findFirstOrThrow({ where: { id: attendeeId, partnershipId: p } });
    expect(row).toMatchObject({ meetingId: input.meetingId, name: input.name, role: input.role, organisation: input.organisation, kind: input.kind, status: input.status });
  },
  "lib/meetings/mutations/attendees.ts#recordAttendance": async (p, input: { meetingId: string; statuses: Record<string, string> }) => {
    const rows = await db.meetingAttendee.findMany({ where: { partnershipId: p, id: { in: Object.keys(input.statuses) } }, select: { id: true, status: true } });
    expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual(input.statuses);
  },
  "lib/meetings/mutations/attendees.ts#removeAttendee": async (p, input: { attendeeId: string }) => {
    expect(await db.meetingAttendee.count({ where: { id: input.attendeeId, partnershipId: p } })).toBe(0);
  },
  "lib/meetings/mutations/agenda.ts#saveAgendaItem": async (p, input: { meetingId: string; title: string; durationMinutes: number }, { itemId }: Ids) => {
    const row = await db.meetingAgendaItem.findFirstOrThrow({ where: { id: itemId, partnershipId: p } });
    expect(row).toMatchObject({ meetingId: input.meetingId, title: input.title, durationMinutes: input.durationMinutes });
  },
  "lib/meetings/mutations/agenda.ts#moveAgendaItem": async (p, input: { meetingId: string; itemId: string; direction: string }) => {
    // The case moves the last item up: it is now second to last.
    expect(input.direction).toBe("up");
    const order = (await db.meetingAgendaItem.findMany({ where: { partnershipId: p, meetingId: input.meetingId }, orderBy: { position: "asc" }, select: { id: true } })).map(
      (i) => i.id,
    );
    expect(order.indexOf(input.itemId)).toBe(order.length - 2);
  },
  "lib/meetings/mutations/agenda.ts#addDecision": async (
    p,
    input: { meetingId: string; agendaItemId: string; kind: string; text: string; owner: string },
    { decisionId }: Ids,
    author,
  ) => {
    const row = await db.meetingDecision.findFirstOrThrow({ where: { id: decisionId, partnershipId: p } });
    expect(row).toMatchObject({ meetingId: input.meetingId, agendaItemId: input.agendaItemId, kind: input.kind, text: input.text, owner: input.owner, createdByName: author });
  },
  "lib/meetings/mutations/agenda.ts#removeDecision": async (p, input: { decisionId: string }) => {
    expect(await db.meetingDecision.count({ where: { id: input.decisionId, partnershipId: p } })).toBe(0);
  },
  "lib/meetings/mutations/minutes.ts#saveMinutes": async (p, input: { meetingId: string; minutes: string }, _result: Ids, author) => {
    expect((await meeting(p, input.meetingId)).minutes).toBe(input.minutes);
    const revision = await db.meetingMinutesRevision.findFirstOrThrow({ where: { partnershipId: p, meetingId: input.meetingId }, orderBy: { savedAt: "desc" } });
    expect(revision).toMatchObject({ text: input.minutes, savedByName: author });
  },
  "lib/meetings/mutations/minutes.ts#approveMinutes": async (p, input: { meetingId: string; minutesOfId: string; version: number }) => {
    const row = await meeting(p, input.minutesOfId);
    expect(row).toMatchObject({ minutesApprovedMeetingId: input.meetingId, version: input.version + 1 });
    expect(row.minutesApprovedAt).not.toBeNull();
  },
  "lib/meetings/mutations/minutes.ts#publishMinutes": async (p, input: { meetingId: string; publish: boolean }) => {
    const row = await meeting(p, input.meetingId);
    expect(row.published).toBe(input.publish);
    expect(row.publishedAt === null).toBe(!input.publish);
  },
  "lib/meetings/mutations/impact-log.ts#raiseImpactLogEntry": async (p, input: { meetingId: string; title: string; ownerRole: string; dueDate: Date }, { entryId }: Ids) => {
    const row = await db.impactLogEntry.findFirstOrThrow({ where: { id: entryId, partnershipId: p } });
    expect(row).toMatchObject({ meetingId: input.meetingId, title: input.title, ownerRole: input.ownerRole, state: "OPEN" });
    expect(row.dueDate && day(row.dueDate)).toBe(day(input.dueDate));
  },
  "lib/meetings/mutations/impact-log.ts#updateImpactLogEntry": async (p, input: { entryId: string; version: number; title: string; ownerName: string }) => {
    const row = await db.impactLogEntry.findFirstOrThrow({ where: { id: input.entryId, partnershipId: p } });
    expect(row).toMatchObject({ title: input.title, ownerName: input.ownerName, version: input.version + 1 });
  },
  "lib/meetings/mutations/impact-log.ts#recordImpactLogUpdate": async (
    p,
    input: { entryId: string; meetingId: string; state: string; text: string },
    { updateId }: Ids,
    author,
  ) => {
    const update = await db.impactLogUpdate.findFirstOrThrow({ where: { id: updateId, partnershipId: p } });
    expect(update).toMatchObject({ entryId: input.entryId, meetingId: input.meetingId, state: input.state, text: input.text, authorName: author });
    expect((await db.impactLogEntry.findFirstOrThrow({ where: { id: input.entryId, partnershipId: p } })).state).toBe(input.state);
  },
};
