import "server-only";
import { db, type Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

const listSelect = {
  id: true,
  title: true,
  state: true,
  periodStart: true,
  periodEnd: true,
  reviewDate: true,
  publishedAt: true,
  publishedByName: true,
  provenance: true,
  previousId: true,
  nextReviewDate: true,
  nextReviewMonthOnly: true,
  updatedAt: true,
} as const;

/** The partnership's stocktakes, newest period first (drafts are for the caller to show or not). */
export async function listStocktakes(partnershipId: string) {
  return db.stocktake.findMany({ where: { partnershipId }, orderBy: [{ periodEnd: "desc" }, { createdAt: "desc" }], select: listSelect });
}
export type StocktakeListRow = Awaited<ReturnType<typeof listStocktakes>>[number];

/** The index: the partnership's improvement notice date (where a first stocktake starts) and its stocktakes, newest first. */
export async function getStocktakesOverview(partnershipId: string) {
  return db.partnership.findFirst({
    where: { id: partnershipId },
    select: {
      name: true,
      improvementNoticeDate: true,
      stocktakes: { where: { partnershipId }, orderBy: [{ periodEnd: "desc" }, { createdAt: "desc" }], select: listSelect },
    },
  });
}

/** One stocktake's header and its sections (not the snapshot: the page loads what it shows). */
export async function getStocktake(partnershipId: string, stocktakeId: string, client: Tx = db) {
  return client.stocktake.findFirst({
    where: { id: stocktakeId, partnershipId },
    select: {
      ...listSelect,
      summary: true,
      version: true,
      previous: { select: { id: true, title: true, reviewDate: true, periodEnd: true } },
      sections: {
        where: { partnershipId },
        orderBy: { position: "asc" },
        select: { id: true, key: true, kind: true, priorityAreaId: true, version: true, priorityArea: { select: { code: true, title: true, parentId: true, archivedAt: true } } },
      },
    },
  });
}
export type StocktakeHeader = NonNullable<Awaited<ReturnType<typeof getStocktake>>>;

/** A published stocktake's frozen pack (JSON, validated by the caller); null for a draft. */
export async function getPublishedSnapshot(partnershipId: string, stocktakeId: string) {
  return db.stocktake.findFirst({
    where: { id: stocktakeId, partnershipId, state: "PUBLISHED" },
    select: { id: true, title: true, snapshot: true, previousId: true, publishedAt: true, reviewDate: true, periodEnd: true },
  });
}

/** The latest published stocktake (the one a new draft follows). */
export async function getLatestPublished(partnershipId: string, client: Tx = db) {
  return client.stocktake.findFirst({
    where: { partnershipId, state: "PUBLISHED" },
    orderBy: [{ periodEnd: "desc" }, { publishedAt: "desc" }],
    select: { id: true, title: true, periodEnd: true, reviewDate: true, nextReviewDate: true, nextReviewMonthOnly: true },
  });
}

/**
 * What an advisor's home page shows of one partnership they are attached to:
 * its latest published pack and the one before (their snapshots, to compare),
 * the next review, the next steps still awaiting the partnership's response,
 * and the advisors' own unpublished findings. Published packs only: drafts
 * never reach an advisor.
 */
export async function getAdvisorOverview(partnershipId: string) {
  const [packs, open, drafts] = await Promise.all([
    db.stocktake.findMany({
      where: { partnershipId, state: "PUBLISHED" },
      orderBy: [{ periodEnd: "desc" }, { publishedAt: "desc" }],
      take: 2,
      select: { id: true, title: true, reviewDate: true, publishedAt: true, nextReviewDate: true, nextReviewMonthOnly: true, snapshot: true, previousId: true },
    }),
    db.advisorFinding.findMany({
      where: { partnershipId, kind: "NEXT_STEP", publishedAt: { not: null }, answeredInId: null },
      orderBy: [{ createdAt: "asc" }],
      select: { id: true, heading: true, section: { select: { key: true, priorityArea: { select: { code: true } }, stocktake: { select: { id: true, title: true } } } } },
    }),
    db.advisorFinding.count({ where: { partnershipId, byAdvisor: true, publishedAt: null } }),
  ]);
  return { packs, open, drafts };
}

// What the stocktake mutations look up first, inside their transaction: by
// id and partnership, or the not-found error naming nothing of anyone else's.

export const STOCKTAKE_GONE = "That stocktake no longer exists, or you do not have access to it.";
export const SECTION_GONE = "That section of the stocktake no longer exists, or you do not have access to it.";
export const FINDING_GONE = "That finding no longer exists, or you do not have access to it.";

/** The stocktake, or not found. */
export async function requireStocktake(tx: Tx, partnershipId: string, stocktakeId: string) {
  const stocktake = await tx.stocktake.findFirst({
    where: { id: stocktakeId, partnershipId },
    select: { id: true, title: true, state: true, version: true, periodStart: true, periodEnd: true, reviewDate: true, summary: true, previousId: true },
  });
  if (!stocktake) throw new NotFoundError(STOCKTAKE_GONE);
  return stocktake;
}

/** A section with its stocktake and its area (and the area's parent, whose lead also writes it), or not found. */
export async function requireSection(tx: Tx, partnershipId: string, sectionId: string) {
  const section = await tx.stocktakeSection.findFirst({
    where: { id: sectionId, partnershipId },
    select: {
      id: true,
      key: true,
      kind: true,
      version: true,
      priorityAreaId: true,
      priorityArea: { select: { code: true, parentId: true } },
      stocktake: { select: { id: true, title: true, state: true } },
    },
  });
  if (!section) throw new NotFoundError(SECTION_GONE);
  return section;
}
