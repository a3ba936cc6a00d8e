import "server-only";
// The mitigation plan of a risk: each mitigation has an owner, a due date and
// a state. Whoever may manage the risk manages its mitigations.
import { mutation } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import * as clock from "@/lib/clock";
import { staleError, ValidationError } from "@/lib/errors";
import { requireMember } from "@/lib/people/queries";
import { requireMitigationToManage, requireRiskToManage } from "../queries";
import type { AddMitigationInput, CompleteMitigationInput, UpdateMitigationInput } from "../schema";

function mitigationData(input: AddMitigationInput | UpdateMitigationInput) {
  return { text: input.text, ownerMembershipId: input.ownerMembershipId ?? null, ownerRole: input.ownerRole ?? null, dueDate: input.dueDate, state: input.state };
}

export const addMitigation = mutation(async (tx, partnershipId, caller: Caller, input: AddMitigationInput) => {
  const risk = await requireRiskToManage(tx, partnershipId, caller, input.riskId);
  if (risk.state !== "OPEN") throw new ValidationError(`Risk ${risk.code} is closed. Reopen it to add a mitigation.`);
  await requireMember(tx, partnershipId, input.ownerMembershipId);
  const last = await tx.riskMitigation.aggregate({ where: { partnershipId, riskId: risk.id }, _max: { position: true } });
  const complete = input.state === "COMPLETE";
  const created = await tx.riskMitigation.create({
    data: { partnershipId, riskId: risk.id, ...mitigationData(input), completedAt: complete ? clock.now() : null, position: (last._max.position ?? -1) + 1 },
    select: { id: true },
  });
  return {
    result: { id: created.id, riskCode: risk.code },
    audit: { kind: "RiskMitigation", verb: "create", entityId: created.id, after: { riskId: risk.id, risk: risk.code, ...mitigationData(input) } },
  };
});

export const updateMitigation = mutation(async (tx, partnershipId, caller: Caller, input: UpdateMitigationInput) => {
  const mitigation = await requireMitigationToManage(tx, partnershipId, caller, input.id);
  await requireMember(tx, partnershipId, input.ownerMembershipId);
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
      kind: "RiskMitigation",
      verb: "update",
      entityId: mitigation.id,
      before: { text: mitigation.text, state: mitigation.state, dueDate: mitigation.dueDate, ownerMembershipId: mitigation.ownerMembershipId, ownerRole: mitigation.ownerRole },
      after: { riskId: mitigation.risk.id, risk: mitigation.risk.code, ...mitigationData(input) },
    },
  };
});

export const completeMitigation = mutation(async (tx, partnershipId, caller: Caller, input: CompleteMitigationInput) => {
  const mitigation = await requireMitigationToManage(tx, partnershipId, caller, input.id);
  if (mitigation.state === "COMPLETE") throw new ValidationError("That mitigation is already complete.");
  const { count } = await tx.riskMitigation.updateMany({
    where: { id: mitigation.id, partnershipId, version: input.version },
    data: { state: "COMPLETE", completedAt: clock.now(), completionNote: input.note, version: { increment: 1 } },
  });
  if (count === 0) throw staleError(`this mitigation of ${mitigation.risk.code}`);
  return {
    result: { id: mitigation.id, riskCode: mitigation.risk.code },
    audit: {
      kind: "RiskMitigation",
      verb: "complete",
      entityId: mitigation.id,
      before: { state: mitigation.state },
      after: { riskId: mitigation.risk.id, risk: mitigation.risk.code, text: mitigation.text, state: "COMPLETE", note: input.note },
    },
  };
});
