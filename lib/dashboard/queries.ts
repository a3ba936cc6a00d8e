import "server-only";
import { db } from "@/lib/db";
import { listKpis } from "@/lib/kpis/queries";
import { getPlanSettings, getPlanTree } from "@/lib/plan/queries";
import { planSettings } from "@/lib/plan/view";
import { listOpenRisksForBoard } from "@/lib/risks/queries";
import { buildDashboard, type DashboardModel } from "./compute";

/** Everything the board dashboard shows, for one partnership on one day. */
export async function getDashboard(partnershipId: string, today: Date): Promise<DashboardModel> {
  const [tree, kpis, settings, pendingChanges, approvedChanges, overrides, risks] = await Promise.all([
    getPlanTree(partnershipId),
    listKpis(partnershipId),
    getPlanSettings(partnershipId),
    db.changeRequest.findMany({
      where: { partnershipId, state: "PENDING" },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        createdAt: true,
        previousDueDate: true,
        proposedDueDate: true,
        scopeChange: true,
        requestedByName: true,
        action: { select: { id: true, code: true, title: true } },
      },
    }),
    db.changeRequest.count({ where: { partnershipId, state: "APPROVED" } }),
    db.priorityArea.findMany({
      where: { partnershipId, archivedAt: null, overrideStatus: { not: null } },
      select: { id: true, overrideStatus: true, overrideReason: true },
    }),
    listOpenRisksForBoard(partnershipId),
  ]);
  return buildDashboard({
    tree,
    kpis,
    pendingChanges,
    approvedChanges,
    risks,
    settings: planSettings(settings),
    today,
    overrides: new Map(overrides.map((o) => [o.id, { status: o.overrideStatus!, reason: o.overrideReason }])),
  });
}
