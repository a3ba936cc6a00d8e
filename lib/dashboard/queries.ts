import "server-only";
import { db, type Tx } from "@/lib/db";
import { listKpis } from "@/lib/kpis/queries";
import { getPlanSettings, getPlanTree } from "@/lib/plan/queries";
import { planSettings } from "@/lib/plan/status-inputs";
import { owedPeriod } from "@/lib/reports/period";
import { getReportsOverview } from "@/lib/reports/queries";
import { listOpenRisksForBoard } from "@/lib/risks/queries";
import { buildDashboard, type DashboardModel } from "./compute";

/**
 * Everything the board dashboard shows, for one partnership on one day; with
 * `areaIds` (a board's areas), only those areas (and the areas filed under
 * them), their KPIs, change requests, highlight reports and risks.
 */
export async function getDashboard(partnershipId: string, today: Date, areaIds?: readonly string[], client: Tx = db): Promise<DashboardModel> {
  const owed = owedPeriod(today);
  const [fullTree, allKpis, settings, allPending, approvedChanges, overrides, reports, allRisks] = await Promise.all([
    getPlanTree(partnershipId, client),
    listKpis(partnershipId, client),
    getPlanSettings(partnershipId, client),
    client.changeRequest.findMany({
      where: { partnershipId, state: "PENDING" },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        createdAt: true,
        previousDueDate: true,
        proposedDueDate: true,
        scopeChange: true,
        requestedByName: true,
        action: { select: { id: true, code: true, title: true, priorityAreaId: true } },
      },
    }),
    client.changeRequest.count({ where: { partnershipId, state: "APPROVED", ...(areaIds?.length ? { action: { partnershipId, priorityAreaId: { in: [...areaIds] } } } : {}) } }),
    client.priorityArea.findMany({
      where: { partnershipId, archivedAt: null, overrideStatus: { not: null } },
      select: { id: true, overrideStatus: true, overrideReason: true },
    }),
    getReportsOverview(partnershipId, owed, owed, client),
    listOpenRisksForBoard(partnershipId, client),
  ]);
  const covered = areaIds?.length ? new Set(areaIds) : null;
  const tree = covered ? fullTree.filter((a) => covered.has(a.id) || a.linkedAreas.some((l) => covered.has(l.id))) : fullTree;
  const inTree = new Set(tree.flatMap((a) => [a.id, ...a.linkedAreas.map((l) => l.id)]));
  const kpis = covered ? allKpis.filter((k) => k.areas.some((a) => inTree.has(a.priorityArea.id))) : allKpis;
  const pendingChanges = covered ? allPending.filter((c) => c.action && inTree.has(c.action.priorityAreaId)) : allPending;
  const risks = covered ? allRisks.filter((r) => r.areas.some((a) => inTree.has(a.priorityArea.id))) : allRisks;
  return buildDashboard({
    tree,
    kpis,
    pendingChanges,
    approvedChanges,
    risks,
    settings: planSettings(settings),
    today,
    provenance: settings?.provenance ?? null,
    overrides: new Map(overrides.map((o) => [o.id, { status: o.overrideStatus!, reason: o.overrideReason }])),
    reports: reports
      ? { period: owed, dueDay: reports.dueDay, areas: reports.areas.filter((a) => inTree.has(a.areaId)).map((a) => ({ ...a, report: a.reports[0] ?? null })) }
      : undefined,
  });
}
