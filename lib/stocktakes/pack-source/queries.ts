import "server-only";
import { db, type Tx } from "@/lib/db";
import { formatUkDate } from "@/lib/dates/format";
import { areaLeadNames, areaLeadsSelect, chairDisplayName } from "@/lib/people/names";
import { getPlanRowsAsAt } from "@/lib/plan/as-at/queries";
import { planSettings } from "@/lib/plan/status-inputs";
import { statusLabels } from "@/lib/plan/status";
import type { AreaSource, SourceArea, StocktakeSource } from "../source";

const live = { archivedAt: null };

/**
 * Every live row a stocktake pack is drawn from, for the whole partnership,
 * in a handful of statements: the areas in plan order, each top-level area's
 * actions, KPIs, change requests (with the meeting that decided them) and
 * highlight reports from `from` on, the risk register, and the governance
 * (boards, meetings, change requests, the action and impact log). `client`
 * is the publishing transaction when a pack is frozen, so the snapshot is
 * exactly what the checks saw.
 */
export async function getStocktakeSource(partnershipId: string, from: Date, client: Tx = db): Promise<StocktakeSource | null> {
  const partnership = await client.partnership.findFirst({
    where: { id: partnershipId },
    select: {
      name: true,
      slug: true,
      localAuthority: true,
      icb: true,
      improvementNoticeDate: true,
      statusLabels: true,
      reportingCadenceDays: true,
      staleGraceDays: true,
      milestoneWarningDays: true,
      priorityAreas: {
        where: { partnershipId, ...live },
        orderBy: [{ position: "asc" }, { code: "asc" }],
        select: {
          id: true,
          code: true,
          title: true,
          kind: true,
          finding: true,
          leadRoles: true,
          parentId: true,
          leads: { where: { partnershipId }, ...areaLeadsSelect },
        },
      },
    },
  });
  if (!partnership) return null;
  const [{ actions, kpis, changeRequests }, reports, risks, boards, meetings, impactLog] = await Promise.all([
    getPlanRowsAsAt(partnershipId, null, client),
    client.highlightReport.findMany({
      where: { partnershipId, period: { gte: new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1)) } },
      select: { priorityAreaId: true, period: true, state: true, overallStatus: true },
    }),
    client.risk.findMany({
      where: { partnershipId },
      orderBy: { code: "asc" },
      select: {
        code: true,
        title: true,
        ownerRole: true,
        owner: { select: { user: { select: { name: true } } } },
        currentLikelihood: true,
        currentImpact: true,
        targetLikelihood: true,
        targetImpact: true,
        escalatedToBoard: true,
        escalatedAt: true,
        state: true,
        createdAt: true,
        closedAt: true,
        areas: { where: { partnershipId }, select: { priorityAreaId: true } },
        reviews: {
          where: { partnershipId },
          orderBy: { at: "asc" },
          select: { kind: true, at: true, currentLikelihood: true, currentImpact: true, targetLikelihood: true, targetImpact: true },
        },
      },
    }),
    client.board.findMany({
      where: { partnershipId },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { name: true, chairName: true, chairRole: true, parentBoard: { select: { name: true } }, areas: { where: { partnershipId }, select: { priorityAreaId: true } } },
    }),
    client.meeting.findMany({
      where: { partnershipId, date: { gte: from } },
      select: { title: true, date: true, state: true, published: true, illustrative: true, board: { select: { name: true } } },
    }),
    client.impactLogEntry.findMany({ where: { partnershipId }, select: { raisedOn: true, state: true, closedAt: true } }),
  ]);

  const areas: SourceArea[] = partnership.priorityAreas.map((a) => ({
    id: a.id,
    code: a.code,
    title: a.title,
    kind: a.kind,
    finding: a.finding,
    leads: areaLeadNames(a),
    parentId: a.parentId,
  }));
  const liveIds = new Set(areas.map((a) => a.id));
  // An area for improvement filed under a priority area reports with it (its parent's rows are its rows).
  const topOf = new Map(areas.map((a) => [a.id, a.parentId && liveIds.has(a.parentId) ? a.parentId : a.id]));
  const areaSources = new Map<string, AreaSource>();
  const settings = planSettings(partnership);
  for (const area of areas) {
    if (topOf.get(area.id) !== area.id) continue;
    const family = new Set(areas.filter((a) => topOf.get(a.id) === area.id).map((a) => a.id));
    areaSources.set(area.id, {
      settings,
      actions: actions.filter((a) => family.has(a.priorityAreaId)),
      kpis: kpis.filter((k) => k.areaIds.some((id) => family.has(id))),
      changeRequests: changeRequests
        .filter((c) => c.priorityAreaId !== null && family.has(c.priorityAreaId))
        .map((c) => ({ ...c, meeting: c.meeting ? `${c.meeting.title}, ${formatUkDate(c.meeting.date)}` : null })),
      reports: reports.filter((r) => r.priorityAreaId === area.id).map((r) => ({ period: r.period, state: r.state, overallStatus: r.overallStatus })),
    });
  }
  return {
    partnership: {
      name: partnership.name,
      slug: partnership.slug,
      localAuthority: partnership.localAuthority,
      icb: partnership.icb,
      improvementNoticeDate: partnership.improvementNoticeDate,
    },
    labels: statusLabels(partnership.statusLabels),
    settings,
    areas,
    areaSources,
    risks: risks.map((r) => ({
      code: r.code,
      title: r.title,
      owner: r.owner?.user.name ?? r.ownerRole,
      createdAt: r.createdAt,
      areaIds: r.areas.map((a) => a.priorityAreaId),
      now: {
        likelihood: r.currentLikelihood,
        impact: r.currentImpact,
        targetScore: r.targetLikelihood * r.targetImpact,
        escalated: r.escalatedToBoard,
        escalatedAt: r.escalatedAt,
        state: r.state,
        closedAt: r.closedAt,
      },
      history: r.reviews.map((e) => ({ kind: e.kind, at: e.at, likelihood: e.currentLikelihood, impact: e.currentImpact, targetScore: e.targetLikelihood * e.targetImpact })),
    })),
    governance: {
      boards: boards.map((b) => ({
        name: b.name,
        chair: chairDisplayName(b),
        reportsTo: b.parentBoard?.name ?? null,
        areaIds: b.areas.map((a) => a.priorityAreaId),
      })),
      meetings: meetings.map((m) => ({ title: m.title, board: m.board.name, date: m.date, state: m.state, published: m.published, illustrative: m.illustrative })),
      changeRequests: changeRequests.map((c) => ({ createdAt: c.createdAt, state: c.state, decidedAt: c.decidedAt })),
      impactLog,
    },
  };
}
