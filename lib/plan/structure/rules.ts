import "server-only";
// The rules every plan-structure mutation shares: who may edit what, rows
// looked up by id *and* partnership (so another partnership's ids are "not
// found"), and the plan's own constraints. Each takes the mutation's
// transaction.
import type { Tx } from "@/lib/db";
import type { Caller } from "@/lib/auth/caller";
import { can, canOnItem } from "@/lib/auth/permissions";
import { fieldError, ForbiddenError, NotFoundError, type ValidationError } from "@/lib/errors";
import { LEAD_MEMBER_ROLES } from "./queries";

export type CodedTable = "priority area" | "outcome" | "action";

export function codeTaken(code: string, word: CodedTable): ValidationError {
  return fieldError("code", `Code ${code} is already used by another ${word} in this plan.`);
}

// ---------------------------------------------------------------------------
// Authorization

export function requirePlanEdit(caller: Caller) {
  if (!can(caller.scope.role, "plan.edit")) throw new ForbiddenError("Only the programme office and priority leads can edit the plan.");
}

/** Admins everywhere; priority leads only in the areas they lead. */
export function requireArea(caller: Caller, area: { id: string; code: string }, what: string) {
  requirePlanEdit(caller);
  if (!canOnItem(caller.scope, "plan.edit", { priorityAreaIds: [area.id] })) {
    throw new ForbiddenError(`You cannot change ${what}: it is in ${area.code}, which you do not lead.`);
  }
}

/** Adding, arranging and archiving priority areas themselves is for the programme office. */
export function isProgrammeOffice(caller: Caller): boolean {
  return canOnItem(caller.scope, "plan.edit");
}

export function requireProgrammeOffice(caller: Caller, message: string) {
  requirePlanEdit(caller);
  if (!isProgrammeOffice(caller)) throw new ForbiddenError(message);
}

// ---------------------------------------------------------------------------
// Lookups (id and partnership, always)

export async function findArea(tx: Tx, partnershipId: string, id: string) {
  const area = await tx.priorityArea.findFirst({
    where: { id, partnershipId },
    select: {
      id: true,
      code: true,
      kind: true,
      title: true,
      finding: true,
      leadRoles: true,
      parentId: true,
      position: true,
      archivedAt: true,
      version: true,
      parent: { select: { code: true, archivedAt: true } },
      children: { where: { partnershipId, archivedAt: null }, select: { code: true } },
    },
  });
  if (!area) throw new NotFoundError("That priority area no longer exists, or you do not have access to it.");
  return area;
}

export async function findOutcome(tx: Tx, partnershipId: string, id: string) {
  const outcome = await tx.outcome.findFirst({
    where: { id, partnershipId },
    select: {
      id: true,
      code: true,
      text: true,
      priorityAreaId: true,
      position: true,
      archivedAt: true,
      version: true,
      priorityArea: { select: { id: true, code: true, archivedAt: true } },
    },
  });
  if (!outcome) throw new NotFoundError("That outcome no longer exists, or you do not have access to it.");
  return outcome;
}

export async function findAction(tx: Tx, partnershipId: string, id: string) {
  const action = await tx.action.findFirst({
    where: { id, partnershipId },
    select: {
      id: true,
      code: true,
      title: true,
      description: true,
      leadRole: true,
      leadMembershipId: true,
      workstream: true,
      startDate: true,
      currentDueDate: true,
      tags: true,
      outcomeId: true,
      position: true,
      archivedAt: true,
      version: true,
      priorityArea: { select: { id: true, code: true } },
      outcome: { select: { code: true, archivedAt: true } },
    },
  });
  if (!action) throw new NotFoundError("That action no longer exists, or you do not have access to it.");
  return action;
}

export async function findMilestone(tx: Tx, partnershipId: string, id: string) {
  const milestone = await tx.milestone.findFirst({
    where: { id, partnershipId },
    select: {
      id: true,
      actionId: true,
      text: true,
      byWhenText: true,
      dueDate: true,
      frequency: true,
      recurrenceStart: true,
      recurrenceEnd: true,
      position: true,
      archivedAt: true,
      version: true,
      action: { select: { code: true, archivedAt: true, priorityArea: { select: { id: true, code: true } } } },
    },
  });
  if (!milestone) throw new NotFoundError("That milestone no longer exists, or you do not have access to it.");
  return milestone;
}

export function milestoneName(milestone: { text: string; action: { code: string } }): string {
  const text = milestone.text.length > 60 ? `${milestone.text.slice(0, 60)}…` : milestone.text;
  return `the milestone “${text}” of action ${milestone.action.code}`;
}

// ---------------------------------------------------------------------------
// Shared rules

/** Codes are unique per partnership; case-insensitively, since people read "1.1A" as "1.1a". */
export async function assertCodeFree(tx: Tx, partnershipId: string, table: CodedTable, code: string, exceptId: string | null) {
  const where = { partnershipId, code: { equals: code, mode: "insensitive" as const }, ...(exceptId ? { id: { not: exceptId } } : {}) };
  const taken =
    table === "priority area"
      ? await tx.priorityArea.findFirst({ where, select: { id: true } })
      : table === "outcome"
        ? await tx.outcome.findFirst({ where, select: { id: true } })
        : await tx.action.findFirst({ where, select: { id: true } });
  if (taken) throw codeTaken(code, table);
}

/** Linked areas sit one level under a live, top-level area; the plan view shows no deeper nesting. */
export async function assertParentArea(tx: Tx, partnershipId: string, parentId: string, self: { id: string; children: { code: string }[] } | null) {
  const parent = await findArea(tx, partnershipId, parentId);
  if (self && parent.id === self.id) throw fieldError("parentId", "An area cannot be linked under itself.");
  if (parent.archivedAt) throw fieldError("parentId", `${parent.code} is archived. Restore it first, or choose another area.`);
  if (parent.parentId) throw fieldError("parentId", `${parent.code} is itself linked under another area. Choose a top-level area.`);
  if (self?.children.length) {
    throw fieldError("parentId", `This area has linked areas of its own (${self.children.map((c) => c.code).join(", ")}), so it must stay top-level.`);
  }
  return parent;
}

export async function assertLeadMember(tx: Tx, partnershipId: string, membershipId: string | undefined) {
  if (!membershipId) return;
  const member = await tx.membership.findFirst({ where: { id: membershipId, partnershipId, role: { in: LEAD_MEMBER_ROLES } }, select: { id: true } });
  if (!member) throw fieldError("leadMembershipId", "Choose someone from this partnership who can update actions, or leave it empty.");
}

/** The next free position at the end of a parent's list. */
export function nextPosition(max: { _max: { position: number | null } }): number {
  return (max._max.position ?? -1) + 1;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
