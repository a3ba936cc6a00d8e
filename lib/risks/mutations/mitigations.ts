import "server-only";
// The mitigation plan of a risk: each mitigation has an owner, a due date and
// a state. Whoever may manage the risk manages its mitigations.
import type { Tx } from "@/lib/db";
import { mutation } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import * as clock from "@/lib/clock";
import { toIsoDate } from "@/lib/dates/format";
import { ForbiddenError, NotFoundError, staleError, ValidationError } from "@/lib/errors";
import type { AddMitigationInput, CompleteMitigationInput, UpdateMitigationInput } from "../schema";
import { assertOwner, findRiskToManage, mayManageRisk } from "../rules";

const MITIGATION_NOT_FOUND = "That mitigation no longer exists, or you do not have access to it.";

async function findMitigation(tx: Tx, partnershipId: string, caller: Caller, id: string) {
  const mitigation = await tx.riskMitigation.findFirst({
    where: { id, partnershipId },
    select: {
      id: true,
      text: true,
      state: true,
      dueDate: true,
      version: true,
      ownerMembershipId: true,
      ownerRole: true,
      risk: { select: { id: true, code: true, areas: { select: { priorityAreaId: true } } } },
    },
  });
  if (!mitigation) throw new NotFoundError(MITIGATION_NOT_FOUND);
  if (!mayManageRisk(caller, mitigation.risk.areas.map((a) => a.priorityAreaId))) {
    throw new ForbiddenError(`You can manage mitigations only of risks linked to a priority area you lead, and ${mitigation.risk.code} is not.`);
  }
  return mitigation;
}

function mitigationData(input: AddMitigationInput | UpdateMitigationInput) {
  return { text: input.text, ownerMembershipId: input.ownerMembershipId ?? null, ownerRole: input.ownerRole ?? null, dueDate: input.dueDate, state: input.state };
}

const audited = (input: AddMitigationInput | UpdateMitigationInput) => ({ ...mitigationData(input), dueDate: toIsoDate(input.dueDate) });

export const addMitigation = mutation(async (tx, partnershipId, caller: Caller, input: AddMitigationInput) => {
  const risk = await findRiskToManage(tx, partnershipId, caller, input.riskId);
  if (risk.state !== "OPEN") throw new ValidationError(`Risk ${risk.code} is closed. Reopen it to add a mitigation.`);
  await assertOwner(tx, partnershipId, input.ownerMembershipId);
  const last = await tx.riskMitigation.aggregate({ where: { partnershipId, riskId: risk.id }, _max: { position: true } });
  const complete = input.state === "COMPLETE";
  const created = await tx.riskMitigation.create({
    data: { partnershipId, riskId: risk.id, ...mitigationData(input), completedAt: complete ? clock.now() : null, position: (last._max.position ?? -1) + 1 },
    select: { id: true },
  });
  return {
    result: { id: created.id, riskCode: risk.code },
    audit: { entityType: "RiskMitigation", entityId: created.id, action: "create", after: { risk: risk.code, ...audited(input) } },
  };
});

export const updateMitigation = mutation(async (tx, partnershipId, caller: Caller, input: UpdateMitigationInput) => {
  const mitigation = await findMitigation(tx, partnershipId, caller, input.id);
  await assertOwner(tx, partnershipId, input.ownerMembershipId);
  const completing = input.state === "COMPLETE" && mitigation.state !== "COMPLETE";
  const reopening = input.state !== "COMPLETE" && mitigation.state === "COMPLETE";
  const { count } = await tx.riskMitigation.updateMany({
    where: { id: mitigation.id, partnershipId, version: input.version },
    data: {
      ...mitigationData(input),
      ...(completing ? { completedAt: clock.now(), completionNote: input.completionNote ?? null } : {}),
      ...(reopening ? { completedAt: null, completionNote: null } : {}),
      version: { increment: 1 },
    },
  });
  if (count === 0) throw staleError(`this mitigation of ${mitigation.risk.code}`);
  return {
    result: { id: mitigation.id, riskCode: mitigation.risk.code, version: input.version + 1 },
    audit: {
      entityType: "RiskMitigation",
      entityId: mitigation.id,
      action: "update",
      before: { text: mitigation.text, state: mitigation.state, dueDate: toIsoDate(mitigation.dueDate), ownerMembershipId: mitigation.ownerMembershipId, ownerRole: mitigation.ownerRole },
      after: { risk: mitigation.risk.code, ...audited(input) },
    },
  };
});

export const completeMitigation = mutation(async (tx, partnershipId, caller: Caller, input: CompleteMitigationInput) => {
  const mitigation = await findMitigation(tx, partnershipId, caller, input.id);
  if (mitigation.state === "COMPLETE") throw new ValidationError("That mitigation is already complete.");
  const { count } = await tx.riskMitigation.updateMany({
    where: { id: mitigation.id, partnershipId, version: input.version },
    data: { state: "COMPLETE", completedAt: clock.now(), completionNote: input.note, version: { increment: 1 } },
  });
  if (count === 0) throw staleError(`this mitigation of ${mitigation.risk.code}`);
  return {
    result: { id: mitigation.id, riskCode: mitigation.risk.code },
    audit: {
      entityType: "RiskMitigation",
      entityId: mitigation.id,
      action: "complete",
      before: { state: mitigation.state },
      after: { risk: mitigation.risk.code, state: "COMPLETE", note: input.note },
    },
  };
});
