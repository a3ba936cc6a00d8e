// Where the programme office's and leads' screen for the public page lives.
export function publicSummariesPath(slug: string): string {
  return `/p/${slug}/public-page`;
}

/** One area's summary: its working copy's form (and, once approved, how the public reads it). */
export function publicSummaryPath(slug: string, areaId: string): string {
  return `${publicSummariesPath(slug)}/${areaId}`;
}

/** What was just done to an area's summary, said beside it on the list. */
export type SummaryDone = "sent" | "approved" | "returned";

/** The list after a summary was sent for approval, approved or returned, which says so beside its area. */
export function summaryDonePath(slug: string, areaId: string, done: SummaryDone): string {
  return `${publicSummariesPath(slug)}?${done}=${encodeURIComponent(areaId)}#area-${areaId}`;
}

/** What the list's query says was just done to this area's summary, if anything. */
export function doneTo(query: Record<string, string | string[] | undefined>, areaId: string): SummaryDone | null {
  return (["sent", "approved", "returned"] as const).find((done) => query[done] === areaId) ?? null;
}
