import "server-only";
// Adding and editing the plan's actions ("1.1a"); moving and archiving them: ./move.ts, ./archive.ts.
import { mutation } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import { fieldError, staleError, ValidationError } from "@/lib/errors";
import { assertCodeFree, assertLeadMember, findAction, findOutcome } from "../queries";
import { codeTaken, nextPosition, requireArea, requirePlanEdit } from "../rules";
import type { CreateActionInput, UpdateActionInput } from "../schema";

const duplicate = (input: { code: string }) => codeTaken(input.code, "action");

type Editable = {
  code: string;
  title: string;
  description?: string | null;
  leadRole?: string | null;
  leadMembershipId?: string | null;
  workstream?: string | null;
  startDate?: Date | null;
  tags: string[];
};

/** What the form edits, as stored (and as the audit row shows it, before and after). */
function editableFields(input: Editable) {
  return {
    code: input.code,
    title: input.title,
    description: input.description ?? null,
    leadRole: input.leadRole ?? null,
    leadMembershipId: input.leadMembershipId ?? null,
    workstream: input.workstream ?? null,
    startDate: input.startDate ?? null,
    tags: input.tags,
  };
}

/**
 * A new action: its current due date starts at the baseline and moves only
 * through change requests. No baseline (null) is "due date to be confirmed".
 */
export const createAction = mutation(
  async (tx, partnershipId, caller: Caller, input: CreateActionInput) => {
    requirePlanEdit(caller);
    const outcome = await findOutcome(tx, partnershipId, input.outcomeId);
    requireArea(caller, outcome.priorityArea, `outcome ${outcome.code}`);
    if (outcome.archivedAt) throw fieldError("outcomeId", `Outcome ${outcome.code} is archived. Restore it first, or choose another outcome.`);
    await assertCodeFree(tx, partnershipId, "action", input.code, null);
    await assertLeadMember(tx, partnershipId, input.leadMembershipId);
    const position = nextPosition(await tx.action.aggregate({ where: { partnershipId, outcomeId: outcome.id }, _max: { position: true } }));
    const fields = editableFields(input);
    const action = await tx.action.create({
      data: {
        partnershipId,
        priorityAreaId: outcome.priorityAreaId,
        outcomeId: outcome.id,
        ...fields,
        baselineDueDate: input.baselineDueDate,
        currentDueDate: input.baselineDueDate,
        position,
      },
      select: { id: true, code: true },
    });
    return {
      result: action,
      audit: { kind: "Action", verb: "create", entityId: action.id, after: { outcome: outcome.code, ...fields, baselineDueDate: input.baselineDueDate, position } },
    };
  },
  { duplicate },
);

/**
 * The editor sets an action's first due date (baseline and current together)
 * while it has none; a date already agreed moves only through a change request.
 */
function firstDueDate(action: { code: string; baselineDueDate: Date | null; currentDueDate: Date | null }, given: Date | null | undefined): { set: Date | null } {
  if (!given) return { set: null };
  if (!action.currentDueDate) return { set: given };
  if (action.baselineDueDate?.getTime() === given.getTime() || action.currentDueDate.getTime() === given.getTime()) return { set: null };
  throw fieldError("baselineDueDate", `Action ${action.code} already has a due date: to move it, raise a change request.`);
}

export const updateAction = mutation(
  async (tx, partnershipId, caller: Caller, input: UpdateActionInput) => {
    requirePlanEdit(caller);
    const action = await findAction(tx, partnershipId, input.id);
    requireArea(caller, action.priorityArea, `action ${action.code}`);
    if (action.archivedAt) throw new ValidationError(`Action ${action.code} is archived. Restore it before editing it.`);
    const moving = input.outcomeId !== action.outcomeId;
    const outcome = moving ? await findOutcome(tx, partnershipId, input.outcomeId) : null;
    if (outcome) {
      requireArea(caller, outcome.priorityArea, `outcome ${outcome.code}`);
      if (outcome.archivedAt) throw fieldError("outcomeId", `Outcome ${outcome.code} is archived. Restore it first, or choose another outcome.`);
    }
    if (input.code !== action.code) await assertCodeFree(tx, partnershipId, "action", input.code, action.id);
    if (input.leadMembershipId !== (action.leadMembershipId ?? undefined)) await assertLeadMember(tx, partnershipId, input.leadMembershipId);
    const due = firstDueDate(action, input.baselineDueDate);
    const dueDate = due.set ?? action.currentDueDate;
    if (input.startDate && dueDate && input.startDate.getTime() > dueDate.getTime()) {
      throw fieldError("startDate", "The start date must be on or before the due date.");
    }
    const fields = editableFields(input);
    const placement = outcome
      ? {
          outcomeId: outcome.id,
          priorityAreaId: outcome.priorityAreaId,
          position: nextPosition(await tx.action.aggregate({ where: { partnershipId, outcomeId: outcome.id }, _max: { position: true } })),
        }
      : {};
    const saved = await tx.action.updateMany({
      where: { id: action.id, partnershipId, version: input.version },
      data: { ...fields, ...placement, ...(due.set ? { baselineDueDate: due.set, currentDueDate: due.set } : {}), version: { increment: 1 } },
    });
    if (saved.count === 0) throw staleError(`action ${action.code}`);
    return {
      result: { id: action.id, code: input.code, version: action.version + 1 },
      audit: {
        kind: "Action",
        verb: "update",
        entityId: action.id,
        before: { outcome: action.outcome.code, ...editableFields(action), baselineDueDate: action.baselineDueDate, version: action.version },
        after: { outcome: outcome?.code ?? action.outcome.code, ...fields, baselineDueDate: due.set ?? action.baselineDueDate, version: action.version + 1 },
      },
    };
  },
  { duplicate },
);
