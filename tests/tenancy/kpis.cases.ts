// Cross-tenant cases for KPIs: their reads, and every write of a value or a definition.
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

export const kpiCases: TenancyCases = {
  "lib/kpis/queries.ts#listKpis": { kind: "tenant", args: (partnershipId) => [partnershipId] },
  "lib/kpis/queries.ts#listKpiDefinitions": { kind: "tenant", args: (partnershipId) => [partnershipId] },
  // Another partnership's KPI ids asked through this one's id: nothing.
  "lib/kpis/queries.ts#listKpiValues": { kind: "tenant", args: (partnershipId, rows) => [partnershipId, [rows.Kpi]], empty: true },
  "lib/kpis/queries.ts#getKpiDetail": { kind: "tenant", args: (partnershipId, rows) => [partnershipId, rows.Kpi], empty: true },
  "lib/kpis/mutations/values.ts#saveKpiValue": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { kpiId: rows.Kpi, period: new Date("2025-06-01"), value: 1 }],
  },
  "lib/kpis/mutations/values.ts#correctKpiValue": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { kpiId: rows.Kpi, period: new Date("2025-07-01"), value: 1, reason: "Cross-tenant write" }],
  },
  "lib/kpis/mutations/values.ts#importKpiValues": {
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
  "lib/kpis/mutations/definitions.ts#setKpiArchived": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { id: rows.Kpi, version: 1, archived: true }],
  },
  "lib/kpis/queries.ts#getKpiForEdit": { kind: "tenant", args: (partnershipId, rows) => [partnershipId, rows.Kpi], empty: true },
  "lib/kpis/mutations/definitions.ts#createKpi": {
    kind: "mutation",
    // Linking another partnership's area is refused: the area is "not found" here.
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, kpiDefinition({ areaIds: [rows.PriorityArea!] })],
  },
  "lib/kpis/mutations/definitions.ts#updateKpi": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { id: rows.Kpi, version: 1, ...kpiDefinition({ areaIds: [rows.PriorityArea!] }) }],
  },
};
