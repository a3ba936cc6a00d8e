// Cross-tenant cases for plan tracking and change requests.
import { expect } from "vitest";
import { db } from "../support/db";
import type { KpiDefinitionInput } from "@/lib/kpis/definition";
import type { TenancyCases } from "./types";

function kpiDefinition(overrides: Partial<KpiDefinitionInput>): KpiDefinitionInput {
  return {
    code: "XT1",
    name: "Cross-tenant KPI",
    definition: "Should never be written.",
    unit: "PERCENT",
    direction: "HIGHER_IS_BETTER",
    frequency: "MONTHLY",
    tolerance: 0,
    baselineValue: undefined,
    targetValue: undefined,
    areaIds: [],
    actionCodes: [],
    trajectory: [],
    benchmarks: [],
    ...overrides,
  };
}

export const planCases: TenancyCases = {
  "lib/plan/queries.ts#getPlanSettings": { kind: "tenant", args: (partnershipId) => [partnershipId] },
  "lib/plan/queries.ts#getActionDetail": { kind: "tenant", args: (partnershipId, rows) => [partnershipId, rows.Action], empty: true },
  "lib/plan/queries.ts#listActionsForMember": {
    kind: "tenant",
    // Derbyshire's lead and the area they lead, whichever partnership id is passed.
    args: async (partnershipId) => {
      const lead = await db.membership.findFirstOrThrow({
        where: { user: { email: "lead@derbyshire.demo" } },
        select: { id: true, areas: { select: { priorityAreaId: true } } },
      });
      return [partnershipId, lead.id, lead.areas.map((a) => a.priorityAreaId)];
    },
    empty: true,
  },
  "lib/changes/queries.ts#listChangeRequests": { kind: "tenant", args: (partnershipId) => [partnershipId] },
  "lib/dashboard/queries.ts#getDashboard": { kind: "tenant", args: (partnershipId) => [partnershipId, new Date("2025-09-30")] },
  "lib/kpis/queries.ts#listKpis": { kind: "tenant", args: (partnershipId) => [partnershipId] },
  "lib/kpis/queries.ts#getKpiDetail": { kind: "tenant", args: (partnershipId, rows) => [partnershipId, rows.Kpi], empty: true },
  "lib/kpis/mutations.ts#saveKpiValue": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { kpiId: rows.Kpi, period: new Date("2025-06-01"), value: 1 }],
  },
  "lib/kpis/mutations.ts#correctKpiValue": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { kpiId: rows.Kpi, period: new Date("2025-07-01"), value: 1, reason: "Cross-tenant write" }],
  },
  "lib/plan/mutations.ts#correctDueDate": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { actionId: rows.Action, version: 1, dueDate: new Date("2030-01-01"), reason: "Cross-tenant write" }],
  },
  "lib/kpis/mutations.ts#importKpiValues": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { kpiId: rows.Kpi, data: "Jun 2025\t1" }],
  },
  "lib/kpis/queries.ts#listArchivedKpis": {
    // Its own check: the demo data has no archived KPI, so one is archived for the test.
    kind: "pre-tenant",
    async check(fn, ids) {
      const kpi = await db.kpi.findFirstOrThrow({ where: { partnershipId: ids.derbyshire, archivedAt: null }, select: { id: true } });
      await db.kpi.updateMany({ where: { id: kpi.id, partnershipId: ids.derbyshire }, data: { archivedAt: new Date() } });
      try {
        const found = async (partnershipId: string) => ((await fn(partnershipId)) as { id: string }[]).map((k) => k.id);
        expect(await found(ids.derbyshire)).toContain(kpi.id);
        expect(await found(ids.derbyCity)).not.toContain(kpi.id);
      } finally {
        await db.kpi.updateMany({ where: { id: kpi.id, partnershipId: ids.derbyshire }, data: { archivedAt: null } });
      }
    },
  },
  "lib/kpis/mutations.ts#setKpiArchived": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { id: rows.Kpi, version: 1, archived: true }],
  },
  "lib/kpis/queries.ts#getKpiForEdit": { kind: "tenant", args: (partnershipId, rows) => [partnershipId, rows.Kpi], empty: true },
  "lib/kpis/mutations.ts#createKpi": {
    kind: "mutation",
    // Linking another partnership's area is refused: the area is "not found" here.
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, kpiDefinition({ areaIds: [rows.PriorityArea!] })],
  },
  "lib/kpis/mutations.ts#updateKpi": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { id: rows.Kpi, version: 1, ...kpiDefinition({ areaIds: [rows.PriorityArea!] }) }],
  },
  "lib/plan/mutations.ts#updateActionStatus": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { actionId: rows.Action, version: 1, status: "OFF_TRACK", commentary: "Cross-tenant write" }],
  },
  "lib/plan/mutations.ts#recordMilestoneOutcome": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { occurrenceId: rows.MilestoneOccurrence, version: 1, outcome: "MET", note: "Cross-tenant write" }],
  },
  "lib/changes/mutations.ts#raiseChangeRequest": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { actionId: rows.Action, proposedDueDate: new Date("2030-01-01"), reason: "x", impact: "x" }],
  },
  "lib/changes/mutations.ts#decideChangeRequest": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { changeRequestId: rows.ChangeRequest, version: 1, decision: "APPROVED", decisionNote: "x" }],
  },
};
