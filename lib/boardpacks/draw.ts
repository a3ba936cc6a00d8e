// Draws a board pack from live data as at the pack date, with the same rules
// as every other page: the board dashboard (lib/dashboard), the risk
// register (lib/risks), the impact log's "slow to progress"
// (lib/meetings), KPI assessments (lib/kpis) and the areas' submitted
// highlight reports (lib/reports snapshots, embedded as they are). A draft
// is drawn on every view; publishing draws it once more, through the
// publishing transaction (`client`), and freezes it.
import "server-only";
import type { Tx } from "@/lib/db";
import { getDashboard } from "@/lib/dashboard/queries";
import { IMPACT_LOG_STATE_LABELS } from "@/lib/meetings/compute";
import { impactLogView } from "@/lib/meetings/impact-log";
import { listKpis } from "@/lib/kpis/queries";
import { parseHighlightReportSnapshot } from "@/lib/reports/snapshot";
import { heatCounts, heatMap, reviewStatus, riskTrend, scored } from "@/lib/risks/compute";
import { listOpenRisksForBoard } from "@/lib/risks/queries";
import { ownerName } from "@/lib/risks/view";
import { isoDay, orderRisks, packAsAt, packKpis, pickReports } from "./compute";
import { getBoardPackBasis } from "./queries";
import { BOARD_PACK_SNAPSHOT_VERSION, type BoardPackDocument } from "./snapshot";

/** The pack for a meeting as the data stands on `today` (null when the meeting is not this partnership's). */
export async function drawBoardPack(partnershipId: string, meetingId: string, today: Date, coverNote: string | null, client?: Tx): Promise<BoardPackDocument | null> {
  const basis = await getBoardPackBasis(partnershipId, meetingId, client);
  if (!basis) return null;
  const { meeting } = basis;
  const asAt = packAsAt(meeting.date, today);
  const areaIds = basis.areas.flatMap((a) => [a.id, ...a.childIds]);
  const covered = new Set(areaIds);
  const [dashboard, allRisks, allKpis, log] = await Promise.all([
    getDashboard(partnershipId, asAt, areaIds, client),
    listOpenRisksForBoard(partnershipId, client),
    listKpis(partnershipId, client),
    impactLogView(partnershipId, asAt, meeting.boardId, client),
  ]);

  const riskRows = allRisks.filter((r) => r.areas.some((a) => covered.has(a.priorityArea.id)));
  const risks = orderRisks(
    riskRows.map((row) => {
      const current = scored({ likelihood: row.currentLikelihood, impact: row.currentImpact });
      return {
        code: row.code,
        title: row.title,
        areaCodes: row.areas.map((a) => a.priorityArea.code),
        owner: ownerName(row),
        escalated: row.escalatedToBoard,
        likelihood: current.likelihood,
        impact: current.impact,
        score: current.score,
        band: current.band.label,
        targetScore: row.targetLikelihood * row.targetImpact,
        trend: riskTrend(row.reviews, asAt).trend,
        review: reviewStatus({ state: "OPEN", nextReviewDate: row.nextReviewDate }, asAt).text,
      };
    }),
  );
  const kpis = packKpis(
    allKpis.filter((k) => k.areas.some((a) => covered.has(a.priorityArea.id))),
    asAt,
  );
  const asAtEnd = asAt.getTime() + 86_400_000;
  const impactLog = log.entries
    .filter((e) => e.state !== "DONE" && e.raisedOn.getTime() < asAtEnd)
    .map((e) => {
      const latest = e.updates.filter((u) => u.meeting.date.getTime() < asAtEnd).at(-1);
      return {
        number: e.number,
        title: e.title,
        owner: e.ownerName ?? e.ownerRole ?? null,
        areaCode: e.priorityArea?.code ?? null,
        actionCode: e.action?.code ?? null,
        raisedOn: isoDay(e.raisedOn),
        due: e.dueDate ? isoDay(e.dueDate) : null,
        state: IMPACT_LOG_STATE_LABELS[e.state],
        slow: e.slow.map((s) => s.text),
        latestUpdate: latest?.text ?? null,
        illustrative: Boolean(e.meeting?.illustrative || latest?.meeting.illustrative),
      };
    });

  return {
    schemaVersion: BOARD_PACK_SNAPSHOT_VERSION,
    asAt: isoDay(asAt),
    partnership: { name: meeting.partnership.name, slug: meeting.partnership.slug },
    labels: basis.labels,
    provenance: meeting.partnership.provenance,
    meeting: {
      title: meeting.title,
      date: meeting.date.toISOString(),
      durationMinutes: meeting.durationMinutes,
      location: meeting.location,
      illustrative: meeting.illustrative,
      board: meeting.board && { name: meeting.board.name, chairName: meeting.board.chairName, chairRole: meeting.board.chairRole },
      agenda: meeting.agendaItems,
    },
    coverNote,
    dashboard: {
      totals: {
        actions: dashboard.totals.actions,
        computed: dashboard.totals.computed,
        conflicts: dashboard.totals.conflicts,
        overdueActions: dashboard.totals.overdueActions,
        overdueMilestones: dashboard.totals.overdueMilestones,
        kpis: kpis.length,
        kpisOffTrack: kpis.filter((k) => k.status === "OFF_TRACK").length,
        kpisNoData: kpis.filter((k) => k.noData).length,
        pendingChanges: dashboard.totals.pendingChanges,
      },
      areas: dashboard.areas.map((a) => ({
        code: a.code,
        title: a.title,
        reported: a.reported,
        computed: a.computed,
        actions: a.actions,
        counts: a.computedCounts,
        conflicts: a.conflicts,
        overdueActions: a.overdueActions,
        kpisOffTrack: a.kpis.offTrack,
      })),
      conflicts: dashboard.conflicts.map((c) => ({ code: c.code, title: c.title, reported: c.reported, computed: c.computed, reason: c.reason })),
      kpisOffTrack: kpis.filter((k) => k.status === "OFF_TRACK").map((k) => ({ code: k.code, name: k.name, latest: k.latest, target: k.target })),
    },
    reports: pickReports(
      basis.areas,
      basis.submissions.map((s) => ({ ...s, snapshot: parseHighlightReportSnapshot(s.snapshot) })),
      asAt,
    ),
    risks: {
      heat: heatCounts(heatMap(risks)),
      illustrative: riskRows.some((r) => r.provenance?.startsWith("Illustrative")),
      items: risks,
    },
    impactLog,
    changeRequests: dashboard.pendingChanges.map((c) => ({ code: c.code, title: c.title, from: c.from, to: c.to, scope: c.scope, raisedBy: c.raisedBy, raised: c.raised, waitingDays: c.waitingDays })),
    kpis,
    publication: null,
  };
}
