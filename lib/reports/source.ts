// The shapes in which the plan's live rows are read for a document drawn "as
// at" a day (a highlight report, a stocktake pack), and how they become the
// plain inputs of lib/reports/prefill.ts. Selects are plain objects with the
// tenant in every nested where; the queries that use them live in the data
// layer (lib/reports/queries.ts, lib/stocktakes/pack-source/queries.ts).
import type { KpiDirection, KpiFrequency, KpiUnit, OccurrenceState, Status } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SourceAction, SourceChangeRequest, SourceKpi } from "./prefill";

/** What an action's row brings for the as-at rules: its history, milestones, approved changes and linked KPIs. */
export function actionSourceSelect(partnershipId: string) {
  return {
    id: true,
    code: true,
    title: true,
    priorityAreaId: true,
    leadRole: true,
    lead: { select: { user: { select: { name: true } } } },
    startDate: true,
    baselineDueDate: true,
    currentDueDate: true,
    reportedStatus: true,
    reportedAt: true,
    completedAt: true,
    updates: { where: { partnershipId }, orderBy: { createdAt: "asc" }, select: { status: true, createdAt: true } },
    milestones: {
      where: { partnershipId, archivedAt: null },
      orderBy: { position: "asc" },
      select: {
        text: true,
        _count: { select: { evidence: true } },
        occurrences: { where: { partnershipId }, orderBy: { dueDate: "asc" }, select: { dueDate: true, state: true, decidedAt: true, note: true, _count: { select: { evidence: true } } } },
      },
    },
    changeRequests: { where: { partnershipId, state: "APPROVED", decidedAt: { not: null } }, select: { previousDueDate: true, decidedAt: true } },
    kpis: { where: { partnershipId }, select: { kpiId: true } },
  } as const;
}

export type ActionSourceRow = {
  id: string;
  code: string;
  title: string;
  leadRole: string | null;
  lead: { user: { name: string } } | null;
  startDate: Date | null;
  baselineDueDate: Date;
  currentDueDate: Date;
  reportedStatus: Status;
  reportedAt: Date | null;
  completedAt: Date | null;
  updates: { status: Status; createdAt: Date }[];
  milestones: { text: string; _count: { evidence: number }; occurrences: { dueDate: Date; state: OccurrenceState; decidedAt: Date | null; note: string | null; _count: { evidence: number } }[] }[];
  changeRequests: { previousDueDate: Date | null; decidedAt: Date | null }[];
  kpis: { kpiId: string }[];
};

export function toSourceAction(a: ActionSourceRow): SourceAction {
  return {
    id: a.id,
    code: a.code,
    title: a.title,
    lead: a.lead?.user.name ?? a.leadRole,
    startDate: a.startDate,
    baselineDueDate: a.baselineDueDate,
    currentDueDate: a.currentDueDate,
    reportedStatus: a.reportedStatus,
    reportedAt: a.reportedAt,
    completedAt: a.completedAt,
    updates: a.updates.map((u) => ({ status: u.status, at: u.createdAt })),
    occurrences: a.milestones.flatMap((m) =>
      m.occurrences.map((o) => ({ milestoneText: m.text, dueDate: o.dueDate, state: o.state, decidedAt: o.decidedAt, note: o.note, evidence: o._count.evidence + m._count.evidence })),
    ),
    approvedChanges: a.changeRequests.map((c) => ({ previousDueDate: c.previousDueDate, decidedAt: c.decidedAt! })),
    kpiIds: a.kpis.map((k) => k.kpiId),
  };
}

export function kpiSourceSelect(partnershipId: string) {
  return {
    id: true,
    code: true,
    name: true,
    unit: true,
    direction: true,
    frequency: true,
    tolerance: true,
    baselineValue: true,
    baselineDate: true,
    targetValue: true,
    targetDate: true,
    trajectory: { where: { partnershipId }, orderBy: { date: "asc" }, select: { date: true, value: true } },
    values: { where: { partnershipId }, orderBy: { period: "asc" }, select: { period: true, value: true } },
  } as const;
}

export type KpiSourceRow = {
  id: string;
  code: string;
  name: string;
  unit: KpiUnit;
  direction: KpiDirection;
  frequency: KpiFrequency;
  tolerance: number;
  baselineValue: number | null;
  baselineDate: Date | null;
  targetValue: number | null;
  targetDate: Date | null;
  trajectory: { date: Date; value: number }[];
  values: { period: Date; value: number }[];
};

export function toSourceKpi(k: KpiSourceRow): SourceKpi {
  return {
    id: k.id,
    code: k.code,
    name: k.name,
    direction: k.direction,
    frequency: k.frequency,
    unit: k.unit,
    tolerance: k.tolerance,
    baseline: k.baselineValue !== null && k.baselineDate ? { date: k.baselineDate, value: k.baselineValue } : null,
    target: k.targetValue !== null && k.targetDate ? { date: k.targetDate, value: k.targetValue } : null,
    trajectory: k.trajectory,
    values: k.values,
  };
}

/** What a change request contributes to a report or a pack: the fields of SourceChangeRequest, and the action's area for grouping. */
export const changeRequestSourceSelect = {
  previousDueDate: true,
  proposedDueDate: true,
  scopeChange: true,
  reason: true,
  state: true,
  requestedByName: true,
  createdAt: true,
  decidedAt: true,
  decidedByName: true,
  decisionNote: true,
  action: { select: { code: true, priorityAreaId: true } },
  milestone: { select: { text: true } },
} satisfies Prisma.ChangeRequestSelect;

type ChangeRequestSourceRow = Prisma.ChangeRequestGetPayload<{ select: typeof changeRequestSourceSelect }>;

export function toSourceChangeRequest(c: ChangeRequestSourceRow): SourceChangeRequest {
  return {
    actionCode: c.action?.code ?? null,
    milestone: c.milestone?.text ?? null,
    previousDueDate: c.previousDueDate,
    proposedDueDate: c.proposedDueDate,
    scopeChange: c.scopeChange,
    reason: c.reason,
    state: c.state,
    requestedByName: c.requestedByName,
    createdAt: c.createdAt,
    decidedAt: c.decidedAt,
    decidedByName: c.decidedByName,
    decisionNote: c.decisionNote,
  };
}
