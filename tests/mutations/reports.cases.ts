// Highlight reports: each mutation once, with a valid input.
import { today } from "@/lib/clock";
import { owedPeriod, shiftMonth } from "@/lib/reports/period";
import { saveHighlightReport } from "@/lib/reports/mutations";
import { db } from "../support/db";
import type { MutationCases } from "./types";

const topArea = (partnershipId: string, skip = 0) =>
  db.priorityArea.findFirstOrThrow({ where: { partnershipId, parentId: null, archivedAt: null }, orderBy: { position: "asc" }, skip, select: { id: true } });

/** The latest month from seven back with no report of this area's yet: another on each run over the same database. */
async function monthWithoutReport(partnershipId: string, areaId: string): Promise<Date> {
  for (let back = 7; back < 60; back += 1) {
    const period = shiftMonth(owedPeriod(today()), -back);
    if (!(await db.highlightReport.findFirst({ where: { partnershipId, priorityAreaId: areaId, period }, select: { id: true } }))) return period;
  }
  throw new Error("No free month in five years of reports.");
}

export const reportCases: MutationCases = {
  "lib/reports/mutations.ts#saveHighlightReport": async ({ partnershipId }) => {
    const area = await topArea(partnershipId);
    const period = shiftMonth(owedPeriod(today()), -6);
    const existing = await db.highlightReport.findFirst({ where: { partnershipId, priorityAreaId: area.id, period }, select: { version: true } });
    return { areaId: area.id, period, version: existing?.version ?? 0, intent: "save", summary: "Registry test: a draft." };
  },
  "lib/reports/mutations.ts#reviewHighlightReport": async ({ partnershipId, admin }) => {
    const area = await topArea(partnershipId, 1);
    const period = await monthWithoutReport(partnershipId, area.id);
    const submitted = await saveHighlightReport(partnershipId, admin, {
      areaId: area.id,
      period,
      version: 0,
      intent: "submit",
      overallStatus: "AT_RISK",
      statusReason: "Registry test.",
      summary: "Registry test.",
      impactOnFamilies: "Registry test.",
    });
    return { reportId: submitted.reportId, version: submitted.version, decision: "NOTED" };
  },
};
