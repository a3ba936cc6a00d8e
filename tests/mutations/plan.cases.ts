// Plan tracking, change requests and KPIs: each mutation once, with a valid input.
import { db } from "../support/db";
import { parseIsoDate } from "@/lib/dates/format";
import { raiseChangeRequest } from "@/lib/changes/mutations";
import type { KpiDefinitionInput } from "@/lib/kpis/definition";
import type { MutationCases } from "./types";

const liveAction = (partnershipId: string) =>
  db.action.findFirstOrThrow({ where: { partnershipId, archivedAt: null }, orderBy: { code: "asc" }, select: { id: true, version: true, code: true } });

const liveKpi = (partnershipId: string) =>
  db.kpi.findFirstOrThrow({ where: { partnershipId, archivedAt: null }, orderBy: { code: "asc" }, select: { id: true, version: true, code: true } });

function definition(code: string): KpiDefinitionInput {
  return {
    code,
    name: `Registry KPI ${code}`,
    definition: "Written by the mutation registry test.",
    unit: "PERCENT",
    direction: "HIGHER_IS_BETTER",
    frequency: "MONTHLY",
    tolerance: 2,
    baselineValue: undefined,
    targetValue: undefined,
    areaIds: [],
    actionCodes: [],
    trajectory: [],
    benchmarks: [],
  };
}

export const planCases: MutationCases = {
  "lib/plan/mutations.ts#updateActionStatus": async ({ partnershipId }) => {
    const action = await liveAction(partnershipId);
    return { actionId: action.id, version: action.version, status: "AT_RISK", commentary: "Registry test: one audit row." };
  },
  "lib/plan/mutations.ts#recordMilestoneOutcome": async ({ partnershipId }) => {
    const occurrence = await db.milestoneOccurrence.findFirstOrThrow({
      where: { partnershipId, state: "PENDING", milestone: { archivedAt: null, action: { archivedAt: null } } },
      select: { id: true, version: true },
    });
    return { occurrenceId: occurrence.id, version: occurrence.version, outcome: "MET", note: "Registry test." };
  },
  "lib/changes/mutations.ts#raiseChangeRequest": async ({ partnershipId }) => {
    const action = await db.action.findFirstOrThrow({ where: { partnershipId, archivedAt: null, changeRequests: { none: { state: "PENDING", milestoneId: null } } }, select: { id: true } });
    return { actionId: action.id, proposedDueDate: parseIsoDate("2027-06-30"), reason: "Registry test.", impact: "None." };
  },
  "lib/changes/mutations.ts#decideChangeRequest": async ({ partnershipId, admin }) => {
    const action = await db.action.findFirstOrThrow({ where: { partnershipId, archivedAt: null, changeRequests: { none: { state: "PENDING", milestoneId: null } } }, select: { id: true } });
    const { changeRequestId } = await raiseChangeRequest(partnershipId, admin, { actionId: action.id, scopeChange: "Registry test.", reason: "Registry test.", impact: "None." });
    return { changeRequestId, version: 1, decision: "REJECTED", decisionNote: "Registry test." };
  },
  "lib/kpis/mutations.ts#saveKpiValue": async ({ partnershipId }) => {
    const kpi = await liveKpi(partnershipId);
    return { kpiId: kpi.id, period: parseIsoDate("2026-01-01"), value: 42, reason: "Registry test: corrected figure." };
  },
  "lib/kpis/mutations.ts#importKpiValues": async ({ partnershipId }) => {
    const kpi = await liveKpi(partnershipId);
    return { kpiId: kpi.id, data: "Feb 2026\t43\nMar 2026\t44\nApr 2026\t45", reason: "Registry test: corrected figures." };
  },
  "lib/kpis/mutations.ts#createKpi": async ({ next }) => definition(`RG${next()}`),
  "lib/kpis/mutations.ts#updateKpi": async ({ partnershipId, admin, next }) => {
    const { createKpi } = await import("@/lib/kpis/mutations");
    const kpi = await createKpi(partnershipId, admin, definition(`RG${next()}`));
    return { id: kpi.id, version: kpi.version, ...definition(`RG${next()}`) };
  },
  "lib/kpis/mutations.ts#setKpiArchived": async ({ partnershipId, admin, next }) => {
    const { createKpi } = await import("@/lib/kpis/mutations");
    const kpi = await createKpi(partnershipId, admin, definition(`RG${next()}`));
    return { id: kpi.id, version: kpi.version, archived: true };
  },
};
