// Corrections: a KPI value corrected (or removed) and a mistyped due date put right, each with its reason.
import { db } from "../support/db";
import { parseIsoDate } from "@/lib/dates/format";
import type { MutationCases } from "./types";

export const correctionCases: MutationCases = {
  "lib/kpis/mutations.ts#correctKpiValue": async ({ partnershipId }) => {
    const value = await db.kpiValue.findFirstOrThrow({ where: { partnershipId, kpi: { archivedAt: null, unit: "PERCENT" } }, orderBy: { period: "desc" }, select: { kpiId: true, period: true } });
    return { kpiId: value.kpiId, period: value.period, value: 50, reason: "Registry test: the month was keyed from the wrong column." };
  },
  "lib/plan/mutations.ts#correctDueDate": async ({ partnershipId }) => {
    const action = await db.action.findFirstOrThrow({ where: { partnershipId, archivedAt: null, code: "2.2d" }, select: { id: true, version: true } });
    return { actionId: action.id, version: action.version, dueDate: parseIsoDate("2027-01-29"), reason: "Registry test: typed 2026 for 2027." };
  },
};
