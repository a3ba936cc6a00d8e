import "server-only";
import type { Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

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
