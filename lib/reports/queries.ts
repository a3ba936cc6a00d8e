import "server-only";
import { db, type Tx } from "@/lib/db";
import { areaLeadNames, areaLeadsSelect } from "@/lib/people/names";
import { getPlanRowsAsAt } from "@/lib/plan/as-at/queries";
import { statusLabels } from "@/lib/plan/status";
import { planSettings } from "@/lib/plan/status-inputs";
import type { ReportSource } from "./prefill";
import { shiftMonth } from "./period";

const live = { archivedAt: null };

/**
 * The partnership's top-level priority areas (those reported on: areas for
 * improvement filed under one are reported with it) with their leads and
 * their reports for the months from `from` to `to`, and the due day. One
 * statement. The reports index, My updates and the dashboard read this.
 */
export async function getReportsOverview(partnershipId: string, from: Date, to: Date, client: Tx = db) {
  const row = await client.partnership.findFirst({
    where: { id: partnershipId },
    select: {
      highlightReportDueDay: true,
      priorityAreas: {
        where: { partnershipId, ...live, parentId: null },
        orderBy: [{ position: "asc" }, { code: "asc" }],
        select: {
          id: true,
          code: true,
          title: true,
          leadRoles: true,
          createdAt: true,
          leads: { where: { partnershipId }, ...areaLeadsSelect },
          highlightReports: {
            where: { partnershipId, period: { gte: from, lte: to } },
            select: { id: true, period: true, state: true, provenance: true, _count: { select: { submissions: true } } },
          },
        },
      },
    },
  });
  if (!row) return null;
  return {
    dueDay: row.highlightReportDueDay,
    areas: row.priorityAreas.map((area) => ({
      areaId: area.id,
      code: area.code,
      title: area.title,
      leads: areaLeadNames(area),
      createdAt: area.createdAt,
      reports: area.highlightReports.map((r) => ({ id: r.id, period: r.period, state: r.state, illustrative: r.provenance !== null, submissions: r._count.submissions })),
    })),
  };
}
/**
 * Every highlight report that has gone to the board, area by area in plan
 * order and month by month, with its latest submission (what the board
 * read): the reports download.
 */
export async function listSubmittedReports(partnershipId: string, client: Tx = db) {
  return client.highlightReport.findMany({
    where: { partnershipId, submissions: { some: { partnershipId } }, priorityArea: { partnershipId, ...live } },
    orderBy: [{ priorityArea: { position: "asc" } }, { priorityArea: { code: "asc" } }, { period: "asc" }],
    select: {
      id: true,
      period: true,
      state: true,
      priorityArea: { select: { code: true, title: true } },
      submissions: {
        where: { partnershipId },
        orderBy: { number: "desc" },
        take: 1,
        select: { number: true, snapshot: true, submittedAt: true, submittedByName: true, outcome: true, outcomeComment: true, decidedByName: true, decidedAt: true },
      },
    },
  });
}

export type ReportsOverview = NonNullable<Awaited<ReturnType<typeof getReportsOverview>>>;

const submissionMeta = {
  id: true,
  number: true,
  submittedAt: true,
  submittedByName: true,
  outcome: true,
  outcomeComment: true,
  decidedByName: true,
  decidedAt: true,
} as const;

/**
 * A priority area (by its code) and its report for one month, if any, with
 * every submission's outcome (not the snapshots: the page loads the one it shows).
 */
export async function getAreaReport(partnershipId: string, areaCode: string, period: Date) {
  const area = await db.priorityArea.findFirst({
    where: { partnershipId, code: areaCode, ...live, parentId: null },
    select: {
      id: true,
      code: true,
      title: true,
      partnership: { select: { highlightReportDueDay: true } },
      highlightReports: {
        where: { partnershipId, period },
        select: {
          id: true,
          state: true,
          version: true,
          overallStatus: true,
          statusReason: true,
          commentary: true,
          achievements: true,
          plannedNext: true,
          risksAndIssues: true,
          decisionsNeeded: true,
          impactOnFamilies: true,
          authorName: true,
          provenance: true,
          updatedAt: true,
          submissions: { where: { partnershipId }, orderBy: { number: "desc" }, select: submissionMeta },
        },
      },
    },
  });
  if (!area) return null;
  const { highlightReports, partnership, ...rest } = area;
  return { area: rest, dueDay: partnership.highlightReportDueDay, report: highlightReports[0] ?? null };
}
export type AreaReport = NonNullable<Awaited<ReturnType<typeof getAreaReport>>>;

/** One submitted version's frozen snapshot (JSON, validated by the caller). */
export async function getSubmissionSnapshot(partnershipId: string, reportId: string, number: number) {
  return db.highlightReportSubmission.findFirst({
    where: { partnershipId, reportId, number },
    select: { number: true, snapshot: true, outcome: true, report: { select: { state: true, period: true, priorityAreaId: true, priorityArea: { select: { code: true } } } } },
  });
}

/** The latest submission of the area's report for the month before `period`: what "last month" compares with. */
export async function getPreviousSubmission(partnershipId: string, areaId: string, period: Date) {
  return db.highlightReportSubmission.findFirst({
    where: { partnershipId, report: { partnershipId, priorityAreaId: areaId, period: shiftMonth(period, -1) } },
    orderBy: { number: "desc" },
    select: { id: true, number: true, snapshot: true, outcome: true },
  });
}

/**
 * The live rows a report on one top-level area pulls in (with the areas for
 * improvement filed under it), shaped for lib/reports/prefill.ts: the plan's
 * rows as the shared kernel reads them (lib/plan/as-at/queries.ts) and the
 * area's evidence; and what the document's heading needs. `client` is the
 * submitting transaction when a report is frozen, so the snapshot is exactly
 * what the state check saw.
 *
 * EXTENSION POINT — open risks (see lib/reports/prefill.ts): read the area's
 * open risks here once the risk register is merged.
 */
export async function getReportSource(partnershipId: string, areaId: string, client: Tx = db) {
  const partnership = await client.partnership.findFirst({
    where: { id: partnershipId },
    select: {
      name: true,
      slug: true,
      statusLabels: true,
      reportingCadenceDays: true,
      staleGraceDays: true,
      milestoneWarningDays: true,
      boards: { orderBy: { position: "asc" }, select: { name: true, areas: { select: { priorityAreaId: true } } } },
      priorityAreas: {
        where: { partnershipId, id: areaId, ...live, parentId: null },
        select: {
          id: true,
          code: true,
          title: true,
          leadRoles: true,
          leads: { where: { partnershipId }, ...areaLeadsSelect },
          children: { where: { partnershipId, ...live }, select: { id: true, code: true } },
        },
      },
    },
  });
  const area = partnership?.priorityAreas[0];
  if (!partnership || !area) return null;
  const areaIds = [area.id, ...area.children.map((c) => c.id)];
  const [rows, evidence] = await Promise.all([
    getPlanRowsAsAt(partnershipId, areaIds, client),
    client.evidence.findMany({
      where: {
        partnershipId,
        OR: [
          { priorityAreaId: { in: areaIds } },
          { action: { partnershipId, priorityAreaId: { in: areaIds } } },
          { milestone: { partnershipId, action: { partnershipId, priorityAreaId: { in: areaIds } } } },
          { kpi: { partnershipId, areas: { some: { partnershipId, priorityAreaId: { in: areaIds } } } } },
        ],
      },
      orderBy: { date: "asc" },
      select: {
        title: true,
        kind: true,
        date: true,
        text: true,
        priorityArea: { select: { code: true } },
        action: { select: { code: true } },
        milestone: { select: { action: { select: { code: true } } } },
        kpi: { select: { code: true } },
      },
    }),
  ]);
  const board = partnership.boards.find((b) => b.areas.some((a) => a.priorityAreaId === area.id)) ?? partnership.boards.find((b) => b.areas.length === 0) ?? null;
  const source: ReportSource = {
    settings: planSettings(partnership),
    actions: rows.actions,
    kpis: rows.kpis,
    changeRequests: rows.changeRequests,
    evidence: evidence.map((e) => ({
      title: e.title,
      kind: e.kind,
      date: e.date,
      text: e.text,
      on: e.action?.code ?? e.milestone?.action.code ?? (e.kpi ? `KPI ${e.kpi.code}` : (e.priorityArea?.code ?? area.code)),
    })),
  };
  return {
    partnership: { name: partnership.name, slug: partnership.slug },
    labels: statusLabels(partnership.statusLabels),
    board: board?.name ?? null,
    area: { id: area.id, code: area.code, title: area.title, leads: areaLeadNames(area), linked: area.children.map((c) => c.code) },
    source,
  };
}
export type LoadedReportSource = NonNullable<Awaited<ReturnType<typeof getReportSource>>>;
