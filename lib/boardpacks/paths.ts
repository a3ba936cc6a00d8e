// Where a board pack lives: the draft (and the publish form) under its
// meeting; a published pack by its own id, forever.
export function boardPackDraftPath(slug: string, meetingId: string): string {
  return `/p/${slug}/meetings/${meetingId}/pack`;
}

export function boardPackPath(slug: string, packId: string): string {
  return `/p/${slug}/board-packs/${packId}`;
}

/** The PDF of a published pack (a route handler prints it: lib/pdf). */
export function boardPackPdfPath(slug: string, packId: string): string {
  return `/api/p/${slug}/board-packs/${packId}/pdf`;
}
