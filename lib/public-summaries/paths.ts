// Where the programme office's and leads' screen for the public page lives.
export function publicSummariesPath(slug: string): string {
  return `/p/${slug}/public-page`;
}

/** One area's summary: its working copy's form (and, once approved, how the public reads it). */
export function publicSummaryPath(slug: string, areaId: string): string {
  return `${publicSummariesPath(slug)}/${areaId}`;
}

/** The list after a summary was sent for approval, which says so beside its area. */
export function sentSummaryPath(slug: string, areaId: string): string {
  return `${publicSummariesPath(slug)}?sent=${encodeURIComponent(areaId)}#area-${areaId}`;
}
