import "server-only";
import { db, type Tx } from "@/lib/db";
import type { HighlightReportState } from "@/lib/generated/prisma/enums";
import { statusLabels } from "@/lib/plan/status";
import { leadNames, leadSelect } from "@/lib/reports/leads";

const live = { archivedAt: null };

/** A meeting's pack row (draft or published) without its snapshot, or null when none has been started. */
export async function getBoardPackRow(partnershipId: string, meetingId: string, client: Tx = db) {
  return client.boardPack.findFirst({
    where: { partnershipId, meetingId },
    select: { id: true, state: true, coverNote: true, version: true, publishedAt: true, publishedByName: true },
  });
}
export type BoardPackRow = NonNullable<Awaited<ReturnType<typeof getBoardPackRow>>>;

/** A published pack by its id, with its frozen snapshot; drafts are not found here. */
export async function getPublishedBoardPack(partnershipId: string, packId: string) {
  return db.boardPack.findFirst({
    where: { id: packId, partnershipId, state: "PUBLISHED" },
    select: { id: true, meetingId: true, snapshot: true, publishedAt: true, meeting: { select: { published: true } } },
  });
}

/** Published packs by meeting, for the meetings list and the meeting page. */
export async function listPublishedBoardPacks(partnershipId: string) {
  return db.boardPack.findMany({
    where: { partnershipId, state: "PUBLISHED" },
    select: { id: true, meetingId: true, publishedAt: true },
  });
}

/**
 * What a pack is assembled from, apart from the dashboard, the risk register
 * and the log (their own modules draw those): the meeting with its board,
 * agenda and the board's top-level areas (none named: all of them) with
 * their leads, every submission of those areas' highlight reports, and the
 * partnership's labels and provenance.
 */
export async function getBoardPackBasis(partnershipId: string, meetingId: string, client: Tx = db) {
  const meeting = await client.meeting.findFirst({
    where: { id: meetingId, partnershipId },
    select: {
      id: true,
      title: true,
      date: true,
      durationMinutes: true,
      location: true,
      illustrative: true,
      boardId: true,
      board: { select: { name: true, chairName: true, chairRole: true, areas: { select: { priorityAreaId: true } } } },
      agendaItems: { orderBy: { position: "asc" }, select: { position: true, title: true, presenter: true, durationMinutes: true } },
      partnership: { select: { name: true, slug: true, statusLabels: true, provenance: true } },
    },
  });
  if (!meeting) return null;
  const named = meeting.board.areas.map((a) => a.priorityAreaId);
  const areas = await client.priorityArea.findMany({
    where: { partnershipId, ...live, parentId: null, ...(named.length ? { id: { in: named } } : {}) },
    orderBy: [{ position: "asc" }, { code: "asc" }],
    select: { id: true, code: true, title: true, leadRoles: true, leads: { where: { partnershipId }, ...leadSelect }, children: { where: { partnershipId, ...live }, select: { id: true } } },
  });
  const submissions = await client.highlightReportSubmission.findMany({
    where: { partnershipId, report: { partnershipId, priorityAreaId: { in: areas.map((a) => a.id) } } },
    select: {
      number: true,
      submittedAt: true,
      outcome: true,
      decidedAt: true,
      snapshot: true,
      report: { select: { priorityAreaId: true, period: true } },
    },
  });
  return {
    meeting,
    labels: statusLabels(meeting.partnership.statusLabels),
    areas: areas.map((a) => ({ id: a.id, code: a.code, title: a.title, leads: leadNames(a), childIds: a.children.map((c) => c.id) })),
    submissions: submissions.map((s) => ({
      areaId: s.report.priorityAreaId,
      period: s.report.period,
      number: s.number,
      submittedAt: s.submittedAt,
      outcome: s.outcome as HighlightReportState | null,
      decidedAt: s.decidedAt,
      snapshot: s.snapshot,
    })),
  };
}
export type BoardPackBasis = NonNullable<Awaited<ReturnType<typeof getBoardPackBasis>>>;
