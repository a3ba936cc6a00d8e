import "server-only";
import { db, type Tx } from "@/lib/db";
import { parseHighlightReportSnapshot } from "@/lib/reports/snapshot";
import type { EvidenceCandidate, PeriodReport } from "../compute/prefill";

/** The period's highlight reports as last submitted: the leads' words a new draft starts from. */
export async function listPeriodReports(partnershipId: string, from: Date, to: Date, client: Tx = db): Promise<PeriodReport[]> {
  const rows = await client.highlightReport.findMany({
    where: { partnershipId, period: { gte: new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1)), lte: to }, state: { in: ["SUBMITTED", "NOTED", "RETURNED"] } },
    orderBy: { period: "asc" },
    select: { priorityAreaId: true, period: true, submissions: { where: { partnershipId }, orderBy: { number: "desc" }, take: 1, select: { snapshot: true } } },
  });
  return rows.flatMap((r) => {
    const latest = r.submissions[0];
    if (!latest) return [];
    const { written } = parseHighlightReportSnapshot(latest.snapshot);
    return [
      {
        areaId: r.priorityAreaId,
        period: r.period,
        overallStatus: written.overallStatus,
        summary: written.summary,
        impactOnFamilies: written.impactOnFamilies,
        nextPeriod: written.nextPeriod,
      },
    ];
  });
}

/** Evidence dated from `from` to `to`, with the areas it is evidence for (what a new draft links). */
export async function listEvidenceCandidates(partnershipId: string, from: Date, to: Date, client: Tx = db): Promise<EvidenceCandidate[]> {
  const rows = await client.evidence.findMany({
    where: { partnershipId, date: { gte: from, lte: to } },
    select: {
      id: true,
      kind: true,
      date: true,
      priorityAreaId: true,
      action: { select: { priorityAreaId: true } },
      milestone: { select: { action: { select: { priorityAreaId: true } } } },
      kpi: { select: { areas: { where: { partnershipId }, select: { priorityAreaId: true } } } },
    },
  });
  return rows.map((e) => ({
    id: e.id,
    kind: e.kind,
    date: e.date,
    areaIds: [e.priorityAreaId, e.action?.priorityAreaId, e.milestone?.action.priorityAreaId, ...(e.kpi?.areas.map((a) => a.priorityAreaId) ?? [])].filter(
      (id): id is string => !!id,
    ),
  }));
}
