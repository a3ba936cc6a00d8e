import "server-only";
import { mutation } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import { ForbiddenError, staleError, ValidationError } from "@/lib/errors";
import { assertCodeFree, assertParentArea, codeTaken, findArea, isProgrammeOffice, nextPosition, requireArea, requirePlanEdit, requireProgrammeOffice } from "../rules";
import type { ArchiveInput, CreateAreaInput, MoveInput, UpdateAreaInput } from "../schema";
import { areaItem, moveItem, setArchived } from "../tree";

const duplicate = (input: { code: string }) => codeTaken(input.code, "priority area");

export const createArea = mutation(
  async (tx, partnershipId, caller: Caller, input: CreateAreaInput) => {
    requireProgrammeOffice(caller, "Only the programme office can add priority areas.");
    if (input.parentId) await assertParentArea(tx, partnershipId, input.parentId, null);
    await assertCodeFree(tx, partnershipId, "priority area", input.code, null);
    const parentId = input.parentId ?? null;
    const position = nextPosition(await tx.priorityArea.aggregate({ where: { partnershipId, parentId }, _max: { position: true } }));
    const area = await tx.priorityArea.create({
      data: { partnershipId, code: input.code, kind: input.kind, title: input.title, finding: input.finding, leadRoles: input.leadRoles, parentId, position },
      select: { id: true, code: true },
    });
    return {
      result: area,
      audit: {
        entityType: "PriorityArea",
        entityId: area.id,
        action: "create",
        after: { code: input.code, kind: input.kind, title: input.title, finding: input.finding, leadRoles: input.leadRoles, parentId, position },
      },
    };
  },
  { duplicate },
);

/** A priority lead may reword their own area; its code, kind and parent are the programme office's. */
export const updateArea = mutation(
  async (tx, partnershipId, caller: Caller, input: UpdateAreaInput) => {
    requirePlanEdit(caller);
    const area = await findArea(tx, partnershipId, input.id);
    requireArea(caller, area, `priority area ${area.code}`);
    if (area.archivedAt) throw new ValidationError(`Priority area ${area.code} is archived. Restore it before editing it.`);
    const parentId = input.parentId ?? null;
    const structural = input.code !== area.code || input.kind !== area.kind || parentId !== area.parentId;
    if (structural && !isProgrammeOffice(caller)) {
      throw new ForbiddenError("Only the programme office can change an area's code, kind or parent area.");
    }
    if (parentId && parentId !== area.parentId) await assertParentArea(tx, partnershipId, parentId, area);
    if (input.code !== area.code) await assertCodeFree(tx, partnershipId, "priority area", input.code, area.id);
    const position =
      parentId !== area.parentId ? nextPosition(await tx.priorityArea.aggregate({ where: { partnershipId, parentId }, _max: { position: true } })) : area.position;
    const saved = await tx.priorityArea.updateMany({
      where: { id: area.id, partnershipId, version: input.version },
      data: { code: input.code, kind: input.kind, title: input.title, finding: input.finding, leadRoles: input.leadRoles, parentId, position, version: { increment: 1 } },
    });
    if (saved.count === 0) throw staleError(`priority area ${area.code}`);
    return {
      result: { id: area.id, code: input.code, version: area.version + 1 },
      audit: {
        entityType: "PriorityArea",
        entityId: area.id,
        action: "update",
        before: { code: area.code, kind: area.kind, title: area.title, finding: area.finding, leadRoles: area.leadRoles, parentId: area.parentId, version: area.version },
        after: { code: input.code, kind: input.kind, title: input.title, finding: input.finding, leadRoles: input.leadRoles, parentId, version: area.version + 1 },
      },
    };
  },
  { duplicate },
);

export const moveArea = mutation(async (tx, partnershipId, caller: Caller, input: MoveInput) => {
  requireProgrammeOffice(caller, "Only the programme office can reorder priority areas.");
  const area = await findArea(tx, partnershipId, input.id);
  const audit = await moveItem(partnershipId, areaItem(tx, partnershipId, area), input.direction);
  return { result: { id: area.id, code: area.code }, audit };
});

/**
 * Archiving takes the area's outcomes, actions and milestones out of the live
 * views with it, stamped with the same time so that restoring brings back
 * exactly those. Nothing is deleted: updates, evidence and decisions stay.
 */
export const archiveArea = mutation(async (tx, partnershipId, caller: Caller, input: ArchiveInput) => {
  requireProgrammeOffice(caller, "Only the programme office can archive priority areas.");
  const area = await findArea(tx, partnershipId, input.id);
  const refusal = area.children.length ? `Priority area ${area.code} has linked areas (${area.children.map((c) => c.code).join(", ")}). Archive or unlink them first.` : null;
  const audit = await setArchived(partnershipId, "archive", areaItem(tx, partnershipId, area), input.version, refusal);
  return { result: { id: area.id, code: area.code }, audit };
});

export const restoreArea = mutation(async (tx, partnershipId, caller: Caller, input: ArchiveInput) => {
  requireProgrammeOffice(caller, "Only the programme office can restore priority areas.");
  const area = await findArea(tx, partnershipId, input.id);
  const refusal = area.parent?.archivedAt ? `Restore ${area.parent.code} first: ${area.code} is linked under it.` : null;
  const audit = await setArchived(partnershipId, "restore", areaItem(tx, partnershipId, area), input.version, refusal);
  return { result: { id: area.id, code: area.code }, audit };
});
