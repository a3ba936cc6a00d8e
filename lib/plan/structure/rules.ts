// The rules every plan-structure mutation shares: who may edit what (from
// lib/plan/access.ts), the plan's own constraints and the arithmetic of moving
// and archiving. Pure: the rows come from lib/plan/structure/queries.ts.
import type { Caller } from "@/lib/auth/caller";
import { fieldError, ForbiddenError, ValidationError } from "@/lib/errors";
import { mayArrangeAreas, mayEditArea, mayEditPlan } from "@/lib/plan/access";
import type { MoveInput } from "./schema";

export type CodedTable = "priority area" | "outcome" | "action";

export function codeTaken(code: string, word: CodedTable): ValidationError {
  return fieldError("code", `Code ${code} is already used by another ${word} in this plan.`);
}

// ---------------------------------------------------------------------------
// Authorization

export function requirePlanEdit(caller: Caller) {
  if (!mayEditPlan(caller.scope)) throw new ForbiddenError("Only the programme office and priority leads can edit the plan.");
}

/** Admins everywhere; priority leads only in the areas they lead. */
export function requireArea(caller: Caller, area: { id: string; code: string }, what: string) {
  requirePlanEdit(caller);
  if (!mayEditArea(caller.scope, area.id)) throw new ForbiddenError(`You cannot change ${what}: it is in ${area.code}, which you do not lead.`);
}

/** Adding, arranging and archiving priority areas themselves is for the programme office. */
export function isProgrammeOffice(caller: Caller): boolean {
  return mayArrangeAreas(caller.scope);
}

export function requireProgrammeOffice(caller: Caller, message: string) {
  requirePlanEdit(caller);
  if (!isProgrammeOffice(caller)) throw new ForbiddenError(message);
}

// ---------------------------------------------------------------------------
// The plan's constraints

/** Linked areas sit one level under a live, top-level area; the plan view shows no deeper nesting. */
export function assertParentArea(
  parent: { id: string; code: string; parentId: string | null; archivedAt: Date | null },
  self: { id: string; children: readonly { code: string }[] } | null,
) {
  if (self && parent.id === self.id) throw fieldError("parentId", "An area cannot be linked under itself.");
  if (parent.archivedAt) throw fieldError("parentId", `${parent.code} is archived. Restore it first, or choose another area.`);
  if (parent.parentId) throw fieldError("parentId", `${parent.code} is itself linked under another area. Choose a top-level area.`);
  if (self?.children.length) {
    throw fieldError("parentId", `This area has linked areas of its own (${self.children.map((c) => c.code).join(", ")}), so it must stay top-level.`);
  }
}

export function milestoneName(milestone: { text: string; action: { code: string } }): string {
  const text = milestone.text.length > 60 ? `${milestone.text.slice(0, 60)}…` : milestone.text;
  return `the milestone “${text}” of action ${milestone.action.code}`;
}

/** The next free position at the end of a parent's list. */
export function nextPosition(max: { _max: { position: number | null } }): number {
  return (max._max.position ?? -1) + 1;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---------------------------------------------------------------------------
// Moving and archiving, at every level of the tree

type Sibling = { id: string; position: number };

/**
 * Where an item and its neighbour go when the item moves one place among its
 * live siblings (given in display order): the positions to write, and the
 * item's old and new position. Where positions tie (imports, restores) the
 * list is renumbered first, so a move always moves.
 */
export function reorder(siblings: readonly Sibling[], id: string, direction: MoveInput["direction"], name: string) {
  const index = siblings.findIndex((s) => s.id === id);
  const target = direction === "up" ? index - 1 : index + 1;
  if (index < 0 || target < 0 || target >= siblings.length) {
    throw new ValidationError(`${capitalise(name)} is already ${direction === "up" ? "first" : "last"} in its list.`);
  }
  const distinct = new Set(siblings.map((s) => s.position)).size === siblings.length;
  const positions = distinct ? siblings.map((s) => s.position) : siblings.map((_, i) => i);
  const reordered = [...siblings];
  [reordered[index], reordered[target]] = [reordered[target]!, reordered[index]!];
  return {
    writes: reordered.flatMap((sibling, i) => (sibling.position === positions[i] ? [] : [{ id: sibling.id, position: positions[i]! }])),
    from: siblings[index]!.position,
    to: positions[target]!,
  };
}

export function refuseMovingArchived(row: { archivedAt: Date | null }, name: string) {
  if (row.archivedAt) throw new ValidationError(`${capitalise(name)} is archived. Restore it before moving it.`);
}

/**
 * Whether an item may be archived or restored: not if it already is so, nor
 * for the item's own `refusal` (linked areas, an archived parent), given once
 * its archived state fits.
 */
export function assertArchivable(change: "archive" | "restore", row: { archivedAt: Date | null }, name: string, refusal: string | null = null) {
  if (change === "archive" && row.archivedAt) throw new ValidationError(`${capitalise(name)} is already archived.`);
  if (change === "restore" && !row.archivedAt) throw new ValidationError(`${capitalise(name)} is not archived.`);
  if (refusal) throw new ValidationError(refusal);
}
