// The board dashboard as plain, serialisable data: built once per partnership
// and day from the plan, KPIs and change requests, using the same status
// rules as every other page. Pure: no I/O, `today` passed in.
import type { Status } from "@/lib/generated/prisma/enums";
import { daysBetween, formatUkDate } from "@/lib/dates/format";
import { assessKpi, type KpiAssessment } from "@/lib/kpis/compute";
import type { KpiListItem } from "@/lib/kpis/queries";
import { kpiInput } from "@/lib/kpis/compute";
import { assessPlan } from "@/lib/plan/assess";
import { areaRollup, occurrenceView, owedSummary, owedText, type PlanSettings, type UpdateOwed } from "@/lib/plan/compute";
import type { PlanTree } from "@/lib/plan/queries";
import { STATUSES } from "@/lib/plan/status";
import { reportsOwed, STATE_LABELS, type AreaReportRow } from "@/lib/reports/compute";
import { periodKey, periodLabel } from "@/lib/reports/period";
import type { BoardRiskRow } from "@/lib/risks/queries";
import { KPI_TILE_LIMIT, kpiCounts, kpiTiles, type KpiCounts, type KpiTile } from "./kpis";
import { boardRisks, type DashboardRisks } from "./risks";

export const UPCOMING_DAYS = 60;
export const LIST_LIMIT = 10;
type Counts = Record<Status, number>;
const zero = (): Counts => ({ COMPLETE: 0, ON_TRACK: 0, AT_RISK: 0, OFF_TRACK: 0, NOT_DUE: 0 });

export type DashboardArea = {
  id: string;
  code: string;
  title: string;
  linked: string[];
  /** Roll-up of what the leads report (or the lead's override, with its reason). */
  reported: Status;
  overrideReason: string | null;
  /** Roll-up of what the data says: computed action statuses and KPI statuses. */
  computed: Status;
  actions: number;
  computedCounts: Counts;
  conflicts: number;
  overdueActions: number;
  overdueMilestones: number;
  /** Updates owed (not updated for longer than the cadence plus grace), counted apart from lateness. */
  owed: number;
  /** "2 updates owed, oldest since 1 October 2026, from …", or null. */
  owedText: string | null;
  kpis: { total: number; offTrack: number; noData: number };
};

export type DashboardModel = {
  today: string;
  /** Where the partnership's data comes from (demo partnerships say what is illustrative). */
  provenance: string | null;
  totals: {
    actions: number;
    computed: Counts;
    conflicts: number;
    overdueActions: number;
    overdueMilestones: number;
    owed: number;
    /** Actions not complete with no agreed due date ("to be confirmed"): never late, so counted apart. */
    noDueDate: number;
    approvedChanges: number;
    pendingChanges: number;
    kpis: number;
    kpisOffTrack: number;
    kpisNoData: number;
    /** KPIs by status, "No data" apart, as the KPI list's filters count them. */
    kpiCounts: KpiCounts;
  };
  areas: DashboardArea[];
  slippage: {
    actions: { id: string; code: string; title: string; areaCode: string; daysLate: number; due: string; baseline: string; slippedDays: number }[];
    milestones: { actionId: string; code: string; text: string; due: string; daysLate: number }[];
  };
  conflicts: { actionId: string; code: string; title: string; reported: Status; computed: Status; reason: string }[];
  upcoming: { actionId: string; code: string; text: string; due: string; inDays: number }[];
  upcomingTotal: number;
  pendingChanges: {
    id: string;
    actionId: string | null;
    code: string;
    title: string;
    from: string;
    to: string | null;
    scope: string | null;
    raisedBy: string;
    raised: string;
    waitingDays: number;
  }[];
  kpiTiles: KpiTile[];
  /** Last month's highlight reports still owed once the partnership's due day has passed, by area and lead; empty before it. */
  overdueReports: { month: string; periodKey: string; due: string; reports: { areaId: string; code: string; title: string; leads: string[]; state: string }[] };
  /** Open risks: the top few, the heat map of current scores, and the counts. */
  risks: DashboardRisks;
};

export type PendingChangeRow = {
  id: string;
  createdAt: Date;
  previousDueDate: Date | null;
  proposedDueDate: Date | null;
  scopeChange: string | null;
  requestedByName: string;
  action: { id: string; code: string; title: string } | null;
};

export function buildDashboard(input: {
  tree: PlanTree;
  kpis: readonly KpiListItem[];
  pendingChanges: readonly PendingChangeRow[];
  approvedChanges: number;
  risks?: readonly BoardRiskRow[];
  settings: PlanSettings;
  today: Date;
  overrides?: ReadonlyMap<string, { status: Status; reason: string | null }>;
  /** Last month's highlight reports per top-level area, and the day they are due. */
  reports?: { period: Date; dueDay: number; areas: readonly AreaReportRow[] };
  provenance?: string | null;
}): DashboardModel {
  const { tree, kpis, today, settings } = input;
  const kpiAssessments = new Map<string, KpiAssessment>(kpis.map((kpi) => [kpi.id, assessKpi(kpiInput(kpi), today)]));
  const assessments = assessPlan(tree, today, settings, new Map(kpis.map((kpi) => [kpi.id, { name: kpi.name, status: kpiAssessments.get(kpi.id)!.status }])));

  const totals = { actions: 0, computed: zero(), conflicts: 0, overdueActions: 0, overdueMilestones: 0, owed: 0, noDueDate: 0 };
  const slipActions: DashboardModel["slippage"]["actions"] = [];
  const slipMilestones: DashboardModel["slippage"]["milestones"] = [];
  const conflicts: DashboardModel["conflicts"] = [];
  const upcoming: DashboardModel["upcoming"] = [];

  const areas: DashboardArea[] = tree.map((area) => {
    const areaIds = new Set([area.id, ...area.linkedAreas.map((l) => l.id)]);
    const reported: Status[] = [];
    const computed: Status[] = [];
    const computedCounts = zero();
    let areaConflicts = 0;
    let overdueActions = 0;
    let overdueMilestones = 0;
    const owing: { owed: UpdateOwed | null; owedBy: string[] }[] = [];
    for (const outcome of area.outcomes) {
      for (const action of outcome.actions) {
        const a = assessments.get(action.id)!;
        owing.push({ owed: a.owed, owedBy: a.owedBy });
        reported.push(action.reportedStatus);
        computed.push(a.computed.status);
        if (!action.currentDueDate && action.reportedStatus !== "COMPLETE") totals.noDueDate++;
        computedCounts[a.computed.status]++;
        if (a.conflict) {
          areaConflicts++;
          conflicts.push({
            actionId: action.id,
            code: action.code,
            title: action.title,
            reported: a.conflict.reported,
            computed: a.conflict.computed,
            reason: a.conflict.reasons[0]?.text ?? "",
          });
        }
        if (a.slip.daysLate > 0) {
          overdueActions++;
          slipActions.push({
            id: action.id,
            code: action.code,
            title: action.title,
            areaCode: area.code,
            daysLate: a.slip.daysLate,
            due: formatUkDate(action.currentDueDate),
            baseline: formatUkDate(action.baselineDueDate),
            slippedDays: a.slip.slippedDays,
          });
        }
        for (const milestone of action.milestones) {
          for (const occurrence of milestone.occurrences) {
            const view = occurrenceView(occurrence, today, settings);
            if (view === "OVERDUE" && action.reportedStatus !== "COMPLETE") {
              overdueMilestones++;
              slipMilestones.push({
                actionId: action.id,
                code: action.code,
                text: milestone.text,
                due: formatUkDate(occurrence.dueDate),
                daysLate: daysBetween(occurrence.dueDate, today),
              });
            }
            const inDays = daysBetween(today, occurrence.dueDate);
            if (occurrence.state === "PENDING" && inDays >= 0 && inDays <= UPCOMING_DAYS) {
              upcoming.push({ actionId: action.id, code: action.code, text: milestone.text, due: formatUkDate(occurrence.dueDate), inDays });
            }
          }
        }
      }
    }
    const areaKpis = kpis.filter((kpi) => kpi.areas.some((a) => areaIds.has(a.priorityArea.id)));
    const kpiStatuses = areaKpis.map((kpi) => kpiAssessments.get(kpi.id)!);
    const override = input.overrides?.get(area.id);
    totals.actions += reported.length;
    totals.conflicts += areaConflicts;
    totals.overdueActions += overdueActions;
    totals.overdueMilestones += overdueMilestones;
    const owed = owedSummary(owing);
    totals.owed += owed.count;
    for (const s of STATUSES) totals.computed[s] += computedCounts[s];
    return {
      id: area.id,
      code: area.code,
      title: area.title,
      linked: area.linkedAreas.map((l) => l.code),
      reported: override?.status ?? areaRollup(reported),
      overrideReason: override?.reason ?? null,
      computed: areaRollup([...computed, ...kpiStatuses.map((k) => k.status)]),
      actions: reported.length,
      computedCounts,
      conflicts: areaConflicts,
      overdueActions,
      overdueMilestones,
      owed: owed.count,
      owedText: owedText(owed),
      kpis: { total: areaKpis.length, offTrack: kpiStatuses.filter((k) => k.status === "OFF_TRACK").length, noData: kpiStatuses.filter((k) => k.noData).length },
    };
  });

  const tiles = kpiTiles(kpis, kpiAssessments);

  return {
    today: today.toISOString().slice(0, 10),
    provenance: input.provenance ?? null,
    totals: {
      ...totals,
      approvedChanges: input.approvedChanges,
      pendingChanges: input.pendingChanges.length,
      kpis: kpis.length,
      kpisOffTrack: tiles.filter((t) => t.status === "OFF_TRACK").length,
      kpisNoData: tiles.filter((t) => t.noData).length,
      kpiCounts: kpiCounts(tiles),
    },
    areas,
    // Lists are the worst (or soonest) few; totals carry the full counts and every tile drills down.
    slippage: {
      actions: slipActions.sort((a, b) => b.daysLate - a.daysLate).slice(0, LIST_LIMIT),
      milestones: slipMilestones.sort((a, b) => b.daysLate - a.daysLate).slice(0, LIST_LIMIT),
    },
    conflicts: conflicts.slice(0, LIST_LIMIT),
    upcoming: upcoming.sort((a, b) => a.inDays - b.inDays).slice(0, LIST_LIMIT),
    upcomingTotal: upcoming.length,
    pendingChanges: input.pendingChanges.map((cr) => ({
      id: cr.id,
      actionId: cr.action?.id ?? null,
      code: cr.action?.code ?? "",
      title: cr.action?.title ?? "",
      from: formatUkDate(cr.previousDueDate),
      to: cr.proposedDueDate ? formatUkDate(cr.proposedDueDate) : null,
      scope: cr.scopeChange,
      raisedBy: cr.requestedByName,
      raised: formatUkDate(cr.createdAt),
      waitingDays: daysBetween(cr.createdAt, today),
    })),
    kpiTiles: tiles.slice(0, KPI_TILE_LIMIT),
    overdueReports: overdueReports(input.reports, today),
    risks: boardRisks(input.risks ?? [], today),
  };
}

function overdueReports(reports: Parameters<typeof buildDashboard>[0]["reports"], today: Date): DashboardModel["overdueReports"] {
  if (!reports) return { month: "", periodKey: "", due: "", reports: [] };
  const owed = reportsOwed(reports.areas, reports.period, reports.dueDay, today).filter((o) => o.overdue);
  return {
    month: periodLabel(reports.period),
    periodKey: periodKey(reports.period),
    due: formatUkDate(owed[0]?.dueDate ?? null),
    reports: owed.map((o) => ({ areaId: o.areaId, code: o.code, title: o.title, leads: o.leads, state: STATE_LABELS[o.report?.state ?? "NONE"] })),
  };
}
