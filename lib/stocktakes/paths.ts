// Where stocktakes live: /p/<slug>/stocktakes/<id>, a section's editor under
// it, the advisors' findings, and the pack's PDF.

export function stocktakesPath(slug: string): string {
  return `/p/${slug}/stocktakes`;
}

export function stocktakePath(slug: string, stocktakeId: string): string {
  return `${stocktakesPath(slug)}/${stocktakeId}`;
}

/** The stocktakes after a draft was deleted, which says so. */
export function deletedStocktakePath(slug: string): string {
  return `${stocktakesPath(slug)}?deleted=1`;
}

/** A draft just started, whose page says it was prefilled. */
export function startedStocktakePath(slug: string, stocktakeId: string): string {
  return `${stocktakePath(slug, stocktakeId)}?started=1`;
}

/** A pack just published, whose page says it is frozen. */
export function publishedStocktakePath(slug: string, stocktakeId: string): string {
  return `${stocktakePath(slug, stocktakeId)}?published=1`;
}

/** A pack whose findings were just published (how many), whose page says the partnership can read them. */
export function findingsPublishedPath(slug: string, stocktakeId: string, published: number): string {
  return `${stocktakePath(slug, stocktakeId)}?findings=${published}`;
}

/** The pack compared with an earlier one than the last (any published pack before it). */
export function comparePath(slug: string, stocktakeId: string, withId: string): string {
  return `${stocktakePath(slug, stocktakeId)}?compare=${encodeURIComponent(withId)}`;
}

export function sectionPath(slug: string, stocktakeId: string, sectionId: string): string {
  return `${stocktakePath(slug, stocktakeId)}/sections/${sectionId}`;
}

export function findingsPath(slug: string, stocktakeId: string): string {
  return `${stocktakePath(slug, stocktakeId)}/findings`;
}

/** A section in the pack: the stocktake's page at the section's anchor. */
export function sectionInPackPath(slug: string, stocktakeId: string, code: string): string {
  return `${stocktakePath(slug, stocktakeId)}#${sectionAnchor(code)}`;
}

/** The published pack's PDF (a route handler prints it: lib/pdf). */
export function stocktakePdfPath(slug: string, stocktakeId: string): string {
  return `/api/p/${slug}/stocktakes/${stocktakeId}/pdf`;
}

/** An anchor in the pack: the section of an area (by code) or a partnership-wide one. */
export function sectionAnchor(code: string): string {
  return `section-${code.replace(/[^A-Za-z0-9]+/g, "-")}`;
}
