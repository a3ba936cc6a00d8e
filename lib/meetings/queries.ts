import "server-only";
import { db, type Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { MeetingOutcomeKind, MeetingState } from "@/lib/generated/prisma/enums";

/** The partnership's boards, first the top tier, with the areas each oversees (none: all of them). */
export async function listBoards(partnershipId: string) {
  return db.board.findMany({
    where: { partnershipId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      name: true,
      chairRole: true,
      chairName: true,
      description: true,
      parentBoardId: true,
      version: true,
      areas: { select: { priorityAreaId: true, priorityArea: { select: { code: true } } } },
      _count: { select: { meetings: true } },
    },
  });
}
export type BoardRow = Awaited<ReturnType<typeof listBoards>>[number];

/** Meetings, newest first; `publishedOnly` for readers who may see published minutes and nothing else. */
export async function listMeetings(partnershipId: string, options: { publishedOnly?: boolean } = {}) {
  return db.meeting.findMany({
    where: { partnershipId, ...(options.publishedOnly ? { published: true } : {}) },
    orderBy: { date: "desc" },
    select: {
      id: true,
      boardId: true,
      title: true,
      date: true,
      durationMinutes: true,
      location: true,
      state: true,
      illustrative: true,
      minutes: true,
      minutesApprovedAt: true,
      published: true,
      board: { select: { name: true } },
      _count: { select: { agendaItems: true, decisions: true, changeRequests: true, impactLogEntries: true } },
    },
  });
}
export type MeetingListRow = Awaited<ReturnType<typeof listMeetings>>[number];

export const MEETING_NOT_FOUND = "That meeting no longer exists, or you do not have access to it.";

/** The meeting a write names, looked up within the partnership inside the writer's transaction; otherwise not found. */
export async function requireMeeting(tx: Tx, partnershipId: string, meetingId: string) {
  const meeting = await tx.meeting.findFirst({
    where: { id: meetingId, partnershipId },
    select: { id: true, boardId: true, title: true, date: true, state: true, version: true, minutes: true, minutesApprovedAt: true, published: true },
  });
  if (!meeting) throw new NotFoundError(MEETING_NOT_FOUND);
  return meeting;
}

/** One meeting with everything its page and a future board pack read. */
export async function getMeeting(partnershipId: string, meetingId: string) {
  return db.meeting.findFirst({
    where: { id: meetingId, partnershipId },
    select: {
      id: true,
      boardId: true,
      title: true,
      date: true,
      durationMinutes: true,
      location: true,
      state: true,
      illustrative: true,
      minutes: true,
      minutesApprovedAt: true,
      published: true,
      publishedAt: true,
      version: true,
      updatedAt: true,
      board: { select: { id: true, name: true, chairRole: true, chairName: true } },
      minutesApprovedAtMeeting: { select: { id: true, title: true, date: true, published: true } },
      approvedMinutesOf: { select: { id: true, title: true, date: true, published: true } },
      attendees: {
        orderBy: [{ position: "asc" }, { name: "asc" }],
        select: { id: true, name: true, organisation: true, role: true, kind: true, status: true },
      },
      agendaItems: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          title: true,
          presenter: true,
          durationMinutes: true,
          standing: true,
          notes: true,
          version: true,
          decisions: {
            orderBy: [{ position: "asc" }, { createdAt: "asc" }],
            select: { id: true, kind: true, text: true, owner: true, dueDate: true },
          },
        },
      },
      changeRequests: {
        orderBy: { decidedAt: "asc" },
        select: {
          id: true,
          state: true,
          decidedAt: true,
          decidedByName: true,
          decisionNote: true,
          decidedBetweenMeetings: true,
          previousDueDate: true,
          proposedDueDate: true,
          action: { select: { id: true, code: true, title: true } },
        },
      },
      minutesRevisions: { orderBy: { savedAt: "desc" }, select: { id: true, savedByName: true, savedAt: true } },
    },
  });
}
export type MeetingDetail = NonNullable<Awaited<ReturnType<typeof getMeeting>>>;

/** The board's other meetings, for "previous / next" and the minutes awaiting approval. */
export async function listBoardMeetings(partnershipId: string, boardId: string) {
  return db.meeting.findMany({
    where: { partnershipId, boardId },
    orderBy: { date: "asc" },
    select: { id: true, boardId: true, title: true, date: true, state: true, minutes: true, minutesApprovedAt: true, published: true, version: true },
  });
}

/** Meetings a change-request decision can name: not closed or cancelled, nearest first. */
export async function listDecisionMeetings(partnershipId: string) {
  return db.meeting.findMany({
    where: { partnershipId, state: { in: ["DRAFT", "OPEN", "IN_PROGRESS"] } },
    orderBy: { date: "asc" },
    select: { id: true, title: true, date: true, state: true, board: { select: { name: true } } },
  });
}

/** The action and impact log with each entry's update at every meeting, and the meetings it spans. */
export async function getImpactLog(partnershipId: string, boardId?: string, client: Tx = db) {
  const [entries, meetings] = await Promise.all([
    client.impactLogEntry.findMany({
      where: { partnershipId, ...(boardId ? { meeting: { boardId } } : {}) },
      orderBy: { number: "asc" },
      select: {
        id: true,
        number: true,
        title: true,
        description: true,
        ownerName: true,
        ownerRole: true,
        raisedOn: true,
        dueDate: true,
        state: true,
        closedAt: true,
        version: true,
        meetingId: true,
        meeting: { select: { id: true, title: true, date: true, boardId: true, illustrative: true } },
        priorityArea: { select: { id: true, code: true, title: true } },
        action: { select: { id: true, code: true, title: true } },
        updates: {
          orderBy: { meeting: { date: "asc" } },
          select: {
            id: true,
            meetingId: true,
            state: true,
            text: true,
            authorName: true,
            createdAt: true,
            meeting: { select: { date: true, title: true, illustrative: true, published: true } },
          },
        },
      },
    }),
    client.meeting.findMany({
      where: { partnershipId, ...(boardId ? { boardId } : {}) },
      orderBy: { date: "asc" },
      select: { id: true, boardId: true, date: true, state: true, title: true },
    }),
  ]);
  return { entries, meetings };
}
export type ImpactLogRow = Awaited<ReturnType<typeof getImpactLog>>["entries"][number];

export type DecisionFilters = { boardId?: string; kind?: MeetingOutcomeKind; from?: Date; to?: Date; states?: MeetingState[] };

/** The decision log: typed outcomes of agenda items, oldest meeting first, with the change requests decided or noted at meetings. */
export async function listDecisions(partnershipId: string, filters: DecisionFilters = {}) {
  const meetingWhere = {
    partnershipId,
    ...(filters.boardId ? { boardId: filters.boardId } : {}),
    ...(filters.states ? { state: { in: filters.states } } : {}),
    ...(filters.from || filters.to ? { date: { ...(filters.from ? { gte: filters.from } : {}), ...(filters.to ? { lte: filters.to } : {}) } } : {}),
  };
  const [outcomes, changeRequests] = await Promise.all([
    db.meetingDecision.findMany({
      where: { partnershipId, ...(filters.kind ? { kind: filters.kind } : {}), meeting: meetingWhere },
      orderBy: [{ meeting: { date: "asc" } }, { agendaItem: { position: "asc" } }, { position: "asc" }],
      select: {
        id: true,
        kind: true,
        text: true,
        owner: true,
        dueDate: true,
        meeting: { select: { id: true, title: true, date: true, illustrative: true, published: true, board: { select: { name: true } } } },
        agendaItem: { select: { title: true, position: true } },
      },
    }),
    filters.kind && filters.kind !== "DECISION"
      ? Promise.resolve([])
      : db.changeRequest.findMany({
          where: { partnershipId, meetingId: { not: null }, state: { in: ["APPROVED", "REJECTED"] }, meeting: meetingWhere },
          orderBy: { decidedAt: "asc" },
          select: {
            id: true,
            state: true,
            decisionNote: true,
            decidedAt: true,
            decidedBetweenMeetings: true,
            proposedDueDate: true,
            action: { select: { code: true, title: true } },
            meeting: { select: { id: true, title: true, date: true, illustrative: true, published: true, board: { select: { name: true } } } },
          },
        }),
  ]);
  return { outcomes, changeRequests };
}
