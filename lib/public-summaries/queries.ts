import "server-only";
import { db } from "@/lib/db";

const live = { archivedAt: null };

/** What the screen shows of a summary. */
const summarySelect = {
  id: true,
  priorityAreaId: true,
  state: true,
  whatWeAreDoing: true,
  whatHasChanged: true,
  whatIsNext: true,
  authorMembershipId: true,
  authorName: true,
  submittedAt: true,
  returnComment: true,
  approvedAt: true,
  approvedByName: true,
  statusAtApproval: true,
  illustrative: true,
  version: true,
  updatedAt: true,
} as const;

/**
 * The live priority areas, each with its newest approved summary (what the
 * public page shows) and its working copy, if any (a draft, one awaiting
 * approval, or one returned to its lead): at most one at a time per area.
 */
export async function listSummaryAreas(partnershipId: string) {
  const [areas, approved, working] = await Promise.all([
    db.priorityArea.findMany({ where: { partnershipId, ...live }, orderBy: [{ position: "asc" }, { code: "asc" }], select: { id: true, code: true, title: true } }),
    db.publicSummary.findMany({
      where: { partnershipId, state: "APPROVED", priorityArea: { partnershipId, ...live } },
      orderBy: [{ priorityAreaId: "asc" }, { approvedAt: "desc" }],
      distinct: ["priorityAreaId"],
      select: summarySelect,
    }),
    db.publicSummary.findMany({
      where: { partnershipId, state: { not: "APPROVED" }, priorityArea: { partnershipId, ...live } },
      orderBy: { updatedAt: "desc" },
      select: summarySelect,
    }),
  ]);
  return areas.map((area) => ({
    ...area,
    approved: approved.find((s) => s.priorityAreaId === area.id) ?? null,
    working: working.find((s) => s.priorityAreaId === area.id) ?? null,
  }));
}

export type SummaryArea = Awaited<ReturnType<typeof listSummaryAreas>>[number];
export type SummaryRow = NonNullable<SummaryArea["approved"]>;

/** One live area with its approved and working summaries; null for an area not in this partnership. */
export async function getSummaryArea(partnershipId: string, areaId: string) {
  const area = await db.priorityArea.findFirst({ where: { id: areaId, partnershipId, ...live }, select: { id: true, code: true, title: true } });
  if (!area) return null;
  const [approved, working] = await Promise.all([
    db.publicSummary.findFirst({ where: { partnershipId, priorityAreaId: area.id, state: "APPROVED" }, orderBy: { approvedAt: "desc" }, select: summarySelect }),
    db.publicSummary.findFirst({ where: { partnershipId, priorityAreaId: area.id, state: { not: "APPROVED" } }, orderBy: { updatedAt: "desc" }, select: summarySelect }),
  ]);
  return { ...area, approved, working };
}

/** Whether the partnership's public page is on (the switch is in settings), and the email it gives. */
export async function getPublicPageState(partnershipId: string) {
  return db.partnership.findFirst({ where: { id: partnershipId }, select: { id: true, publicPageEnabled: true, contactEmail: true, archivedAt: true } });
}

/** The live KPIs, whether each is public, and how many values it has (a KPI with none shows no chart). */
export async function listKpiChoices(partnershipId: string) {
  return db.kpi.findMany({
    where: { partnershipId, ...live },
    orderBy: [{ position: "asc" }, { code: "asc" }],
    select: { id: true, code: true, name: true, isPublic: true, version: true, _count: { select: { values: true } } },
  });
}

/** Every "you said, we did" (FEEDBACK evidence), newest first, with who recorded it and whether it is public. */
export async function listFeedbackChoices(partnershipId: string) {
  return db.evidence.findMany({
    where: { partnershipId, kind: "FEEDBACK" },
    orderBy: [{ date: "desc" }, { id: "asc" }],
    select: { id: true, title: true, text: true, date: true, createdByName: true, publicAt: true },
  });
}
