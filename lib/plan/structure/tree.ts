import "server-only";
// Moving, archiving and restoring, shared by every level of the plan tree
// (areas, outcomes, actions, milestones). Each returns the audit entry of
// what it did; the mutation that calls it writes it.
import type { Tx } from "@/lib/db";
import type { LegacyAuditEntry as AuditEntry } from "@/lib/audit/mutation";
import { now } from "@/lib/clock";
import { staleError, ValidationError } from "@/lib/errors";
import { capitalise } from "./rules";
import type { MoveInput } from "./schema";

type Sibling = { id: string; position: number };

/**
 * Swaps an item with its neighbour among its live siblings (given in display
 * order). Where positions tie (imports, restores) the list is renumbered
 * first, so a move always moves.
 */
async function swapWithNeighbour(siblings: Sibling[], id: string, direction: "up" | "down", what: string, setPosition: (id: string, position: number) => Promise<unknown>) {
  const index = siblings.findIndex((s) => s.id === id);
  const target = direction === "up" ? index - 1 : index + 1;
  if (index < 0 || target < 0 || target >= siblings.length) {
    throw new ValidationError(`${capitalise(what)} is already ${direction === "up" ? "first" : "last"} in its list.`);
  }
  const distinct = new Set(siblings.map((s) => s.position)).size === siblings.length;
  const positions = distinct ? siblings.map((s) => s.position) : siblings.map((_, i) => i);
  const reordered = [...siblings];
  [reordered[index], reordered[target]] = [reordered[target], reordered[index]];
  for (const [i, sibling] of reordered.entries()) {
    if (sibling.position !== positions[i]) await setPosition(sibling.id, positions[i]);
  }
  return { from: siblings[index].position, to: positions[target] };
}

/**
 * One item of the plan tree as moving, archiving and restoring see it. `name`
 * is how messages call it ("priority area 1.1"); `updateMany` writes its
 * table, always within the partnership.
 */
type TreeItem = {
  entityType: "PriorityArea" | "Outcome" | "Action" | "Milestone";
  row: { id: string; archivedAt: Date | null; version: number };
  name: string;
  /** Its live siblings, in display order. */
  siblings: () => Promise<Sibling[]>;
  updateMany: (
    where: { id: string; partnershipId: string; version?: number; archivedAt?: Date | null },
    data: { position: number } | { archivedAt: Date | null; version: { increment: 1 } },
  ) => Promise<{ count: number }>;
  /**
   * Restamps its children from `from` to `to` and counts them by kind: only
   * the rows archived with it, so a restore brings back exactly what the
   * archive took.
   */
  cascade?: (from: Date | null, to: Date | null) => Promise<Record<string, number>>;
};

export function areaItem(tx: Tx, partnershipId: string, area: { id: string; code: string; parentId: string | null; archivedAt: Date | null; version: number }): TreeItem {
  return {
    entityType: "PriorityArea",
    row: area,
    name: `priority area ${area.code}`,
    siblings: () =>
      tx.priorityArea.findMany({
        where: { partnershipId, parentId: area.parentId, archivedAt: null },
        orderBy: [{ position: "asc" }, { code: "asc" }, { id: "asc" }],
        select: { id: true, position: true },
      }),
    updateMany: (where, data) => tx.priorityArea.updateMany({ where, data }),
    cascade: async (from, to) => {
      const outcomes = await tx.outcome.updateMany({ where: { partnershipId, priorityAreaId: area.id, archivedAt: from }, data: { archivedAt: to, version: { increment: 1 } } });
      return { outcomes: outcomes.count, ...(await cascadeActions(tx, partnershipId, { priorityAreaId: area.id }, from, to)) };
    },
  };
}

export function outcomeItem(tx: Tx, partnershipId: string, outcome: { id: string; code: string; priorityAreaId: string; archivedAt: Date | null; version: number }): TreeItem {
  return {
    entityType: "Outcome",
    row: outcome,
    name: `outcome ${outcome.code}`,
    siblings: () =>
      tx.outcome.findMany({
        where: { partnershipId, priorityAreaId: outcome.priorityAreaId, archivedAt: null },
        orderBy: [{ position: "asc" }, { code: "asc" }, { id: "asc" }],
        select: { id: true, position: true },
      }),
    updateMany: (where, data) => tx.outcome.updateMany({ where, data }),
    cascade: (from, to) => cascadeActions(tx, partnershipId, { outcomeId: outcome.id }, from, to),
  };
}

export function actionItem(tx: Tx, partnershipId: string, action: { id: string; code: string; outcomeId: string; archivedAt: Date | null; version: number }): TreeItem {
  return {
    entityType: "Action",
    row: action,
    name: `action ${action.code}`,
    siblings: () =>
      tx.action.findMany({
        where: { partnershipId, outcomeId: action.outcomeId, archivedAt: null },
        orderBy: [{ position: "asc" }, { code: "asc" }, { id: "asc" }],
        select: { id: true, position: true },
      }),
    updateMany: (where, data) => tx.action.updateMany({ where, data }),
    cascade: async (from, to) => {
      const milestones = await tx.milestone.updateMany({ where: { partnershipId, actionId: action.id, archivedAt: from }, data: { archivedAt: to, version: { increment: 1 } } });
      return { milestones: milestones.count };
    },
  };
}

/** Milestones have no code, so ties in position fall back to the order they were added. */
export function milestoneItem(tx: Tx, partnershipId: string, milestone: { id: string; actionId: string; archivedAt: Date | null; version: number }, name: string): TreeItem {
  return {
    entityType: "Milestone",
    row: milestone,
    name,
    siblings: () =>
      tx.milestone.findMany({
        where: { partnershipId, actionId: milestone.actionId, archivedAt: null },
        orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
        select: { id: true, position: true },
      }),
    updateMany: (where, data) => tx.milestone.updateMany({ where, data }),
  };
}

/** The live actions under an area or outcome stamped `from`, and their milestones. Milestones go first: they are found through their action's stamp. */
async function cascadeActions(tx: Tx, partnershipId: string, parent: { priorityAreaId: string } | { outcomeId: string }, from: Date | null, to: Date | null) {
  const data = { archivedAt: to, version: { increment: 1 } };
  const milestones = await tx.milestone.updateMany({ where: { partnershipId, archivedAt: from, action: { partnershipId, ...parent, archivedAt: from } }, data });
  const actions = await tx.action.updateMany({ where: { partnershipId, ...parent, archivedAt: from }, data });
  return { actions: actions.count, milestones: milestones.count };
}

/** Moves a live item one place among its live siblings, with one audit row. */
/** Moves a live item one place among its live siblings. */
export async function moveItem(partnershipId: string, item: TreeItem, direction: MoveInput["direction"]): Promise<AuditEntry> {
  if (item.row.archivedAt) throw new ValidationError(`${capitalise(item.name)} is archived. Restore it before moving it.`);
  const moved = await swapWithNeighbour(await item.siblings(), item.row.id, direction, item.name, (id, position) => item.updateMany({ id, partnershipId }, { position }));
  return { entityType: item.entityType, entityId: item.row.id, action: "move", before: { position: moved.from }, after: { position: moved.to, direction } };
}

/**
 * Archives or restores an item and its children under the item's optimistic
 * lock. `refusal` is the item's own reason to refuse (linked areas, an
 * archived parent), given once its archived state fits.
 */
export async function setArchived(partnershipId: string, change: "archive" | "restore", item: TreeItem, version: number, refusal: string | null = null): Promise<AuditEntry> {
  const { row, name } = item;
  const archiving = change === "archive";
  if (archiving && row.archivedAt) throw new ValidationError(`${capitalise(name)} is already archived.`);
  if (!archiving && !row.archivedAt) throw new ValidationError(`${capitalise(name)} is not archived.`);
  if (refusal) throw new ValidationError(refusal);
  const from = row.archivedAt;
  const to = archiving ? now() : null;
  const saved = await item.updateMany({ id: row.id, partnershipId, version, archivedAt: from }, { archivedAt: to, version: { increment: 1 } });
  if (saved.count === 0) throw staleError(name);
  const carried = item.cascade ? await item.cascade(from, to) : null;
  return {
    entityType: item.entityType,
    entityId: row.id,
    action: change,
    before: { archivedAt: from, version: row.version },
    after: { archivedAt: to, version: row.version + 1, ...(carried && (archiving ? { alsoArchived: carried } : { alsoRestored: carried })) },
  };
}
