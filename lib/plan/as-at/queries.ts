import "server-only";
import { db, type Tx } from "@/lib/db";
import type { KpiDirection, KpiFrequency, KpiUnit, OccurrenceState, Status } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SourceAction, SourceChangeRequest, SourceKpi } from "./compute";

const live = { archivedAt: null };

/** What an action's row brings for the as-at rules: its history, milestones, approved changes and linked KPIs. */
function actionSelect(partnershipId: string) {
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
        occurrences: {
          where: { partnershipId },
          orderBy: { dueDate: "asc" },
          select: { dueDate: true, state: true, decidedAt: true, note: true, _count: { select: { evidence: true } } },
        },
      },
    },
    changeRequests: { where: { partnershipId, state: "APPROVED", decidedAt: { not: null } }, select: { previousDueDate: true, decidedAt: true } },
    kpis: { where: { partnershipId }, select: { kpiId: true } },
  } as const;
}

type ActionRow = {
  id: string;
  code: string;
  title: string;
  priorityAreaId: string;
  leadRole: string | null;
  lead: { user: { name: string } } | null;
  startDate: Date | null;
  baselineDueDate: Date | null;
  currentDueDate: Date | null;
  reportedStatus: Status;
  reportedAt: Date | null;
  completedAt: Date | null;
  updates: { status: Status; createdAt: Date }[];
  milestones: {
    text: string;
    _count: { evidence: number };
    occurrences: { dueDate: Date; state: OccurrenceState; decidedAt: Date | null; note: string | null; _count: { evidence: number } }[];
  }[];
  changeRequests: { previousDueDate: Date | null; decidedAt: Date | null }[];
  kpis: { kpiId: string }[];
};

function toSourceAction(a: ActionRow): SourceAction & { priorityAreaId: string } {
  return {
    id: a.id,
    code: a.code,
    title: a.title,
    priorityAreaId: a.priorityAreaId,
    lead: a.lead?.user.name ?? a.leadRole,
    startDate: a.startDate,
    baselineDueDate: a.baselineDueDate,
    currentDueDate: a.currentDueDate,
    reportedStatus: a.reportedStatus,
    reportedAt: a.reportedAt,
    completedAt: a.completedAt,
    updates: a.updates.map((u) => ({ status: u.status, at: u.createdAt })),
    occurrences: a.milestones.flatMap((m) =>
      m.occurrences.map((o) => ({
        milestoneText: m.text,
        dueDate: o.dueDate,
        state: o.state,
        decidedAt: o.decidedAt,
        note: o.note,
        evidence: o._count.evidence + m._count.evidence,
      })),
    ),
    approvedChanges: a.changeRequests.map((c) => ({ previousDueDate: c.previousDueDate, decidedAt: c.decidedAt! })),
    kpiIds: a.kpis.map((k) => k.kpiId),
  };
}

function kpiSelect(partnershipId: string) {
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
    areas: { where: { partnershipId }, select: { priorityAreaId: true } },
  } as const;
}

type KpiRow = {
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
  areas: { priorityAreaId: string }[];
};

function toSourceKpi(k: KpiRow): SourceKpi & { areaIds: string[] } {
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
    areaIds: k.areas.map((a) => a.priorityAreaId),
  };
}

/** What a change request contributes to a document: the fields of SourceChangeRequest, the action's area for grouping, and the meeting that decided it. */
const changeRequestSelect = {
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
  meeting: { select: { title: true, date: true } },
} satisfies Prisma.ChangeRequestSelect;

type ChangeRequestRow = Prisma.ChangeRequestGetPayload<{ select: typeof changeRequestSelect }>;

export type ChangeRequestAsAtRow = SourceChangeRequest & { priorityAreaId: string | null; meeting: { title: string; date: Date } | null };

function toSourceChangeRequest(c: ChangeRequestRow): ChangeRequestAsAtRow {
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
    priorityAreaId: c.action?.priorityAreaId ?? null,
    meeting: c.meeting,
  };
}

/**
 * The live plan rows the as-at rules replay (./compute.ts): the actions,
 * KPIs and change requests of the areas `areaIds` (null: every live area,
 * and the change requests of live actions only), each with the area it
 * belongs to, so a caller drawing several areas groups them itself.
 * `client` is the caller's transaction when a document is frozen, so the
 * snapshot is exactly what its checks saw.
 */
export async function getPlanRowsAsAt(partnershipId: string, areaIds: readonly string[] | null, client: Tx = db) {
  const inAreas = areaIds ? { priorityAreaId: { in: [...areaIds] } } : {};
  const [actions, kpis, changeRequests] = await Promise.all([
    client.action.findMany({ where: { partnershipId, ...live, ...inAreas }, orderBy: { code: "asc" }, select: actionSelect(partnershipId) }),
    client.kpi.findMany({
      where: { partnershipId, ...live, ...(areaIds ? { areas: { some: { partnershipId, ...inAreas } } } : {}) },
      orderBy: { code: "asc" },
      select: kpiSelect(partnershipId),
    }),
    client.changeRequest.findMany({
      where: { partnershipId, action: { partnershipId, ...(areaIds ? inAreas : live) } },
      orderBy: { createdAt: "asc" },
      select: changeRequestSelect,
    }),
  ]);
  return { actions: actions.map(toSourceAction), kpis: kpis.map(toSourceKpi), changeRequests: changeRequests.map(toSourceChangeRequest) };
}
