import "server-only";
import { mutation } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import type { Tx } from "@/lib/db";
import { NotFoundError, fieldError, notFoundField, staleError } from "@/lib/errors";
import { requireBoardManager } from "../access";
import type { BoardInput } from "../schema";

/** The areas and the parent board named by the form, each checked to be this partnership's. */
async function checkedLinks(tx: Tx, partnershipId: string, input: BoardInput, selfId?: string) {
  const areas = input.areaIds.length
    ? await tx.priorityArea.findMany({ where: { partnershipId, id: { in: input.areaIds }, archivedAt: null }, select: { id: true, code: true } })
    : [];
  if (areas.length !== input.areaIds.length) throw notFoundField("areaIds", "One of those priority areas no longer exists.");
  if (input.parentBoardId) {
    if (input.parentBoardId === selfId) throw fieldError("parentBoardId", "A board cannot report to itself.");
    const parent = await tx.board.findFirst({ where: { id: input.parentBoardId, partnershipId }, select: { id: true, parentBoardId: true } });
    if (!parent) throw notFoundField("parentBoardId", "That board no longer exists.");
    // Two tiers (Hull): a board that reports to another cannot itself have boards reporting to it.
    if (parent.parentBoardId) throw fieldError("parentBoardId", "That board already reports to another; boards go two tiers deep.");
    if (selfId && (await tx.board.count({ where: { partnershipId, parentBoardId: selfId } }))) {
      throw fieldError("parentBoardId", "Other boards report to this one, so it cannot report to another.");
    }
  }
  return areas;
}

/** A new board; by default it oversees all the partnership's priority areas. */
export const createBoard = mutation(async (tx, partnershipId, caller: Caller, input: BoardInput) => {
  requireBoardManager(caller);
  const areas = await checkedLinks(tx, partnershipId, input);
  const position = await tx.board.count({ where: { partnershipId } });
  const board = await tx.board.create({
    data: {
      partnershipId,
      name: input.name,
      chairRole: input.chairRole,
      chairName: input.chairName,
      description: input.description,
      parentBoardId: input.parentBoardId,
      position,
      areas: { create: areas.map((a) => ({ priorityAreaId: a.id })) },
    },
  });
  return {
    result: { boardId: board.id },
    audit: { kind: "Board", verb: "create", entityId: board.id, after: { name: input.name, parentBoardId: input.parentBoardId ?? null, areas: areas.map((a) => a.code) } },
  };
});

export const updateBoard = mutation(async (tx, partnershipId, caller: Caller, input: BoardInput) => {
  requireBoardManager(caller);
  const board = await tx.board.findFirst({
    where: { id: input.id ?? "", partnershipId },
    select: { id: true, name: true, parentBoardId: true, version: true, areas: { select: { priorityAreaId: true } } },
  });
  if (!board) throw new NotFoundError("That board no longer exists, or you do not have access to it.");
  const areas = await checkedLinks(tx, partnershipId, input, board.id);
  const saved = await tx.board.updateMany({
    where: { id: board.id, partnershipId, version: input.version ?? 0 },
    data: {
      name: input.name,
      chairRole: input.chairRole ?? null,
      chairName: input.chairName ?? null,
      description: input.description ?? null,
      parentBoardId: input.parentBoardId ?? null,
      version: { increment: 1 },
    },
  });
  if (saved.count === 0) throw staleError(`the board ${board.name}`);
  await tx.boardArea.deleteMany({ where: { partnershipId, boardId: board.id } });
  await tx.boardArea.createMany({ data: areas.map((a) => ({ partnershipId, boardId: board.id, priorityAreaId: a.id })) });
  return {
    result: { boardId: board.id },
    audit: {
      kind: "Board",
      verb: "update",
      entityId: board.id,
      before: { name: board.name, parentBoardId: board.parentBoardId, areaIds: board.areas.map((a) => a.priorityAreaId) },
      after: { name: input.name, parentBoardId: input.parentBoardId ?? null, areas: areas.map((a) => a.code) },
    },
  };
});
