// What the meeting pages show, decided here so the pages stay thin: who may
// see what (access.ts), read with queries.ts, shaped with compute.ts.
import "server-only";
import type { MemberContext } from "@/lib/auth/guards";
import { mayDecideChangeRequests } from "@/lib/changes/access";
import { formatUkDate, toIsoDate } from "@/lib/dates/format";
import { getBoardPackLink } from "@/lib/boardpacks/view";
import { chairDisplayName } from "@/lib/people/names";
import { listAreaOptions } from "@/lib/plan/structure/queries";
import { mayOpenMeeting, meetingAccess, type MeetingAccess } from "./access";
import { canPrepare, canRecord, MEETING_STATE_LABELS, minutesState, minutesToApprove } from "./compute";
import { decisionQuery, impactLogQuery, matchesImpactLogFilters, paramsOf, parseDecisionFilters, parseImpactLogFilters } from "./filters";
import { entriesForMeeting, impactLogView } from "./impact-log";
import { getMeeting, listBoardMeetings, listBoards, listDecisions, listMeetings, type MeetingListRow } from "./queries";
import { meetingPath } from "./paths";
import { DECISION_KIND_LABELS } from "./schema";

type Query = Record<string, string | string[] | undefined>;

/**
 * Where a mention of another meeting leads: its page when the viewer may open
 * it, or null, and the page names it as text (an advisor is never shown a
 * link to a meeting whose minutes are not published: it does not exist for them).
 */
function meetingHref(access: MeetingAccess, slug: string, meeting: { id: string; published: boolean }): string | null {
  return mayOpenMeeting(access, meeting) ? meetingPath(slug, meeting.id) : null;
}

function meetingRow(m: MeetingListRow) {
  return {
    id: m.id,
    date: m.date,
    title: m.title,
    illustrative: m.illustrative,
    location: m.location,
    board: m.board.name,
    state: m.state,
    minutes: minutesState(m),
    decisions: m._count.decisions + m._count.changeRequests,
  };
}
export type MeetingRow = ReturnType<typeof meetingRow>;

/** The meetings, of one board when chosen: those coming up (soonest first) and those past; advisors see published minutes only. Null: a 404. */
export async function getMeetingsPage(member: MemberContext, today: Date, boardId?: string) {
  const access = meetingAccess(member);
  if (!access.readPublished) return null;
  const [boards, all] = await Promise.all([listBoards(member.partnershipId), listMeetings(member.partnershipId, { publishedOnly: !access.readAll })]);
  const board = boards.find((b) => b.id === boardId);
  const meetings = (board ? all.filter((m) => m.boardId === board.id) : all).map(meetingRow);
  const upcoming = meetings.filter((m) => m.date >= today && m.state !== "CANCELLED").reverse();
  const single = boards.length === 1 ? boards[0] : undefined;
  return {
    access,
    boards: boards.map((b) => ({ id: b.id, name: b.name })),
    boardId: board?.id,
    /** With one board, its name and chair head the page. */
    single: single ? { name: single.name, chair: chairDisplayName(single) } : null,
    upcoming,
    past: meetings.filter((m) => !upcoming.includes(m)),
    /** What the new meeting form starts with: the chosen board (or the first), its name as the title, today. */
    newMeeting: { boardId: board?.id ?? boards[0]?.id, title: board?.name ?? boards[0]?.name, date: toIsoDate(today) },
  };
}

/** One meeting's page: its record, what the viewer may do with it, its board's neighbours and the impact log it reviews. Null: a 404. */
export async function getMeetingPage(member: MemberContext, meetingId: string, today: Date, notice: { created?: string; moved?: string } = {}) {
  const access = meetingAccess(member);
  if (!access.readPublished) return null;
  const meeting = await getMeeting(member.partnershipId, meetingId);
  if (!meeting || !mayOpenMeeting(access, meeting)) return null;
  const [boardMeetings, log, areas, boardPack] = await Promise.all([
    listBoardMeetings(member.partnershipId, meeting.boardId),
    access.readAll ? impactLogView(member.partnershipId, today, meeting.boardId) : null,
    access.manage ? listAreaOptions(member.partnershipId) : [],
    getBoardPackLink(member, meeting.id),
  ]);
  const recording = access.manage && canRecord(meeting.state);
  const index = boardMeetings.findIndex((m) => m.id === meeting.id);
  const visible = (m: (typeof boardMeetings)[number] | undefined) => (m && mayOpenMeeting(access, m) ? m : undefined);
  const moved = notice.moved && Object.hasOwn(MEETING_STATE_LABELS, notice.moved) ? MEETING_STATE_LABELS[notice.moved as keyof typeof MEETING_STATE_LABELS] : null;
  const slug = member.partnership.slug;
  const approvedAt = meeting.minutesApprovedAtMeeting;
  return {
    meeting,
    access,
    chair: chairDisplayName(meeting.board),
    /** The way to its board pack: published, still a draft (the programme office's), or not yet published. */
    boardPack,
    preparable: access.manage && canPrepare(meeting.state),
    recording,
    held: meeting.state === "IN_PROGRESS" || meeting.state === "CLOSED",
    previous: visible(boardMeetings[index - 1]),
    next: visible(boardMeetings[index + 1]),
    toApprove: recording ? minutesToApprove(boardMeetings, meeting) : null,
    /** The minutes' mentions of other meetings: where they were approved, and whose this meeting approved; each a link only where the viewer may open it. */
    minutesLinks: {
      approvedAt: approvedAt ? { date: approvedAt.date, href: meetingHref(access, slug, approvedAt) } : null,
      approved: meeting.approvedMinutesOf.map((m) => ({ id: m.id, date: m.date, href: meetingHref(access, slug, m) })),
    },
    /** The log as carried forward to this meeting; slow-to-progress is judged today, also on a past meeting's page. */
    log: log ? { entries: entriesForMeeting(log.entries, meeting, log.meetings), asOf: formatUkDate(today) } : null,
    areas,
    /** Change requests awaiting the board are decided from the queue, naming this meeting, until it closes. */
    decideChanges: mayDecideChangeRequests(member.scope) && canPrepare(meeting.state),
    created: Boolean(notice.created),
    movedTo: moved ? { state: notice.moved!, label: moved.toLowerCase() } : null,
  };
}

export type MeetingPage = NonNullable<Awaited<ReturnType<typeof getMeetingPage>>>;

/** The boards, each with its chair, the areas it oversees and the boards above and below it. Null: a 404. */
export async function getBoardsPage(member: MemberContext) {
  const access = meetingAccess(member);
  if (!access.readAll) return null;
  const [boards, areas] = await Promise.all([listBoards(member.partnershipId), listAreaOptions(member.partnershipId)]);
  return {
    manage: access.boards,
    /** With more than one board, the dashboard offers one view per board. */
    dashboards: boards.length > 1,
    areas,
    /** Boards another may report to: two tiers at most. */
    topTier: boards.filter((b) => !b.parentBoardId),
    boards: boards.map((board) => ({
      ...board,
      chair: chairDisplayName(board) ?? "—",
      oversees: board.areas.length ? board.areas.map((a) => a.priorityArea.code).join(", ") : "All priority areas",
      parent: boards.find((b) => b.id === board.parentBoardId)?.name ?? null,
      children: boards.filter((b) => b.parentBoardId === board.id).map((b) => b.name),
    })),
  };
}
export type BoardsPage = NonNullable<Awaited<ReturnType<typeof getBoardsPage>>>;

/** The action and impact log, filtered as the URL says, slow entries first. Null: a 404. */
export async function getImpactLogPage(member: MemberContext, query: Query, today: Date) {
  const access = meetingAccess(member);
  if (!access.readAll) return null;
  const filters = parseImpactLogFilters(paramsOf(query));
  const [{ entries }, boards, areas] = await Promise.all([
    impactLogView(member.partnershipId, today, filters.boardId),
    listBoards(member.partnershipId),
    listAreaOptions(member.partnershipId),
  ]);
  const shown = entries.filter((e) => matchesImpactLogFilters(e, filters));
  return {
    manage: access.manage,
    filters,
    boards: boards.map((b) => ({ id: b.id, name: b.name })),
    areas,
    /** Each entry with the page of the meeting its latest update was given at (meetingHref). */
    entries: shown.map((e) => {
      const latest = e.updates.at(-1);
      return { ...e, latestHref: latest ? meetingHref(access, member.partnership.slug, { id: latest.meetingId, published: latest.meeting.published }) : null };
    }),
    slow: shown.filter((e) => e.slow.length).length,
    illustrative: entries.some((e) => e.meeting?.illustrative || e.updates.some((u) => u.meeting.illustrative)),
    exportQuery: impactLogQuery(filters),
  };
}

export type ImpactLogPageEntry = NonNullable<Awaited<ReturnType<typeof getImpactLogPage>>>["entries"][number];

export type DecisionLogRow = {
  key: string;
  meetingId: string;
  /** The meeting's page, where the viewer may open it (meetingHref). */
  href: string | null;
  date: Date;
  illustrative: boolean;
  item: string;
  kind: string;
  text: string;
  detail: string | null;
};

/** The decision log, newest meeting first: each meeting's decisions, and the change requests decided or noted there. Null: a 404. */
export async function getDecisionLogPage(member: MemberContext, query: Query) {
  const access = meetingAccess(member);
  if (!access.readAll) return null;
  const slug = member.partnership.slug;
  const filters = parseDecisionFilters(paramsOf(query));
  const [{ outcomes, changeRequests }, boards] = await Promise.all([listDecisions(member.partnershipId, filters), listBoards(member.partnershipId)]);
  const rows: DecisionLogRow[] = [
    ...outcomes.map((o) => ({
      key: o.id,
      meetingId: o.meeting.id,
      href: meetingHref(access, slug, o.meeting),
      date: o.meeting.date,
      illustrative: o.meeting.illustrative,
      item: `${o.agendaItem.position + 1}. ${o.agendaItem.title}`,
      kind: DECISION_KIND_LABELS[o.kind],
      text: o.text,
      detail: o.kind === "ACTION" ? [o.owner, o.dueDate ? `by ${formatUkDate(o.dueDate)}` : null].filter(Boolean).join(", ") : null,
    })),
    ...changeRequests.map((cr) => ({
      key: cr.id,
      meetingId: cr.meeting!.id,
      href: meetingHref(access, slug, cr.meeting!),
      date: cr.meeting!.date,
      illustrative: cr.meeting!.illustrative,
      item: cr.decidedBetweenMeetings ? "Change request decided between meetings, noted" : "Change request",
      kind: "Decision",
      text: `${cr.state === "APPROVED" ? "Approved" : "Rejected"}: ${cr.action?.code} ${cr.action?.title}. ${cr.decisionNote ?? ""}`,
      detail: cr.state === "APPROVED" && cr.proposedDueDate ? `new due date ${formatUkDate(cr.proposedDueDate)}` : null,
    })),
  ].sort((a, b) => b.date.getTime() - a.date.getTime());
  return {
    filters: { boardId: filters.boardId, kind: filters.kind, from: filters.from ? toIsoDate(filters.from) : "", to: filters.to ? toIsoDate(filters.to) : "" },
    boards: boards.map((b) => ({ id: b.id, name: b.name })),
    rows,
    exportQuery: decisionQuery(filters, toIsoDate),
  };
}
