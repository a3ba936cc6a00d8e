// Where a board pack lives: the draft (and the publish form) under its
// meeting; a published pack by its own id, forever.
import { meetingPath } from "@/lib/meetings/paths";

export function boardPackDraftPath(slug: string, meetingId: string): string {
  return `${meetingPath(slug, meetingId)}/pack`;
}

export function boardPackPath(slug: string, packId: string): string {
  return `/p/${slug}/board-packs/${packId}`;
}

/** The pack just published, which says so. */
export function publishedBoardPackPath(slug: string, packId: string): string {
  return `${boardPackPath(slug, packId)}?published=1`;
}

/** The PDF of a published pack (a route handler prints it: lib/pdf). */
export function boardPackPdfPath(slug: string, packId: string): string {
  return `/api/p/${slug}/board-packs/${packId}/pdf`;
}
