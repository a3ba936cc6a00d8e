import "server-only";
// Adding and editing priority areas (moving and archiving them: ./move.ts, ./archive.ts).
import { mutation } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import { now } from "@/lib/clock";
import { ForbiddenError, staleError, ValidationError } from "@/lib/errors";
import { assertCodeFree, findArea } from "../queries";
import { assertParentArea, codeTaken, isProgrammeOffice, nextPosition, requireArea, requirePlanEdit, requireProgrammeOffice } from "../rules";
import type { CreateAreaInput, UpdateAreaInput } from "../schema";

const duplicate = (input: { code: string }) => codeTaken(input.code, "priority area");

export const createArea = mutation(
  async (tx, partnershipId, caller: Caller, input: CreateAreaInput) => {
    requireProgrammeOffice(caller, "Only the programme office can add priority areas.");
    if (input.parentId) assertParentArea(await findArea(tx, partnershipId, input.parentId), null);
    await assertCodeFree(tx, partnershipId, "priority area", input.code, null);
    const parentId = input.parentId ?? null;
    const position = nextPosition(await tx.priorityArea.aggregate({ where: { partnershipId, parentId }, _max: { position: true } }));
    const area = await tx.priorityArea.create({
      // Dated by the app's clock, not the database's: the month it joins the plan is the first it owes a highlight report for (lib/reports/compute.ts).
      data: { partnershipId, code: input.code, kind: input.kind, title: input.title, finding: input.finding, leadRoles: input.leadRoles, parentId, position, createdAt: now() },
      select: { id: true, code: true },
    });
    return {
      result: area,
      audit: {
        kind: "PriorityArea",
        verb: "create",
        entityId: area.id,
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
    if (parentId && parentId !== area.parentId) assertParentArea(await findArea(tx, partnershipId, parentId), area);
    if (input.code !== area.code) await assertCodeFree(tx, partnershipId, "priority area", input.code, area.id);
    const position = parentId !== area.parentId ? nextPosition(await tx.priorityArea.aggregate({ where: { partnershipId, parentId }, _max: { position: true } })) : area.position;
    const saved = await tx.priorityArea.updateMany({
      where: { id: area.id, partnershipId, version: input.version },
      data: { code: input.code, kind: input.kind, title: input.title, finding: input.finding, leadRoles: input.leadRoles, parentId, position, version: { increment: 1 } },
    });
    if (saved.count === 0) throw staleError(`priority area ${area.code}`);
    return {
      result: { id: area.id, code: input.code, version: area.version + 1 },
      audit: {
        kind: "PriorityArea",
        verb: "update",
        entityId: area.id,
        before: { code: area.code, kind: area.kind, title: area.title, finding: area.finding, leadRoles: area.leadRoles, parentId: area.parentId, version: area.version },
        after: { code: input.code, kind: input.kind, title: input.title, finding: input.finding, leadRoles: input.leadRoles, parentId, version: area.version + 1 },
      },
    };
  },
  { duplicate },
);
