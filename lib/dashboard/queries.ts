import "server-only";
import { db } from "@/lib/db";
import { listKpis } from "@/lib/kpis/queries";
import { getPlanSettings, getPlanTree } from "@/lib/plan/queries";
import { planSettings } from "@/lib/plan/view";
import { buildDashboard, type DashboardModel } from "./compute";

/** Everything the board dashboard shows, for one partnership on one day. */
export async function getDashboard(partnershipId: string, today: Date): Promise<DashboardModel> {
  const [tree, kpis, settings, pendingChanges, approvedChanges, overrides] = await Promise.all([
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
  ]);
  return buildDashboard({
    tree,
    kpis,
    pendingChanges,
    approvedChanges,
    settings: planSettings(settings),
    today,
    provenance: settings?.provenance ?? null,
    overrides: new Map(overrides.map((o) => [o.id, { status: o.overrideStatus!, reason: o.overrideReason }])),
  });
}
