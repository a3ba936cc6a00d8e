import "server-only";
// Adding and editing desired outcomes (moving and archiving them: ./move.ts, ./archive.ts).
import { mutation } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import { fieldError, staleError, ValidationError } from "@/lib/errors";
import { assertCodeFree, findArea, findOutcome } from "../queries";
import { codeTaken, nextPosition, requireArea, requirePlanEdit } from "../rules";
import type { CreateOutcomeInput, UpdateOutcomeInput } from "../schema";

const duplicate = (input: { code: string }) => codeTaken(input.code, "outcome");

export const createOutcome = mutation(
  async (tx, partnershipId, caller: Caller, input: CreateOutcomeInput) => {
    requirePlanEdit(caller);
    const area = await findArea(tx, partnershipId, input.priorityAreaId);
    requireArea(caller, area, `priority area ${area.code}`);
    if (area.archivedAt) throw fieldError("priorityAreaId", `${area.code} is archived. Restore it first, or choose another area.`);
    await assertCodeFree(tx, partnershipId, "outcome", input.code, null);
    const position = nextPosition(await tx.outcome.aggregate({ where: { partnershipId, priorityAreaId: area.id }, _max: { position: true } }));
    const outcome = await tx.outcome.create({
      data: { partnershipId, priorityAreaId: area.id, code: input.code, text: input.text, position },
      select: { id: true, code: true },
    });
    return {
      result: outcome,
      audit: { kind: "Outcome", verb: "create", entityId: outcome.id, after: { area: area.code, code: input.code, text: input.text, position } },
    };
  },
  { duplicate },
);

/** Moving an outcome to another area takes its actions with it (an action's area is its outcome's). */
export const updateOutcome = mutation(
  async (tx, partnershipId, caller: Caller, input: UpdateOutcomeInput) => {
    requirePlanEdit(caller);
    const outcome = await findOutcome(tx, partnershipId, input.id);
    requireArea(caller, outcome.priorityArea, `outcome ${outcome.code}`);
    if (outcome.archivedAt) throw new ValidationError(`Outcome ${outcome.code} is archived. Restore it before editing it.`);
    const moving = input.priorityAreaId !== outcome.priorityAreaId;
    const area = moving ? await findArea(tx, partnershipId, input.priorityAreaId) : null;
    if (area) {
      requireArea(caller, area, `priority area ${area.code}`);
      if (area.archivedAt) throw fieldError("priorityAreaId", `${area.code} is archived. Restore it first, or choose another area.`);
    }
    if (input.code !== outcome.code) await assertCodeFree(tx, partnershipId, "outcome", input.code, outcome.id);
    const position = area ? nextPosition(await tx.outcome.aggregate({ where: { partnershipId, priorityAreaId: area.id }, _max: { position: true } })) : outcome.position;
    const saved = await tx.outcome.updateMany({
      where: { id: outcome.id, partnershipId, version: input.version },
      data: { code: input.code, text: input.text, priorityAreaId: input.priorityAreaId, position, version: { increment: 1 } },
    });
    if (saved.count === 0) throw staleError(`outcome ${outcome.code}`);
    const moved = area ? await tx.action.updateMany({ where: { partnershipId, outcomeId: outcome.id }, data: { priorityAreaId: area.id, version: { increment: 1 } } }) : null;
    return {
      result: { id: outcome.id, code: input.code, version: outcome.version + 1 },
      audit: {
        kind: "Outcome",
        verb: "update",
        entityId: outcome.id,
        before: { area: outcome.priorityArea.code, code: outcome.code, text: outcome.text, version: outcome.version },
        after: { area: area?.code ?? outcome.priorityArea.code, code: input.code, text: input.text, version: outcome.version + 1, actionsMoved: moved?.count ?? 0 },
      },
    };
  },
  { duplicate },
);
