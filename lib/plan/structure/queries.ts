import "server-only";
import { db, type Tx } from "@/lib/db";
import { fieldError, NotFoundError } from "@/lib/errors";
import { LEAD_MEMBER_ROLES } from "@/lib/plan/access";
import { codeTaken, type CodedTable } from "./rules";

const order = [{ position: "asc" as const }, { code: "asc" as const }];

/**
 * The plan editor's tree: area → outcome → action, in plan order, with the
 * archived flag and version of every item. Archived items are left out
 * unless asked for. Milestones are counted here and listed on the action.
 */
export async function listPlanStructure(partnershipId: string, options: { includeArchived?: boolean } = {}) {
  const live = options.includeArchived ? {} : { archivedAt: null };
  const areas = await db.priorityArea.findMany({
    where: { partnershipId, ...live },
    orderBy: order,
    select: {
      id: true,
      code: true,
      kind: true,
      title: true,
      leadRoles: true,
      parentId: true,
      position: true,
      archivedAt: true,
      version: true,
      outcomes: {
        where: { partnershipId, ...live },
        orderBy: order,
        select: {
          id: true,
          code: true,
          text: true,
          position: true,
          archivedAt: true,
          version: true,
          actions: {
            where: { partnershipId, ...live },
            orderBy: order,
            select: {
              id: true,
              code: true,
              title: true,
              leadRole: true,
              lead: { select: { user: { select: { name: true } } } },
              currentDueDate: true,
              position: true,
              archivedAt: true,
              version: true,
              _count: { select: { milestones: { where: { partnershipId, archivedAt: null } } } },
            },
          },
        },
      },
    },
  });
  // Linked areas (areas for improvement filed under a priority area) are edited with their parent.
  const top = areas.filter((area) => area.parentId === null || !areas.some((parent) => parent.id === area.parentId));
  return top.map((area) => ({ ...area, linkedAreas: areas.filter((child) => child.parentId === area.id) }));
}

export type PlanStructure = Awaited<ReturnType<typeof listPlanStructure>>;

/** Live areas, for the parent-area and outcome-area choices. */
export async function listAreaOptions(partnershipId: string) {
  return db.priorityArea.findMany({
    where: { partnershipId, archivedAt: null },
    orderBy: order,
    select: { id: true, code: true, title: true, parentId: true },
  });
}

/** Live outcomes of live areas, for the action's outcome choice. */
export async function listOutcomeOptions(partnershipId: string) {
  return db.outcome.findMany({
    where: { partnershipId, archivedAt: null, priorityArea: { partnershipId, archivedAt: null } },
    orderBy: [{ priorityArea: { position: "asc" } }, ...order],
    select: { id: true, code: true, text: true, priorityAreaId: true, priorityArea: { select: { code: true } } },
  });
}

/** Members who may be named as an action's lead. */
export async function getAreaForEdit(partnershipId: string, areaId: string) {
  return db.priorityArea.findFirst({
    where: { id: areaId, partnershipId },
    select: {
      id: true,
      code: true,
      kind: true,
      title: true,
      finding: true,
      leadRoles: true,
      parentId: true,
      archivedAt: true,
      version: true,
      parent: { select: { code: true, title: true } },
      children: { where: { partnershipId, archivedAt: null }, orderBy: order, select: { id: true, code: true } },
    },
  });
}

export async function getOutcomeForEdit(partnershipId: string, outcomeId: string) {
  return db.outcome.findFirst({
    where: { id: outcomeId, partnershipId },
    select: {
      id: true,
      code: true,
      text: true,
      priorityAreaId: true,
      archivedAt: true,
      version: true,
      priorityArea: { select: { code: true, title: true, archivedAt: true } },
    },
  });
}

/** The action with its milestones (archived ones included, so they can be restored). */
export async function getActionForEdit(partnershipId: string, actionId: string) {
  return db.action.findFirst({
    where: { id: actionId, partnershipId },
    select: {
      id: true,
      code: true,
      title: true,
      description: true,
      leadRole: true,
      leadMembershipId: true,
      lead: { select: { user: { select: { name: true } } } },
      workstream: true,
      startDate: true,
      baselineDueDate: true,
      currentDueDate: true,
      tags: true,
      outcomeId: true,
      priorityAreaId: true,
      archivedAt: true,
      version: true,
      priorityArea: { select: { code: true, title: true } },
      outcome: { select: { code: true, archivedAt: true } },
      milestones: {
        where: { partnershipId },
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          text: true,
          byWhenText: true,
          dueDate: true,
          baselineDueDate: true,
          frequency: true,
          recurrenceStart: true,
          recurrenceEnd: true,
          archivedAt: true,
          version: true,
          _count: { select: { occurrences: { where: { partnershipId } } } },
        },
      },
    },
  });
}

export type ActionForEdit = NonNullable<Awaited<ReturnType<typeof getActionForEdit>>>;

export async function getMilestoneForEdit(partnershipId: string, milestoneId: string) {
  return db.milestone.findFirst({
    where: { id: milestoneId, partnershipId },
    select: {
      id: true,
      text: true,
      byWhenText: true,
      dueDate: true,
      baselineDueDate: true,
      frequency: true,
      recurrenceStart: true,
      recurrenceEnd: true,
      archivedAt: true,
      version: true,
      action: { select: { id: true, code: true, title: true, priorityAreaId: true, archivedAt: true } },
      occurrences: { where: { partnershipId }, orderBy: { dueDate: "asc" }, select: { id: true, dueDate: true, state: true } },
    },
  });
}

// ---------------------------------------------------------------------------
// The rows a write checks and changes, read in its transaction: by id *and*
// partnership, so another partnership's ids are "not found".

const areaRow = { id: true, code: true, kind: true, title: true, finding: true, leadRoles: true, parentId: true, position: true, archivedAt: true, version: true } as const;
const outcomeRow = { id: true, code: true, text: true, priorityAreaId: true, position: true, archivedAt: true, version: true } as const;
const actionRow = {
  ...{ id: true, code: true, title: true, description: true, leadRole: true, leadMembershipId: true, workstream: true, startDate: true, currentDueDate: true, tags: true },
  ...{ baselineDueDate: true, outcomeId: true, position: true, archivedAt: true, version: true },
} as const;
const milestoneRow = {
  ...{ id: true, actionId: true, text: true, byWhenText: true, dueDate: true, frequency: true, recurrenceStart: true, recurrenceEnd: true },
  ...{ position: true, archivedAt: true, version: true },
} as const;

export async function findArea(tx: Tx, partnershipId: string, id: string) {
  const area = await tx.priorityArea.findFirst({
    where: { id, partnershipId },
    select: {
      ...areaRow,
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
      ...outcomeRow,
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
      ...actionRow,
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
      ...milestoneRow,
      action: { select: { code: true, archivedAt: true, priorityArea: { select: { id: true, code: true } } } },
    },
  });
  if (!milestone) throw new NotFoundError("That milestone no longer exists, or you do not have access to it.");
  return milestone;
}

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

/** An action's lead member must be one of this partnership's members who can update actions. */
export async function assertLeadMember(tx: Tx, partnershipId: string, membershipId: string | undefined) {
  if (!membershipId) return;
  const member = await tx.membership.findFirst({ where: { id: membershipId, partnershipId, role: { in: LEAD_MEMBER_ROLES } }, select: { id: true } });
  if (!member) throw fieldError("leadMembershipId", "Choose someone from this partnership who can update actions, or leave it empty.");
}
