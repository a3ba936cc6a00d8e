import "server-only";
import { mutation } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import type { Tx } from "@/lib/db";
import { fieldError, ForbiddenError, NotFoundError, notFoundField, ValidationError } from "@/lib/errors";
import { mayManageMembers } from "./access";
import { LAST_ADMIN, roleHasAreas } from "./roles";
import type { RemoveMemberInput, UpdateMemberInput } from "./schema";

/**
 * Every change to who is an admin takes the partnership's row lock first, so
 * two admins demoting (or removing) each other at once run one after the
 * other, and the second counts the admins the first left: the database
 * settles the last-admin rule, not the order the requests happened to read in.
 */
async function lockMembers(tx: Tx, partnershipId: string) {
  await tx.$queryRaw`SELECT "id" FROM "Partnership" WHERE "id" = ${partnershipId} FOR UPDATE`;
}

async function memberOf(tx: Tx, partnershipId: string, caller: Caller, membershipId: string) {
  await lockMembers(tx, partnershipId);
  const member = await tx.membership.findFirst({
    where: { id: membershipId, partnershipId },
    select: { id: true, role: true, userId: true, user: { select: { name: true, email: true } }, areas: { select: { priorityAreaId: true } } },
  });
  if (!member) throw new NotFoundError("That member no longer exists in the partnership. Reload the members page.");
  if (!mayManageMembers(caller.scope)) throw new ForbiddenError("Only the programme office changes members’ roles and areas, or removes members.");
  return { ...member, areaIds: member.areas.map((a) => a.priorityAreaId) };
}

async function keepAnAdmin(tx: Tx, partnershipId: string, losing: string) {
  const others = await tx.membership.count({ where: { partnershipId, role: "ADMIN", id: { not: losing } } });
  if (others === 0) throw new ValidationError(LAST_ADMIN);
}

/** A member's role and areas, counted from their next request (the membership is read with the session on each one). */
export const updateMember = mutation(async (tx, partnershipId, caller: Caller, input: UpdateMemberInput) => {
  const member = await memberOf(tx, partnershipId, caller, input.membershipId);
  if (input.areaIds.length > 0) {
    const found = await tx.priorityArea.count({ where: { partnershipId, id: { in: input.areaIds }, archivedAt: null } });
    if (found !== input.areaIds.length) throw notFoundField("areaIds", "One of those priority areas no longer exists. Reload the page and choose again.");
  }
  if (member.role === "ADMIN" && input.role !== "ADMIN") await keepAnAdmin(tx, partnershipId, member.id);
  const sameAreas = member.areaIds.length === input.areaIds.length && input.areaIds.every((id) => member.areaIds.includes(id));
  if (member.role === input.role && sameAreas) throw new ValidationError(`That is already ${member.user.name}’s role and areas: nothing changed.`);
  await tx.membership.updateMany({ where: { id: member.id, partnershipId }, data: { role: input.role } });
  if (!sameAreas) {
    await tx.membershipArea.deleteMany({ where: { partnershipId, membershipId: member.id } });
    await tx.membershipArea.createMany({ data: input.areaIds.map((priorityAreaId) => ({ partnershipId, membershipId: member.id, priorityAreaId })) });
  }
  const before = { member: member.user.name, role: member.role, areaIds: member.areaIds };
  const after = { member: member.user.name, role: input.role, areaIds: input.areaIds };
  return {
    result: after,
    audit: { kind: "Membership", verb: member.role === input.role ? "change areas" : "change role", entityId: member.id, before, after },
  };
});

/** What a member holds in the plan, counted (the member page names them; removing hands them on or leaves them unassigned). */
async function holdings(tx: Tx, partnershipId: string, membershipId: string, areas: number) {
  const [actionsLed, actionsAssigned, kpis, risks, mitigations] = await Promise.all([
    tx.action.count({ where: { partnershipId, leadMembershipId: membershipId } }),
    tx.actionAssignee.count({ where: { partnershipId, membershipId } }),
    tx.kpi.count({ where: { partnershipId, ownerMembershipId: membershipId } }),
    tx.risk.count({ where: { partnershipId, ownerMembershipId: membershipId } }),
    tx.riskMitigation.count({ where: { partnershipId, ownerMembershipId: membershipId } }),
  ]);
  return { areas, actionsLed, actionsAssigned, kpis, risks, mitigations };
}

/**
 * Remove a member from the partnership (their account stays, for any other
 * partnership). What they led or owned goes to the successor chosen in the
 * same form, or is left visibly unassigned ("no lead"): the foreign keys set
 * the owner to null when the membership goes.
 */
export const removeMember = mutation(async (tx, partnershipId, caller: Caller, input: RemoveMemberInput) => {
  const member = await memberOf(tx, partnershipId, caller, input.membershipId);
  const successor = input.successorMembershipId
    ? await tx.membership.findFirst({ where: { id: input.successorMembershipId, partnershipId }, select: { id: true, role: true, user: { select: { name: true } } } })
    : null;
  if (input.successorMembershipId && !successor) throw notFoundField("successorMembershipId", "That person is no longer a member. Reload the page and choose again.");
  if (successor?.id === member.id) throw fieldError("successorMembershipId", "Choose someone other than the member you are removing.");
  if (member.role === "ADMIN") await keepAnAdmin(tx, partnershipId, member.id);
  const held = await holdings(tx, partnershipId, member.id, member.areaIds.length);
  if (successor) {
    const to = successor.id;
    const from = { partnershipId, ownerMembershipId: member.id };
    await tx.action.updateMany({ where: { partnershipId, leadMembershipId: member.id }, data: { leadMembershipId: to, version: { increment: 1 } } });
    await tx.kpi.updateMany({ where: from, data: { ownerMembershipId: to, version: { increment: 1 } } });
    await tx.risk.updateMany({ where: from, data: { ownerMembershipId: to, version: { increment: 1 } } });
    await tx.riskMitigation.updateMany({ where: from, data: { ownerMembershipId: to, version: { increment: 1 } } });
    const assigned = await tx.actionAssignee.findMany({ where: { partnershipId, membershipId: member.id }, select: { actionId: true } });
    await tx.actionAssignee.createMany({ data: assigned.map((a) => ({ partnershipId, actionId: a.actionId, membershipId: to })), skipDuplicates: true });
    // Areas go with the work only to someone whose role has areas; anyone else already reaches every area.
    if (roleHasAreas(successor.role)) {
      await tx.membershipArea.createMany({ data: member.areaIds.map((priorityAreaId) => ({ partnershipId, membershipId: to, priorityAreaId })), skipDuplicates: true });
    }
  }
  await tx.membership.deleteMany({ where: { id: member.id, partnershipId } });
  return {
    result: { name: member.user.name, successor: successor?.user.name ?? null, held },
    audit: {
      kind: "Membership",
      verb: "remove",
      entityId: member.id,
      before: { member: member.user.name, email: member.user.email, role: member.role, areaIds: member.areaIds, held },
      after: { successor: successor?.user.name ?? null },
    },
  };
});
