// What a member sees of a board pack. Reads through the queries, decides
// with the permission table; pages stay thin. Drafts are the programme
// office's alone; a published pack is read from its frozen snapshot.
import "server-only";
import type { MemberContext } from "@/lib/auth/guards";
import { mayPreparePack, mayReadPackOf, mayReadPublishedPack } from "./access";
import { meetingPath } from "@/lib/meetings/paths";
import { drawBoardPack } from "./compute";
import { boardPackDraftPath, boardPackPath, boardPackPdfPath } from "./paths";
import { getBoardPackRow, getBoardPackSource, getPublishedBoardPack, listPublishedBoardPacks } from "./queries";
import { parseBoardPackSnapshot, type BoardPackDocument } from "./snapshot";

export type DraftPackPage = { kind: "published"; packId: string } | { kind: "draft"; row: { version: number; coverNote: string | null }; doc: BoardPackDocument };

/**
 * A meeting's pack page: the published pack's id if it has been published
 * (the page sends members there), else the draft drawn live for the
 * programme office; null (a 404) for anyone else or another partnership's meeting.
 */
export async function getDraftPackPage(member: MemberContext, meetingId: string, today: Date): Promise<DraftPackPage | null> {
  const row = await getBoardPackRow(member.partnershipId, meetingId);
  if (row?.state === "PUBLISHED") return mayReadPackOf(member.scope, row.meeting) ? { kind: "published", packId: row.id } : null;
  if (!mayPreparePack(member.scope)) return null;
  const source = await getBoardPackSource(member.partnershipId, meetingId, today);
  if (!source) return null;
  return { kind: "draft", row: { version: row?.version ?? 0, coverNote: row?.coverNote ?? null }, doc: drawBoardPack(source, row?.coverNote ?? null) };
}

/** A published pack's frozen document, with the way back to its meeting and its PDF; null (a 404) for a member who may not read it. */
export async function getPublishedPackPage(member: MemberContext, packId: string) {
  if (!mayReadPublishedPack(member.scope)) return null;
  const row = await getPublishedBoardPack(member.partnershipId, packId);
  if (!row || !mayReadPackOf(member.scope, row.meeting)) return null;
  const slug = member.partnership.slug;
  return {
    id: row.id,
    meetingId: row.meetingId,
    doc: parseBoardPackSnapshot(row.snapshot),
    links: { meeting: meetingPath(slug, row.meetingId), pdf: boardPackPdfPath(slug, row.id) },
  };
}

/**
 * The meeting page's way to its board pack: the published pack for whoever
 * may read it; the draft for the programme office until then (whether it has
 * been started); for a reader, that none is published yet. Null for a
 * member who neither reads nor prepares packs.
 */
export async function getBoardPackLink(member: MemberContext, meetingId: string) {
  const prepare = mayPreparePack(member.scope);
  if (!prepare && !mayReadPublishedPack(member.scope)) return null;
  const row = await getBoardPackRow(member.partnershipId, meetingId);
  const slug = member.partnership.slug;
  if (row?.state === "PUBLISHED" && mayReadPackOf(member.scope, row.meeting))
    return { kind: "published" as const, href: boardPackPath(slug, row.id), publishedAt: row.publishedAt };
  if (!prepare) return { kind: "unpublished" as const };
  return { kind: "draft" as const, href: boardPackDraftPath(slug, meetingId), started: row !== null };
}

/** Where the meeting page links for its pack; null when this member reads no packs. */
export type BoardPackLinkTarget = Awaited<ReturnType<typeof getBoardPackLink>>;

/** A published pack's document by its ids (the print view: ids from a signed path). */
export async function getPublishedPackDocument(partnershipId: string, packId: string) {
  const row = await getPublishedBoardPack(partnershipId, packId);
  if (!row) return null;
  return { id: row.id, meetingId: row.meetingId, doc: parseBoardPackSnapshot(row.snapshot) };
}

/** Which meetings have a published pack (and its id), for links from the meeting pages. */
export async function publishedPackIds(member: MemberContext): Promise<Map<string, string>> {
  if (!mayReadPublishedPack(member.scope)) return new Map();
  const packs = await listPublishedBoardPacks(member.partnershipId);
  return new Map(packs.filter((p) => mayReadPackOf(member.scope, p.meeting)).map((p) => [p.meetingId, p.id]));
}
