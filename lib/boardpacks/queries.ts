import "server-only";
import { getDashboard } from "@/lib/dashboard/queries";
import { db, type Tx } from "@/lib/db";
import type { HighlightReportState } from "@/lib/generated/prisma/enums";
import { listKpis } from "@/lib/kpis/queries";
import { impactLogView } from "@/lib/meetings/impact-log";
import { areaLeadNames, areaLeadsSelect } from "@/lib/people/names";
import { statusLabels } from "@/lib/plan/status";
import { listOpenRisksForBoard } from "@/lib/risks/queries";
import { boardPackAsAt } from "./compute";

const live = { archivedAt: null };

/** A meeting's pack row (draft or published) without its snapshot, or null when none has been started. */
export async function getBoardPackRow(partnershipId: string, meetingId: string, client: Tx = db) {
  return client.boardPack.findFirst({
    where: { partnershipId, meetingId },
    select: { id: true, state: true, coverNote: true, version: true, publishedAt: true, publishedByName: true, meeting: { select: { published: true } } },
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
    select: { id: true, meetingId: true, publishedAt: true, meeting: { select: { published: true } } },
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
    select: {
      id: true,
      code: true,
      title: true,
      leadRoles: true,
      leads: { where: { partnershipId }, ...areaLeadsSelect },
      children: { where: { partnershipId, ...live }, select: { id: true } },
    },
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
    areas: areas.map((a) => ({ id: a.id, code: a.code, title: a.title, leads: areaLeadNames(a), childIds: a.children.map((c) => c.id) })),
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

/**
 * Everything a meeting's pack is drawn from as the data stands on `today`
 * (null when the meeting is not this partnership's): the basis above, the
 * pack's day, and, as at that day, the board dashboard of the board's areas
 * (lib/dashboard), the open risks and KPIs of those areas, and the board's
 * action and impact log (lib/meetings). A draft reads it on every view;
 * publishing reads it once more, through the publishing transaction
 * (`client`), and freezes what lib/boardpacks/compute.ts draws from it.
 */
export async function getBoardPackSource(partnershipId: string, meetingId: string, today: Date, client?: Tx) {
  const basis = await getBoardPackBasis(partnershipId, meetingId, client);
  if (!basis) return null;
  const asAt = boardPackAsAt(basis.meeting.date, today);
  const areaIds = basis.areas.flatMap((a) => [a.id, ...a.childIds]);
  const covered = new Set(areaIds);
  const [dashboard, risks, kpis, log] = await Promise.all([
    getDashboard(partnershipId, asAt, areaIds, client),
    listOpenRisksForBoard(partnershipId, client),
    listKpis(partnershipId, client),
    impactLogView(partnershipId, asAt, basis.meeting.boardId, client),
  ]);
  return {
    basis,
    asAt,
    dashboard,
    risks: risks.filter((r) => r.areas.some((a) => covered.has(a.priorityArea.id))),
    kpis: kpis.filter((k) => k.areas.some((a) => covered.has(a.priorityArea.id))),
    log: log.entries,
  };
}
export type BoardPackSource = NonNullable<Awaited<ReturnType<typeof getBoardPackSource>>>;
