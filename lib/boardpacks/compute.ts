// The board pack's assembly rules, pure: which day a pack speaks for, which
// highlight report each of the board's areas brings (and how a missing one is
// named), and the order a board reads risks, the log and KPIs in. No I/O;
// "today" is an argument.
import type { BoardPackState, HighlightReportState, Status } from "@/lib/generated/prisma/enums";
import { byEndOf, formatUkDate, formatUkMonth, toIsoDate } from "@/lib/dates/format";
import { assessKpi, formatKpiValue } from "@/lib/kpis/compute";
import type { KpiListItem } from "@/lib/kpis/queries";
import { kpiInput } from "@/lib/kpis/compute";
import { asAtDay } from "@/lib/plan/as-at/compute";
import { byCode } from "@/lib/plan/codes";
import { IMPACT_LOG_STATE_LABELS } from "@/lib/meetings/compute";
import { owedPeriod, periodLabel } from "@/lib/reports/period";
import { parseHighlightReportSnapshot, type HighlightReportSnapshot } from "@/lib/reports/snapshot";
import { compareForBoard, heatCounts, heatMap, reviewStatus, riskTrend, scored, type RiskTrend } from "@/lib/risks/compute";
import { ownerName } from "@/lib/risks/compute";
import type { BoardPackSource } from "./queries";
import { BOARD_PACK_SNAPSHOT_VERSION, type BoardPackDocument, type BoardPackSnapshot, type PackReportEntry } from "./snapshot";

/**
 * The day a board pack's live sections are drawn as at: today while the
 * meeting is ahead (papers go out "in advance", Improvement Notice §5c), the
 * meeting day once it has passed — a pack assembled late still shows what the
 * board had in front of it on the day.
 */
export function boardPackAsAt(meetingDate: Date, today: Date): Date {
  return asAtDay(new Date(Date.UTC(meetingDate.getUTCFullYear(), meetingDate.getUTCMonth(), meetingDate.getUTCDate())), today);
}

export const BOARD_PACK_STATE_LABELS: Record<BoardPackState | "NONE", string> = { NONE: "Not started", DRAFT: "Draft", PUBLISHED: "Published" };

export type PackArea = { id: string; code: string; title: string; leads: string[] };

export type SubmissionRow = {
  areaId: string;
  period: Date;
  number: number;
  submittedAt: Date;
  outcome: HighlightReportState | null;
  decidedAt: Date | null;
  snapshot: HighlightReportSnapshot;
};

/**
 * Each of the board's areas, in the board's order, with its latest highlight
 * report the board may read as at `asAt`: the newest submission made by then
 * that is awaiting the board or was noted (a returned one is being redone).
 * An area with none is named, with the reason, never skipped.
 */
export function pickReports(areas: readonly PackArea[], submissions: readonly SubmissionRow[], asAt: Date): PackReportEntry[] {
  const owed = owedPeriod(asAt);
  return areas.map((area) => {
    const made = submissions.filter((s) => s.areaId === area.id && byEndOf(s.submittedAt, asAt)).sort((a, b) => b.period.getTime() - a.period.getTime() || b.number - a.number);
    // An outcome decided after the pack date had not happened yet on that day.
    const outcomeAt = (s: SubmissionRow) => (s.decidedAt && byEndOf(s.decidedAt, asAt) ? s.outcome : null);
    const usable = made.find((s) => outcomeAt(s) !== "RETURNED");
    if (usable) {
      // An older report is still the board's latest word from the area, but the month owed is named as missing.
      const late =
        usable.period.getTime() < owed.getTime()
          ? `The ${periodLabel(owed)} report has not been submitted; this is the latest the board has, for ${periodLabel(usable.period)}.`
          : null;
      const previous = made.find((s) => s.period.getTime() < usable.period.getTime() && outcomeAt(s) !== "RETURNED")?.snapshot ?? null;
      return {
        missing: false,
        areaCode: area.code,
        areaTitle: area.title,
        standing: outcomeAt(usable) === "NOTED" ? "NOTED" : "SUBMITTED",
        late,
        report: usable.snapshot,
        previous,
      };
    }
    const returned = made[0];
    const reason = returned
      ? `The ${formatUkMonth(returned.period)} report was returned to the lead on ${formatUkDate(returned.decidedAt)} and has not been resubmitted.`
      : "No highlight report has been submitted for this area.";
    return { missing: true, areaCode: area.code, areaTitle: area.title, leads: area.leads, reason };
  });
}

export type PackRiskInput = {
  code: string;
  title: string;
  areaCodes: string[];
  owner: string;
  escalated: boolean;
  likelihood: number;
  impact: number;
  score: number;
  band: string;
  targetScore: number;
  trend: RiskTrend;
  review: string;
};

/** The register as the board reads it: escalated to the board first, then highest current score, rising before steady. */
export function orderRisks(risks: readonly PackRiskInput[]): PackRiskInput[] {
  return [...risks].sort((a, b) => compareForBoard({ ...a, escalatedToBoard: a.escalated, currentScore: a.score }, { ...b, escalatedToBoard: b.escalated, currentScore: b.score }));
}

const KPI_ORDER: Record<Status, number> = { OFF_TRACK: 0, AT_RISK: 1, NOT_DUE: 2, ON_TRACK: 3, COMPLETE: 4 };

/** Months of values a sparkline shows. */
export const SPARK_POINTS = 12;

/**
 * The KPI table as at `asAt`: only values for periods up to that day count
 * (a later month's figure was not known then); worst first.
 */
export function packKpis(kpis: readonly KpiListItem[], asAt: Date): BoardPackSnapshot["kpis"] {
  const rows = kpis.map((kpi) => {
    const values = kpi.values.filter((v) => v.period.getTime() <= asAt.getTime());
    const a = assessKpi(kpiInput({ ...kpi, values }), asAt);
    const shown = values.slice(-SPARK_POINTS);
    return {
      code: kpi.code,
      name: kpi.name,
      areaCodes: kpi.areas.map((x) => x.priorityArea.code),
      latest: a.latest ? formatKpiValue(a.latest.value, kpi.unit) : null,
      latestPeriod: a.latest ? formatUkMonth(a.latest.period) : null,
      target: kpi.targetValue !== null ? `${formatKpiValue(kpi.targetValue, kpi.unit)} by ${formatUkDate(kpi.targetDate)}` : null,
      status: a.status,
      noData: a.noData,
      spark: shown.map((v) => v.value),
      sparkLabel: shown.length
        ? `${kpi.name}, last ${shown.length} ${shown.length === 1 ? "value" : "values"}: ${shown.map((v) => `${formatKpiValue(v.value, kpi.unit)} (${formatUkMonth(v.period)})`).join(", ")}`
        : `${kpi.name}: no values yet`,
    };
  });
  return rows.sort((a, b) => KPI_ORDER[a.status] - KPI_ORDER[b.status] || Number(a.noData) - Number(b.noData) || byCode(a, b));
}

/**
 * The pack for a meeting, drawn from its source (lib/boardpacks/queries.ts
 * getBoardPackSource) with the same rules as every other page: the board
 * dashboard, the risk register's order and trend, the log's "slow to
 * progress", KPI assessments as at the pack's day, and each area's submitted
 * highlight report (its frozen snapshot, embedded as it is).
 */
export function drawBoardPack(source: BoardPackSource, coverNote: string | null): BoardPackDocument {
  const { basis, asAt, dashboard } = source;
  const { meeting } = basis;
  const risks = orderRisks(
    source.risks.map((row) => {
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
  const kpis = packKpis(source.kpis, asAt);
  const impactLog = source.log
    .filter((e) => e.state !== "DONE" && byEndOf(e.raisedOn, asAt))
    .map((e) => {
      const latest = e.updates.filter((u) => byEndOf(u.meeting.date, asAt)).at(-1);
      return {
        number: e.number,
        title: e.title,
        owner: e.ownerName ?? e.ownerRole ?? null,
        areaCode: e.priorityArea?.code ?? null,
        actionCode: e.action?.code ?? null,
        raisedOn: toIsoDate(e.raisedOn),
        due: e.dueDate ? toIsoDate(e.dueDate) : null,
        state: IMPACT_LOG_STATE_LABELS[e.state],
        slow: e.slow.map((s) => s.text),
        latestUpdate: latest?.text ?? null,
        illustrative: Boolean(e.meeting?.illustrative || latest?.meeting.illustrative),
      };
    });

  return {
    schemaVersion: BOARD_PACK_SNAPSHOT_VERSION,
    asAt: toIsoDate(asAt),
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
        noDueDate: dashboard.totals.noDueDate,
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
      illustrative: source.risks.some((r) => r.provenance?.startsWith("Illustrative")),
      items: risks,
    },
    impactLog,
    changeRequests: dashboard.pendingChanges.map((c) => ({
      code: c.code,
      title: c.title,
      from: c.from,
      to: c.to,
      scope: c.scope,
      raisedBy: c.raisedBy,
      raised: c.raised,
      waitingDays: c.waitingDays,
    })),
    kpis,
    publication: null,
  };
}
