import "server-only";
// Move up / Move down, at every level of the plan tree: an item swaps places
// with its neighbour among its live siblings (areas under the same parent,
// outcomes of an area, actions of an outcome, milestones of an action).
import { mutation } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import { findAction, findArea, findMilestone, findOutcome } from "../queries";
import { milestoneName, refuseMovingArchived, reorder, requireArea, requirePlanEdit, requireProgrammeOffice } from "../rules";
import type { MoveInput } from "../schema";

/** Siblings in display order; milestones have no code, so their ties fall back to the order they were added. */
const byPosition = [{ position: "asc" as const }, { code: "asc" as const }, { id: "asc" as const }];
const sibling = { id: true, position: true } as const;

/** Writes the new positions; returns where the item was and where it is, for the audit row. */
async function move(siblings: { id: string; position: number }[], id: string, input: MoveInput, name: string, setPosition: (id: string, position: number) => Promise<unknown>) {
  const moved = reorder(siblings, id, input.direction, name);
  for (const write of moved.writes) await setPosition(write.id, write.position);
  return { before: { position: moved.from }, after: { position: moved.to, direction: input.direction } };
}

export const moveArea = mutation(async (tx, partnershipId, caller: Caller, input: MoveInput) => {
  requireProgrammeOffice(caller, "Only the programme office can reorder priority areas.");
  const area = await findArea(tx, partnershipId, input.id);
  const name = `priority area ${area.code}`;
  refuseMovingArchived(area, name);
  const siblings = await tx.priorityArea.findMany({ where: { partnershipId, parentId: area.parentId, archivedAt: null }, orderBy: byPosition, select: sibling });
  const { before, after } = await move(siblings, area.id, input, name, (id, position) => tx.priorityArea.updateMany({ where: { id, partnershipId }, data: { position } }));
  return { result: { id: area.id, code: area.code }, audit: { kind: "PriorityArea", verb: "move", entityId: area.id, before, after: { ...after, code: area.code } } };
});

export const moveOutcome = mutation(async (tx, partnershipId, caller: Caller, input: MoveInput) => {
  requirePlanEdit(caller);
  const outcome = await findOutcome(tx, partnershipId, input.id);
  const name = `outcome ${outcome.code}`;
  requireArea(caller, outcome.priorityArea, name);
  refuseMovingArchived(outcome, name);
  const siblings = await tx.outcome.findMany({ where: { partnershipId, priorityAreaId: outcome.priorityAreaId, archivedAt: null }, orderBy: byPosition, select: sibling });
  const { before, after } = await move(siblings, outcome.id, input, name, (id, position) => tx.outcome.updateMany({ where: { id, partnershipId }, data: { position } }));
  return { result: { id: outcome.id, code: outcome.code }, audit: { kind: "Outcome", verb: "move", entityId: outcome.id, before, after: { ...after, code: outcome.code } } };
});

export const moveAction = mutation(async (tx, partnershipId, caller: Caller, input: MoveInput) => {
  requirePlanEdit(caller);
  const action = await findAction(tx, partnershipId, input.id);
  const name = `action ${action.code}`;
  requireArea(caller, action.priorityArea, name);
  refuseMovingArchived(action, name);
  const siblings = await tx.action.findMany({ where: { partnershipId, outcomeId: action.outcomeId, archivedAt: null }, orderBy: byPosition, select: sibling });
  const { before, after } = await move(siblings, action.id, input, name, (id, position) => tx.action.updateMany({ where: { id, partnershipId }, data: { position } }));
  return { result: { id: action.id, code: action.code }, audit: { kind: "Action", verb: "move", entityId: action.id, before, after: { ...after, code: action.code } } };
});

export const moveMilestone = mutation(async (tx, partnershipId, caller: Caller, input: MoveInput) => {
  requirePlanEdit(caller);
  const milestone = await findMilestone(tx, partnershipId, input.id);
  const name = milestoneName(milestone);
  requireArea(caller, milestone.action.priorityArea, name);
  refuseMovingArchived(milestone, name);
  const siblings = await tx.milestone.findMany({
    where: { partnershipId, actionId: milestone.actionId, archivedAt: null },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: sibling,
  });
  const { before, after } = await move(siblings, milestone.id, input, name, (id, position) => tx.milestone.updateMany({ where: { id, partnershipId }, data: { position } }));
  return {
    result: { id: milestone.id, actionId: milestone.actionId },
    audit: { kind: "Milestone", verb: "move", entityId: milestone.id, before, after: { ...after, text: milestone.text, action: milestone.action.code } },
  };
});
