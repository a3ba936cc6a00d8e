// Where the change request queue lives.

export function changeRequestsPath(slug: string): string {
  return `/p/${slug}/changes`;
}

/** The queue after a decision, which says what the decision did. */
export function decidedChangeRequestPath(slug: string, changeRequestId: string): string {
  return `${changeRequestsPath(slug)}?decided=${changeRequestId}`;
}
