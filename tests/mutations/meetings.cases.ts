// Boards, meetings, minutes and the action and impact log: each mutation once, with a valid input.
import { db } from "../support/db";
import type { Caller } from "@/lib/auth/caller";
import { parseIsoDate } from "@/lib/dates/format";
import { addAttendee } from "@/lib/meetings/mutations/attendees";
import { changeMeetingState, createMeeting } from "@/lib/meetings/mutations/meetings";
import { raiseImpactLogEntry } from "@/lib/meetings/mutations/impact-log";
import { saveMinutes } from "@/lib/meetings/mutations/minutes";
import type { MutationCases } from "./types";

const boardOf = (partnershipId: string) => db.board.findFirstOrThrow({ where: { partnershipId }, orderBy: { position: "asc" }, select: { id: true } });
const versionOf = async (partnershipId: string, id: string) => (await db.meeting.findFirstOrThrow({ where: { id, partnershipId }, select: { version: true } })).version;

/** A meeting of Derby City's board, moved on to `upTo` (set-up writes are not counted). */
export async function meetingIn(partnershipId: string, caller: Caller, upTo: "DRAFT" | "IN_PROGRESS" | "CLOSED", date = "2026-10-01", standingItems = true) {
  const board = await boardOf(partnershipId);
  const { meetingId } = await createMeeting(partnershipId, caller, {
    boardId: board.id,
    title: "Registry meeting",
    date: parseIsoDate(date),
    time: "10:00",
    standingItems: standingItems ? "1" : undefined,
  });
  for (const transition of upTo === "DRAFT" ? [] : upTo === "IN_PROGRESS" ? (["open", "start"] as const) : (["open", "start", "close"] as const)) {
    await changeMeetingState(partnershipId, caller, { meetingId, version: await versionOf(partnershipId, meetingId), transition });
  }
  return { meetingId, version: await versionOf(partnershipId, meetingId) };
}

export const meetingCases: MutationCases = {
  "lib/meetings/mutations/boards.ts#createBoard": async ({ next }) => ({ name: `Registry board ${next()}`, areaIds: [] }),
  "lib/meetings/mutations/boards.ts#updateBoard": async ({ partnershipId }) => {
    const board = await db.board.findFirstOrThrow({ where: { partnershipId }, orderBy: { position: "asc" }, select: { id: true, name: true, version: true } });
    return { id: board.id, version: board.version, name: board.name, chairName: "Registry chair", areaIds: [] };
  },
  "lib/meetings/mutations/meetings.ts#createMeeting": async ({ partnershipId }) => ({
    boardId: (await boardOf(partnershipId)).id,
    title: "Registry meeting",
    date: parseIsoDate("2026-12-10"),
    standingItems: "1",
  }),
  "lib/meetings/mutations/meetings.ts#updateMeeting": async ({ partnershipId, admin }) => {
    const { meetingId, version } = await meetingIn(partnershipId, admin, "DRAFT");
    return { meetingId, version, title: "Registry meeting, moved", date: parseIsoDate("2026-10-08"), time: "14:00" };
  },
  "lib/meetings/mutations/meetings.ts#changeMeetingState": async ({ partnershipId, admin }) => {
    const { meetingId, version } = await meetingIn(partnershipId, admin, "DRAFT");
    return { meetingId, version, transition: "open" };
  },
  "lib/meetings/mutations/attendees.ts#addAttendee": async ({ partnershipId, admin }) => {
    const { meetingId } = await meetingIn(partnershipId, admin, "DRAFT");
    return { meetingId, name: "Registry adviser", role: "NHS England Advisor", organisation: "NHS England", kind: "ADVISER", status: "INVITED" };
  },
  "lib/meetings/mutations/attendees.ts#recordAttendance": async ({ partnershipId, admin }) => {
    const { meetingId } = await meetingIn(partnershipId, admin, "IN_PROGRESS");
    const { attendeeId } = await addAttendee(partnershipId, admin, { meetingId, name: "Registry member", kind: "MEMBER", status: "INVITED" });
    return { meetingId, version: await versionOf(partnershipId, meetingId), statuses: { [attendeeId]: "PRESENT" } };
  },
  "lib/meetings/mutations/attendees.ts#removeAttendee": async ({ partnershipId, admin }) => {
    const { meetingId } = await meetingIn(partnershipId, admin, "DRAFT");
    const { attendeeId } = await addAttendee(partnershipId, admin, { meetingId, name: "Registry member", kind: "MEMBER", status: "INVITED" });
    return { meetingId, attendeeId };
  },
  "lib/meetings/mutations/agenda.ts#saveAgendaItem": async ({ partnershipId, admin }) => ({
    meetingId: (await meetingIn(partnershipId, admin, "DRAFT")).meetingId,
    title: "Registry item",
    durationMinutes: 10,
  }),
  "lib/meetings/mutations/agenda.ts#moveAgendaItem": async ({ partnershipId, admin }) => {
    const { meetingId } = await meetingIn(partnershipId, admin, "DRAFT");
    const item = await db.meetingAgendaItem.findFirstOrThrow({ where: { partnershipId, meetingId }, orderBy: { position: "desc" }, select: { id: true } });
    return { meetingId, itemId: item.id, direction: "up" };
  },
  "lib/meetings/mutations/agenda.ts#addDecision": async ({ partnershipId, admin }) => {
    const { meetingId } = await meetingIn(partnershipId, admin, "IN_PROGRESS");
    const item = await db.meetingAgendaItem.findFirstOrThrow({ where: { partnershipId, meetingId }, select: { id: true } });
    return { meetingId, agendaItemId: item.id, kind: "ACTION", text: "Registry action", owner: "Registry owner" };
  },
  "lib/meetings/mutations/agenda.ts#removeDecision": async ({ partnershipId, admin }) => {
    const { meetingId } = await meetingIn(partnershipId, admin, "IN_PROGRESS");
    const item = await db.meetingAgendaItem.findFirstOrThrow({ where: { partnershipId, meetingId }, select: { id: true } });
    const { addDecision } = await import("@/lib/meetings/mutations/agenda");
    const { decisionId } = await addDecision(partnershipId, admin, { meetingId, agendaItemId: item.id, kind: "INFORMATION", text: "Registry note" });
    return { meetingId, decisionId };
  },
  "lib/meetings/mutations/minutes.ts#saveMinutes": async ({ partnershipId, admin }) => {
    const { meetingId, version } = await meetingIn(partnershipId, admin, "IN_PROGRESS");
    return { meetingId, version, minutes: "Registry minutes." };
  },
  "lib/meetings/mutations/minutes.ts#approveMinutes": async ({ partnershipId, admin, next }) => {
    const earlier = await meetingIn(partnershipId, admin, "IN_PROGRESS", `2025-0${(next() % 9) + 1}-01`);
    await saveMinutes(partnershipId, admin, { meetingId: earlier.meetingId, version: earlier.version, minutes: "Registry minutes." });
    await changeMeetingState(partnershipId, admin, { meetingId: earlier.meetingId, version: await versionOf(partnershipId, earlier.meetingId), transition: "close" });
    const later = await meetingIn(partnershipId, admin, "IN_PROGRESS", "2025-12-01");
    return { meetingId: later.meetingId, minutesOfId: earlier.meetingId, version: await versionOf(partnershipId, earlier.meetingId) };
  },
  "lib/meetings/mutations/minutes.ts#publishMinutes": async ({ partnershipId, admin }) => {
    const meeting = await db.meeting.findFirst({ where: { partnershipId, minutesApprovedAt: { not: null }, published: false }, select: { id: true, version: true } });
    if (meeting) return { meetingId: meeting.id, version: meeting.version, publish: true };
    // No approved minutes yet in this run: withdrawing is the same write.
    const { meetingId, version } = await meetingIn(partnershipId, admin, "DRAFT");
    return { meetingId, version, publish: false };
  },
  "lib/meetings/mutations/impact-log.ts#raiseImpactLogEntry": async ({ partnershipId, admin }) => ({
    meetingId: (await meetingIn(partnershipId, admin, "IN_PROGRESS")).meetingId,
    title: "Registry entry",
    ownerRole: "Registry owner",
    dueDate: parseIsoDate("2027-01-31"),
  }),
  "lib/meetings/mutations/impact-log.ts#updateImpactLogEntry": async ({ partnershipId, admin }) => {
    const { meetingId } = await meetingIn(partnershipId, admin, "IN_PROGRESS");
    const { entryId } = await raiseImpactLogEntry(partnershipId, admin, { meetingId, title: "Registry entry", ownerRole: "Registry owner" });
    return { entryId, version: 1, title: "Registry entry, reworded", ownerName: "Registry owner" };
  },
  "lib/meetings/mutations/impact-log.ts#recordImpactLogUpdate": async ({ partnershipId, admin }) => {
    const { meetingId } = await meetingIn(partnershipId, admin, "IN_PROGRESS");
    const { entryId } = await raiseImpactLogEntry(partnershipId, admin, { meetingId, title: "Registry entry", ownerRole: "Registry owner" });
    return { entryId, meetingId, version: 1, state: "IN_PROGRESS", text: "Registry update." };
  },
};
