"use server";

import { ok, type ActionResult } from "@/lib/actions/result";
import { submit } from "@/lib/actions/submit";
import type { Caller } from "@/lib/auth/caller";
import { createAction, updateAction } from "./mutations/actions";
import { archiveAction, archiveArea, archiveMilestone, archiveOutcome, restoreAction, restoreArea, restoreMilestone, restoreOutcome } from "./mutations/archive";
import { createArea, updateArea } from "./mutations/areas";
import { createMilestone, updateMilestone } from "./mutations/milestones";
import { moveAction, moveArea, moveMilestone, moveOutcome } from "./mutations/move";
import { createOutcome, updateOutcome } from "./mutations/outcomes";
import {
  createActionSchema,
  createAreaSchema,
  createMilestoneSchema,
  createOutcomeSchema,
  planItemChangeSchema,
  updateActionSchema,
  updateAreaSchema,
  updateMilestoneSchema,
  updateOutcomeSchema,
  type ArchiveInput,
  type MoveInput,
  type PlanItem,
  type PlanItemChange,
} from "./schema";

/** Adding and saving answer alike, so one form serves both. */
type Saved = ActionResult<{ id: string; version: number }>;

export async function createAreaAction(_previous: Saved | null, form: FormData): Promise<Saved> {
  return submit(form, createAreaSchema, createArea, (area) => ok({ id: area.id, version: 1 }, `Priority area ${area.code} added.`));
}

export async function updateAreaAction(_previous: Saved | null, form: FormData): Promise<Saved> {
  return submit(form, updateAreaSchema, updateArea, (area) => ok({ id: area.id, version: area.version }, `Priority area ${area.code} saved.`));
}

export async function createOutcomeAction(_previous: Saved | null, form: FormData): Promise<Saved> {
  return submit(form, createOutcomeSchema, createOutcome, (outcome) => ok({ id: outcome.id, version: 1 }, `Outcome ${outcome.code} added.`));
}

export async function updateOutcomeAction(_previous: Saved | null, form: FormData): Promise<Saved> {
  return submit(form, updateOutcomeSchema, updateOutcome, (outcome) => ok({ id: outcome.id, version: outcome.version }, `Outcome ${outcome.code} saved.`));
}

export async function createActionAction(_previous: Saved | null, form: FormData): Promise<Saved> {
  return submit(form, createActionSchema, createAction, (action) => ok({ id: action.id, version: 1 }, `Action ${action.code} added.`));
}

export async function updateActionAction(_previous: Saved | null, form: FormData): Promise<Saved> {
  return submit(form, updateActionSchema, updateAction, (action) => ok({ id: action.id, version: action.version }, `Action ${action.code} saved.`));
}

export async function createMilestoneAction(_previous: Saved | null, form: FormData): Promise<Saved> {
  return submit(form, createMilestoneSchema, createMilestone, (milestone) => {
    const due = milestone.occurrences === 1 ? "one due date" : `${milestone.occurrences} due dates`;
    return ok({ id: milestone.id, version: 1 }, `Milestone added, with ${due}.`);
  });
}

export async function updateMilestoneAction(_previous: Saved | null, form: FormData): Promise<Saved> {
  return submit(form, updateMilestoneSchema, updateMilestone, (milestone) => {
    const changes = milestone.occurrences ? ` Due dates: ${milestone.occurrences.added} added, ${milestone.occurrences.removed} removed; met and missed ones kept.` : "";
    return ok({ id: milestone.id, version: milestone.version }, `Milestone saved.${changes}`);
  });
}

type ByKind<Input> = Record<PlanItem, (partnershipId: string, caller: Caller, input: Input) => Promise<unknown>>;
const MOVE: ByKind<MoveInput> = { area: moveArea, outcome: moveOutcome, action: moveAction, milestone: moveMilestone };
const ARCHIVE: ByKind<ArchiveInput> = { area: archiveArea, outcome: archiveOutcome, action: archiveAction, milestone: archiveMilestone };
const RESTORE: ByKind<ArchiveInput> = { area: restoreArea, outcome: restoreOutcome, action: restoreAction, milestone: restoreMilestone };

/** The mutation for the button pressed and the kind of item it sits beside. */
function change(partnershipId: string, caller: Caller, input: PlanItemChange) {
  if (input.op === "move") return MOVE[input.item](partnershipId, caller, { id: input.id, direction: input.direction });
  return (input.op === "archive" ? ARCHIVE : RESTORE)[input.item](partnershipId, caller, { id: input.id, version: input.version });
}

const DONE: Record<Exclude<PlanItemChange["op"], "move">, string> = {
  archive: "Archived. It has left the live plan; its history is kept, and it can be restored.",
  restore: "Restored to the live plan.",
};

/** Move up, Move down, Archive or Restore on any item of the plan tree. */
export async function changePlanItemAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, planItemChangeSchema, change, (_changed, input) =>
    ok(undefined, input.op === "move" ? (input.direction === "up" ? "Moved up." : "Moved down.") : DONE[input.op]),
  );
}
