import "server-only";
import type { Tx } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";

// What the stocktake mutations check first, with the row in hand.

export const STOCKTAKE_GONE = "That stocktake no longer exists, or you do not have access to it.";
export const SECTION_GONE = "That section of the stocktake no longer exists, or you do not have access to it.";
export const FINDING_GONE = "That finding no longer exists, or you do not have access to it.";
export const ONE_DRAFT = "There is already a stocktake in draft. Publish it or delete it before starting another.";
export const PUBLISHED = "This stocktake is published, so it cannot be changed. Its next steps are answered in the next stocktake.";

/** The stocktake, looked up by id and partnership, or not found. */
export async function stocktakeFor(tx: Tx, partnershipId: string, stocktakeId: string) {
  const stocktake = await tx.stocktake.findFirst({
    where: { id: stocktakeId, partnershipId },
    select: { id: true, title: true, state: true, version: true, periodStart: true, periodEnd: true, reviewDate: true, summary: true, previousId: true },
  });
  if (!stocktake) throw new NotFoundError(STOCKTAKE_GONE);
  return stocktake;
}

/** A section with its stocktake and its area (and the area's parent, whose lead also writes it). */
export async function sectionFor(tx: Tx, partnershipId: string, sectionId: string) {
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

/** Drafts change; a published pack never does. */
export function requireDraft(stocktake: { state: string }) {
  if (stocktake.state !== "DRAFT") throw new ConflictError(PUBLISHED);
}
