import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { mutation } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import { now, today } from "@/lib/clock";
import { ConflictError, ForbiddenError, NotFoundError, staleError, ValidationError } from "@/lib/errors";
import { MEETING_NOT_FOUND, requireMeeting } from "@/lib/meetings/queries";
import { mayPreparePack } from "./access";
import { drawBoardPack } from "./compute";
import { getBoardPackSource } from "./queries";
import type { BoardPackInput } from "./schema";
import { freezeBoardPack } from "./snapshot";

const PUBLISHED = "This board pack has been published, so it can no longer be changed. Reload the page to read it.";

function requirePreparer(caller: Caller) {
  if (!mayPreparePack(caller.scope)) throw new ForbiddenError("Only the programme office assembles and publishes board packs.");
}

/**
 * Saves the draft pack of a meeting (creating it on the first save): for now
 * its covering note. The rest of a draft is drawn live on every view.
 * Refused once published: a published pack never changes.
 */
export const saveBoardPackDraft = mutation(
  async (tx, partnershipId, caller: Caller, input: Omit<BoardPackInput, "intent">) => {
    const meeting = await requireMeeting(tx, partnershipId, input.meetingId);
    requirePreparer(caller);
    const existing = await tx.boardPack.findFirst({ where: { partnershipId, meetingId: meeting.id }, select: { id: true, state: true, version: true, coverNote: true } });
    const what = `the board pack for ${meeting.title}`;
    if (existing?.state === "PUBLISHED") throw new ConflictError(PUBLISHED);
    if (existing ? existing.version !== input.version : input.version !== 0) throw staleError(what);
    const coverNote = input.coverNote || null;
    let pack: { id: string; version: number };
    if (existing) {
      const saved = await tx.boardPack.updateMany({
        where: { id: existing.id, partnershipId, state: "DRAFT", version: existing.version },
        data: { coverNote, version: { increment: 1 } },
      });
      if (saved.count === 0) throw staleError(what);
      pack = { id: existing.id, version: existing.version + 1 };
    } else {
      pack = await tx.boardPack.create({ data: { partnershipId, meetingId: meeting.id, coverNote }, select: { id: true, version: true } });
    }
    return {
      result: pack,
      audit: existing
        ? { kind: "BoardPack", verb: "update", entityId: pack.id, before: { coverNote: existing.coverNote }, after: { meeting: meeting.title, meetingId: meeting.id, coverNote } }
        : { kind: "BoardPack", verb: "create", entityId: pack.id, after: { meeting: meeting.title, meetingId: meeting.id, coverNote } },
    };
  },
  // Two first saves racing past the existence check: the unique (meeting) index refuses the second.
  { duplicate: () => new ValidationError("Someone else started this board pack at the same moment, so your change was not saved. Reload the page and try again.") },
);

/**
 * Publishes a meeting's pack to its members, before the meeting (the
 * notice's "in advance"): saves the covering note as given (its own core and
 * audit row), draws the whole pack from live data as at the pack date inside
 * this transaction, freezes it as a validated, versioned snapshot and marks
 * the pack published. All of it happens, or none; afterwards the pack is
 * immutable (the database refuses any change to a published row).
 */
export const publishBoardPack = mutation(async (tx, partnershipId, caller: Caller, input: Omit<BoardPackInput, "intent">) => {
  const meeting = await requireMeeting(tx, partnershipId, input.meetingId);
  requirePreparer(caller);
  if (meeting.state === "CANCELLED") throw new ValidationError("This meeting was cancelled, so its board pack cannot be published.");
  const draft = await saveBoardPackDraft.core(tx, partnershipId, caller, input);
  const source = await getBoardPackSource(partnershipId, meeting.id, today(), tx);
  if (!source) throw new NotFoundError(MEETING_NOT_FOUND);
  const doc = drawBoardPack(source, input.coverNote || null);
  const publishedAt = now();
  const snapshot = freezeBoardPack(doc, { publishedAt: publishedAt.toISOString(), publishedBy: caller.actor.name });
  const saved = await tx.boardPack.updateMany({
    where: { id: draft.id, partnershipId, state: "DRAFT", version: draft.version },
    data: {
      state: "PUBLISHED",
      snapshot: snapshot as unknown as Prisma.InputJsonValue,
      publishedAt,
      publishedByName: caller.actor.name,
      publishedById: caller.actor.userId,
      version: { increment: 1 },
    },
  });
  if (saved.count === 0) throw staleError(`the board pack for ${meeting.title}`);
  const missing = snapshot.reports.filter((r) => r.missing).map((r) => r.areaCode);
  return {
    result: { packId: draft.id, meetingId: meeting.id },
    audit: {
      kind: "BoardPack",
      verb: "publish",
      entityId: draft.id,
      after: {
        meeting: meeting.title,
        meetingDate: meeting.date,
        asAt: snapshot.asAt,
        reports: snapshot.reports.length - missing.length,
        missingReports: missing,
        risks: snapshot.risks.items.length,
        schemaVersion: snapshot.schemaVersion,
      },
    },
  };
});
