"use server";

import { refreshPartnership } from "@/lib/dashboard/cache";
import { ok, type ActionResult } from "@/lib/actions/result";
import { submit } from "@/lib/actions/submit";
import { callerOf } from "@/lib/auth/caller";
import {
  archiveAction,
  archiveArea,
  archiveMilestone,
  archiveOutcome,
  createAction,
  createArea,
  createMilestone,
  createOutcome,
  moveAction,
  moveArea,
  moveMilestone,
  moveOutcome,
  restoreAction,
  restoreArea,
  restoreMilestone,
  restoreOutcome,
  updateAction,
  updateArea,
  updateMilestone,
  updateOutcome,
} from "./mutations";
import {
  archivePlanItemSchema,
  createActionSchema,
  createAreaSchema,
  createMilestoneSchema,
  createOutcomeSchema,
  movePlanItemSchema,
  updateActionSchema,
  updateAreaSchema,
  updateMilestoneSchema,
  updateOutcomeSchema,
} from "./schema";

/** Adding and saving answer alike, so one form serves both. */
type Saved = ActionResult<{ id: string; version: number }>;

export async function createAreaAction(slug: string, _previous: Saved | null, form: FormData): Promise<Saved> {
  return submit(slug, form, createAreaSchema, async (member, input) => {
    const area = await createArea(member.partnershipId, callerOf(member), input);
    refreshPartnership(member.partnershipId, member.partnership.slug);
    return ok({ id: area.id, version: 1 }, `Priority area ${area.code} added.`);
  });
}

export async function updateAreaAction(slug: string, _previous: Saved | null, form: FormData): Promise<Saved> {
  return submit(slug, form, updateAreaSchema, async (member, input) => {
    const area = await updateArea(member.partnershipId, callerOf(member), input);
    refreshPartnership(member.partnershipId, member.partnership.slug);
    return ok({ id: area.id, version: area.version }, `Priority area ${area.code} saved.`);
  });
}

export async function createOutcomeAction(slug: string, _previous: Saved | null, form: FormData): Promise<Saved> {
  return submit(slug, form, createOutcomeSchema, async (member, input) => {
    const outcome = await createOutcome(member.partnershipId, callerOf(member), input);
    refreshPartnership(member.partnershipId, member.partnership.slug);
    return ok({ id: outcome.id, version: 1 }, `Outcome ${outcome.code} added.`);
  });
}

export async function updateOutcomeAction(slug: string, _previous: Saved | null, form: FormData): Promise<Saved> {
  return submit(slug, form, updateOutcomeSchema, async (member, input) => {
    const outcome = await updateOutcome(member.partnershipId, callerOf(member), input);
    refreshPartnership(member.partnershipId, member.partnership.slug);
    return ok({ id: outcome.id, version: outcome.version }, `Outcome ${outcome.code} saved.`);
  });
}

export async function createActionAction(slug: string, _previous: Saved | null, form: FormData): Promise<Saved> {
  return submit(slug, form, createActionSchema, async (member, input) => {
    const action = await createAction(member.partnershipId, callerOf(member), input);
    refreshPartnership(member.partnershipId, member.partnership.slug);
    return ok({ id: action.id, version: 1 }, `Action ${action.code} added.`);
  });
}

export async function updateActionAction(slug: string, _previous: Saved | null, form: FormData): Promise<Saved> {
  return submit(slug, form, updateActionSchema, async (member, input) => {
    const action = await updateAction(member.partnershipId, callerOf(member), input);
    refreshPartnership(member.partnershipId, member.partnership.slug);
    return ok({ id: action.id, version: action.version }, `Action ${action.code} saved.`);
  });
}

export async function createMilestoneAction(slug: string, _previous: Saved | null, form: FormData): Promise<Saved> {
  return submit(slug, form, createMilestoneSchema, async (member, input) => {
    const milestone = await createMilestone(member.partnershipId, callerOf(member), input);
    refreshPartnership(member.partnershipId, member.partnership.slug);
    const due = milestone.occurrences === 1 ? "one due date" : `${milestone.occurrences} due dates`;
    return ok({ id: milestone.id, version: 1 }, `Milestone added, with ${due}.`);
  });
}

export async function updateMilestoneAction(slug: string, _previous: Saved | null, form: FormData): Promise<Saved> {
  return submit(slug, form, updateMilestoneSchema, async (member, input) => {
    const milestone = await updateMilestone(member.partnershipId, callerOf(member), input);
    refreshPartnership(member.partnershipId, member.partnership.slug);
    const changes = milestone.occurrences ? ` Due dates: ${milestone.occurrences.added} added, ${milestone.occurrences.removed} removed; met and missed ones kept.` : "";
    return ok({ id: milestone.id, version: milestone.version }, `Milestone saved.${changes}`);
  });
}

const MOVE = { area: moveArea, outcome: moveOutcome, action: moveAction, milestone: moveMilestone } as const;
const ARCHIVE = { area: archiveArea, outcome: archiveOutcome, action: archiveAction, milestone: archiveMilestone } as const;
const RESTORE = { area: restoreArea, outcome: restoreOutcome, action: restoreAction, milestone: restoreMilestone } as const;

/** Move up / Move down on any item of the plan tree. */
export async function movePlanItemAction(slug: string, _previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(slug, form, movePlanItemSchema, async (member, { item, ...input }) => {
    await MOVE[item](member.partnershipId, callerOf(member), input);
    refreshPartnership(member.partnershipId, member.partnership.slug);
    return ok(undefined, input.direction === "up" ? "Moved up." : "Moved down.");
  });
}

export async function archivePlanItemAction(slug: string, _previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(slug, form, archivePlanItemSchema, async (member, { item, ...input }) => {
    await ARCHIVE[item](member.partnershipId, callerOf(member), input);
    refreshPartnership(member.partnershipId, member.partnership.slug);
    return ok(undefined, "Archived. It has left the live plan; its history is kept, and it can be restored.");
  });
}

export async function restorePlanItemAction(slug: string, _previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(slug, form, archivePlanItemSchema, async (member, { item, ...input }) => {
    await RESTORE[item](member.partnershipId, callerOf(member), input);
    refreshPartnership(member.partnershipId, member.partnership.slug);
    return ok(undefined, "Restored to the live plan.");
  });
}
