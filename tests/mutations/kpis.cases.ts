// KPIs: each mutation once, with a valid input (values entered, corrected and
// imported; definitions added, edited and archived).
import { db } from "../support/db";
import { parseIsoDate } from "@/lib/dates/format";
import type { KpiDefinitionInput } from "@/lib/kpis/definition";
import type { MutationCases } from "./types";

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

export const kpiCases: MutationCases = {
  "lib/kpis/mutations/values.ts#saveKpiValue": async ({ partnershipId }) => {
    const kpi = await liveKpi(partnershipId);
    return { kpiId: kpi.id, period: parseIsoDate("2026-01-01"), value: 42, reason: "Registry test: corrected figure." };
  },
  "lib/kpis/mutations/values.ts#importKpiValues": async ({ partnershipId }) => {
    const kpi = await liveKpi(partnershipId);
    return { kpiId: kpi.id, data: "Feb 2026\t43\nMar 2026\t44\nApr 2026\t45", reason: "Registry test: corrected figures." };
  },
  "lib/kpis/mutations/definitions.ts#createKpi": async ({ next }) => definition(`RG${next()}`),
  "lib/kpis/mutations/definitions.ts#updateKpi": async ({ partnershipId, admin, next }) => {
    const { createKpi } = await import("@/lib/kpis/mutations/definitions");
    const kpi = await createKpi(partnershipId, admin, definition(`RG${next()}`));
    return { id: kpi.id, version: kpi.version, ...definition(`RG${next()}`) };
  },
  "lib/kpis/mutations/definitions.ts#setKpiArchived": async ({ partnershipId, admin, next }) => {
    const { createKpi } = await import("@/lib/kpis/mutations/definitions");
    const kpi = await createKpi(partnershipId, admin, definition(`RG${next()}`));
    return { id: kpi.id, version: kpi.version, archived: true };
  },
  "lib/kpis/mutations/values.ts#correctKpiValue": async ({ partnershipId }) => {
    const value = await db.kpiValue.findFirstOrThrow({
      where: { partnershipId, kpi: { archivedAt: null, unit: "PERCENT" } },
      orderBy: { period: "desc" },
      select: { kpiId: true, period: true },
    });
    return { kpiId: value.kpiId, period: value.period, value: 50, reason: "Registry test: the month was keyed from the wrong column." };
  },
};
