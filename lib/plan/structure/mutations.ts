import "server-only";
import { db, writeTransaction, type Tx } from "@/lib/db";
import { createAuditEvent } from "@/lib/audit/record";
import type { Caller } from "@/lib/auth/caller";
import { can, canOnItem } from "@/lib/auth/permissions";
import { fieldError, ForbiddenError, NotFoundError, staleError, ValidationError } from "@/lib/errors";
import { occurrenceDates } from "@/lib/plan/recurrence";
import { LEAD_MEMBER_ROLES } from "./queries";
import type {
  ArchiveInput,
  CreateActionInput,
  CreateAreaInput,
  CreateMilestoneInput,
  CreateOutcomeInput,
  MoveInput,
  Recurrence,
  UpdateActionInput,
  UpdateAreaInput,
  UpdateMilestoneInput,
  UpdateOutcomeInput,
} from "./schema";

// Every mutation here: authorize with the row in hand, write in one
// transaction, and record exactly one audit row in it. Rows are always looked
// up by id *and* partnership, so another partnership's ids are "not found".

type CodedTable = "priority area" | "outcome" | "action";

function codeTaken(code: string, word: CodedTable): ValidationError {
  return fieldError("code", `Code ${code} is already used by another ${word} in this plan.`);
}

// ---------------------------------------------------------------------------
// Authorization

function requirePlanEdit(caller: Caller) {
  if (!can(caller.scope.role, "plan.edit")) throw new ForbiddenError("Only the programme office and priority leads can edit the plan.");
}

/** Admins everywhere; priority leads only in the areas they lead. */
function requireArea(caller: Caller, area: { id: string; code: string }, what: string) {
  requirePlanEdit(caller);
  if (!canOnItem(caller.scope, "plan.edit", { priorityAreaIds: [area.id] })) {
    throw new ForbiddenError(`You cannot change ${what}: it is in ${area.code}, which you do not lead.`);
  }
}

/** Adding, arranging and archiving priority areas themselves is for the programme office. */
function isProgrammeOffice(caller: Caller): boolean {
  return canOnItem(caller.scope, "plan.edit");
}

function requireProgrammeOffice(caller: Caller, message: string) {
  requirePlanEdit(caller);
  if (!isProgrammeOffice(caller)) throw new ForbiddenError(message);
}

// ---------------------------------------------------------------------------
// Lookups (id and partnership, always)

async function findArea(tx: Tx, partnershipId: string, id: string) {
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

async function findOutcome(tx: Tx, partnershipId: string, id: string) {
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

async function findAction(tx: Tx, partnershipId: string, id: string) {
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

async function findMilestone(tx: Tx, partnershipId: string, id: string) {
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

function milestoneName(milestone: { text: string; action: { code: string } }): string {
  const text = milestone.text.length > 60 ? `${milestone.text.slice(0, 60)}…` : milestone.text;
  return `the milestone “${text}” of action ${milestone.action.code}`;
}

// ---------------------------------------------------------------------------
// Shared rules

/** Codes are unique per partnership; case-insensitively, since people read "1.1A" as "1.1a". */
async function assertCodeFree(tx: Tx, partnershipId: string, table: CodedTable, code: string, exceptId: string | null) {
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
async function assertParentArea(tx: Tx, partnershipId: string, parentId: string, self: { id: string; children: { code: string }[] } | null) {
  const parent = await findArea(tx, partnershipId, parentId);
  if (self && parent.id === self.id) throw fieldError("parentId", "An area cannot be linked under itself.");
  if (parent.archivedAt) throw fieldError("parentId", `${parent.code} is archived. Restore it first, or choose another area.`);
  if (parent.parentId) throw fieldError("parentId", `${parent.code} is itself linked under another area. Choose a top-level area.`);
  if (self?.children.length) {
    throw fieldError("parentId", `This area has linked areas of its own (${self.children.map((c) => c.code).join(", ")}), so it must stay top-level.`);
  }
  return parent;
}

async function assertLeadMember(tx: Tx, partnershipId: string, membershipId: string | undefined) {
  if (!membershipId) return;
  const member = await tx.membership.findFirst({ where: { id: membershipId, partnershipId, role: { in: LEAD_MEMBER_ROLES } }, select: { id: true } });
  if (!member) throw fieldError("leadMembershipId", "Choose someone from this partnership who can update actions, or leave it empty.");
}

/** The next free position at the end of a parent's list. */
function nextPosition(max: { _max: { position: number | null } }): number {
  return (max._max.position ?? -1) + 1;
}

type Sibling = { id: string; position: number };

/**
 * Swaps an item with its neighbour among its live siblings (given in display
 * order). Where positions tie (imports, restores) the list is renumbered
 * first, so a move always moves.
 */
async function swapWithNeighbour(siblings: Sibling[], id: string, direction: "up" | "down", what: string, setPosition: (id: string, position: number) => Promise<unknown>) {
  const index = siblings.findIndex((s) => s.id === id);
  const target = direction === "up" ? index - 1 : index + 1;
  if (index < 0 || target < 0 || target >= siblings.length) {
    throw new ValidationError(`${capitalise(what)} is already ${direction === "up" ? "first" : "last"} in its list.`);
  }
  const distinct = new Set(siblings.map((s) => s.position)).size === siblings.length;
  const positions = distinct ? siblings.map((s) => s.position) : siblings.map((_, i) => i);
  const reordered = [...siblings];
  [reordered[index], reordered[target]] = [reordered[target], reordered[index]];
  for (const [i, sibling] of reordered.entries()) {
    if (sibling.position !== positions[i]) await setPosition(sibling.id, positions[i]);
  }
  return { from: siblings[index].position, to: positions[target] };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * One item of the plan tree as moving, archiving and restoring see it. `name`
 * is how messages call it ("priority area 1.1"); `updateMany` writes its
 * table, always within the partnership.
 */
type TreeItem = {
  entityType: "PriorityArea" | "Outcome" | "Action" | "Milestone";
  row: { id: string; archivedAt: Date | null; version: number };
  name: string;
  /** Its live siblings, in display order. */
  siblings: () => Promise<Sibling[]>;
  updateMany: (
    where: { id: string; partnershipId: string; version?: number; archivedAt?: Date | null },
    data: { position: number } | { archivedAt: Date | null; version: { increment: 1 } },
  ) => Promise<{ count: number }>;
  /**
   * Restamps its children from `from` to `to` and counts them by kind: only
   * the rows archived with it, so a restore brings back exactly what the
   * archive took.
   */
  cascade?: (from: Date | null, to: Date | null) => Promise<Record<string, number>>;
};

function areaItem(tx: Tx, partnershipId: string, area: { id: string; code: string; parentId: string | null; archivedAt: Date | null; version: number }): TreeItem {
  return {
    entityType: "PriorityArea",
    row: area,
    name: `priority area ${area.code}`,
    siblings: () =>
      tx.priorityArea.findMany({
        where: { partnershipId, parentId: area.parentId, archivedAt: null },
        orderBy: [{ position: "asc" }, { code: "asc" }, { id: "asc" }],
        select: { id: true, position: true },
      }),
    updateMany: (where, data) => tx.priorityArea.updateMany({ where, data }),
    cascade: async (from, to) => {
      const outcomes = await tx.outcome.updateMany({ where: { partnershipId, priorityAreaId: area.id, archivedAt: from }, data: { archivedAt: to, version: { increment: 1 } } });
      return { outcomes: outcomes.count, ...(await cascadeActions(tx, partnershipId, { priorityAreaId: area.id }, from, to)) };
    },
  };
}

function outcomeItem(tx: Tx, partnershipId: string, outcome: { id: string; code: string; priorityAreaId: string; archivedAt: Date | null; version: number }): TreeItem {
  return {
    entityType: "Outcome",
    row: outcome,
    name: `outcome ${outcome.code}`,
    siblings: () =>
      tx.outcome.findMany({
        where: { partnershipId, priorityAreaId: outcome.priorityAreaId, archivedAt: null },
        orderBy: [{ position: "asc" }, { code: "asc" }, { id: "asc" }],
        select: { id: true, position: true },
      }),
    updateMany: (where, data) => tx.outcome.updateMany({ where, data }),
    cascade: (from, to) => cascadeActions(tx, partnershipId, { outcomeId: outcome.id }, from, to),
  };
}

function actionItem(tx: Tx, partnershipId: string, action: { id: string; code: string; outcomeId: string; archivedAt: Date | null; version: number }): TreeItem {
  return {
    entityType: "Action",
    row: action,
    name: `action ${action.code}`,
    siblings: () =>
      tx.action.findMany({
        where: { partnershipId, outcomeId: action.outcomeId, archivedAt: null },
        orderBy: [{ position: "asc" }, { code: "asc" }, { id: "asc" }],
        select: { id: true, position: true },
      }),
    updateMany: (where, data) => tx.action.updateMany({ where, data }),
    cascade: async (from, to) => {
      const milestones = await tx.milestone.updateMany({ where: { partnershipId, actionId: action.id, archivedAt: from }, data: { archivedAt: to, version: { increment: 1 } } });
      return { milestones: milestones.count };
    },
  };
}

/** Milestones have no code, so ties in position fall back to the order they were added. */
function milestoneItem(tx: Tx, partnershipId: string, milestone: { id: string; actionId: string; archivedAt: Date | null; version: number }, name: string): TreeItem {
  return {
    entityType: "Milestone",
    row: milestone,
    name,
    siblings: () =>
      tx.milestone.findMany({
        where: { partnershipId, actionId: milestone.actionId, archivedAt: null },
        orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
        select: { id: true, position: true },
      }),
    updateMany: (where, data) => tx.milestone.updateMany({ where, data }),
  };
}

/** The live actions under an area or outcome stamped `from`, and their milestones. Milestones go first: they are found through their action's stamp. */
async function cascadeActions(tx: Tx, partnershipId: string, parent: { priorityAreaId: string } | { outcomeId: string }, from: Date | null, to: Date | null) {
  const data = { archivedAt: to, version: { increment: 1 } };
  const milestones = await tx.milestone.updateMany({ where: { partnershipId, archivedAt: from, action: { partnershipId, ...parent, archivedAt: from } }, data });
  const actions = await tx.action.updateMany({ where: { partnershipId, ...parent, archivedAt: from }, data });
  return { actions: actions.count, milestones: milestones.count };
}

/** Moves a live item one place among its live siblings, with one audit row. */
async function moveItem(tx: Tx, partnershipId: string, caller: Caller, item: TreeItem, direction: MoveInput["direction"]) {
  if (item.row.archivedAt) throw new ValidationError(`${capitalise(item.name)} is archived. Restore it before moving it.`);
  const moved = await swapWithNeighbour(await item.siblings(), item.row.id, direction, item.name, (id, position) => item.updateMany({ id, partnershipId }, { position }));
  await createAuditEvent(tx, partnershipId, caller.actor, {
    entityType: item.entityType,
    entityId: item.row.id,
    action: "move",
    before: { position: moved.from },
    after: { position: moved.to, direction },
  });
}

/**
 * Archives or restores an item and its children under the item's optimistic
 * lock, with one audit row. `refusal` is the item's own reason to refuse
 * (linked areas, an archived parent), given once its archived state fits.
 */
async function setArchived(tx: Tx, partnershipId: string, caller: Caller, change: "archive" | "restore", item: TreeItem, version: number, refusal: string | null = null) {
  const { row, name } = item;
  const archiving = change === "archive";
  if (archiving && row.archivedAt) throw new ValidationError(`${capitalise(name)} is already archived.`);
  if (!archiving && !row.archivedAt) throw new ValidationError(`${capitalise(name)} is not archived.`);
  if (refusal) throw new ValidationError(refusal);
  const from = row.archivedAt;
  const to = archiving ? new Date() : null;
  const saved = await item.updateMany({ id: row.id, partnershipId, version, archivedAt: from }, { archivedAt: to, version: { increment: 1 } });
  if (saved.count === 0) throw staleError(name);
  const carried = item.cascade ? await item.cascade(from, to) : null;
  await createAuditEvent(tx, partnershipId, caller.actor, {
    entityType: item.entityType,
    entityId: row.id,
    action: change,
    before: { archivedAt: from, version: row.version },
    after: { archivedAt: to, version: row.version + 1, ...(carried && (archiving ? { alsoArchived: carried } : { alsoRestored: carried })) },
  });
}

/**
 * Brings a recurring milestone's occurrences in line with its schedule.
 * Occurrences already met or missed are history and stay, whatever the new
 * schedule; pending ones that no longer fit go; missing dates are added.
 */
async function syncOccurrences(tx: Tx, partnershipId: string, milestoneId: string, dates: Date[]) {
  const wanted = new Set(dates.map((d) => d.getTime()));
  const existing = await tx.milestoneOccurrence.findMany({ where: { partnershipId, milestoneId }, select: { id: true, dueDate: true, state: true } });
  const obsolete = existing.filter((o) => o.state === "PENDING" && !wanted.has(o.dueDate.getTime()));
  if (obsolete.length) {
    await tx.milestoneOccurrence.deleteMany({ where: { partnershipId, milestoneId, state: "PENDING", id: { in: obsolete.map((o) => o.id) } } });
  }
  const kept = new Set(existing.filter((o) => !obsolete.includes(o)).map((o) => o.dueDate.getTime()));
  const added = dates.filter((d) => !kept.has(d.getTime()));
  if (added.length) await tx.milestoneOccurrence.createMany({ data: added.map((dueDate) => ({ partnershipId, milestoneId, dueDate })) });
  return { added: added.length, removed: obsolete.length };
}

function sameRecurrence(milestone: { frequency: string | null; recurrenceStart: Date | null; recurrenceEnd: Date | null }, recurrence: Recurrence): boolean {
  return (
    milestone.frequency === recurrence.frequency &&
    milestone.recurrenceStart?.getTime() === recurrence.start.getTime() &&
    milestone.recurrenceEnd?.getTime() === recurrence.end.getTime()
  );
}

// ---------------------------------------------------------------------------
// Priority areas

export async function createArea(partnershipId: string, caller: Caller, input: CreateAreaInput) {
  requireProgrammeOffice(caller, "Only the programme office can add priority areas.");
  return writeTransaction(
    async (tx) => {
      if (input.parentId) await assertParentArea(tx, partnershipId, input.parentId, null);
      await assertCodeFree(tx, partnershipId, "priority area", input.code, null);
      const parentId = input.parentId ?? null;
      const position = nextPosition(await tx.priorityArea.aggregate({ where: { partnershipId, parentId }, _max: { position: true } }));
      const area = await tx.priorityArea.create({
        data: { partnershipId, code: input.code, kind: input.kind, title: input.title, finding: input.finding, leadRoles: input.leadRoles, parentId, position },
        select: { id: true, code: true },
      });
      await createAuditEvent(tx, partnershipId, caller.actor, {
        entityType: "PriorityArea",
        entityId: area.id,
        action: "create",
        after: { code: input.code, kind: input.kind, title: input.title, finding: input.finding, leadRoles: input.leadRoles, parentId, position },
      });
      return area;
    },
    () => codeTaken(input.code, "priority area"),
  );
}

/** A priority lead may reword their own area; its code, kind and parent are the programme office's. */
export async function updateArea(partnershipId: string, caller: Caller, input: UpdateAreaInput) {
  requirePlanEdit(caller);
  return writeTransaction(
    async (tx) => {
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
        parentId !== area.parentId
          ? nextPosition(await tx.priorityArea.aggregate({ where: { partnershipId, parentId }, _max: { position: true } }))
          : area.position;
      const saved = await tx.priorityArea.updateMany({
        where: { id: area.id, partnershipId, version: input.version },
        data: { code: input.code, kind: input.kind, title: input.title, finding: input.finding, leadRoles: input.leadRoles, parentId, position, version: { increment: 1 } },
      });
      if (saved.count === 0) throw staleError(`priority area ${area.code}`);
      await createAuditEvent(tx, partnershipId, caller.actor, {
        entityType: "PriorityArea",
        entityId: area.id,
        action: "update",
        before: { code: area.code, kind: area.kind, title: area.title, finding: area.finding, leadRoles: area.leadRoles, parentId: area.parentId, version: area.version },
        after: { code: input.code, kind: input.kind, title: input.title, finding: input.finding, leadRoles: input.leadRoles, parentId, version: area.version + 1 },
      });
      return { id: area.id, code: input.code, version: area.version + 1 };
    },
    () => codeTaken(input.code, "priority area"),
  );
}

export async function moveArea(partnershipId: string, caller: Caller, input: MoveInput) {
  requireProgrammeOffice(caller, "Only the programme office can reorder priority areas.");
  return writeTransaction(async (tx) => {
    const area = await findArea(tx, partnershipId, input.id);
    await moveItem(tx, partnershipId, caller, areaItem(tx, partnershipId, area), input.direction);
    return { id: area.id, code: area.code };
  });
}

/**
 * Archiving takes the area's outcomes, actions and milestones out of the live
 * views with it, stamped with the same time so that restoring brings back
 * exactly those. Nothing is deleted: updates, evidence and decisions stay.
 */
export async function archiveArea(partnershipId: string, caller: Caller, input: ArchiveInput) {
  requireProgrammeOffice(caller, "Only the programme office can archive priority areas.");
  return writeTransaction(async (tx) => {
    const area = await findArea(tx, partnershipId, input.id);
    const refusal = area.children.length
      ? `Priority area ${area.code} has linked areas (${area.children.map((c) => c.code).join(", ")}). Archive or unlink them first.`
      : null;
    await setArchived(tx, partnershipId, caller, "archive", areaItem(tx, partnershipId, area), input.version, refusal);
    return { id: area.id, code: area.code };
  });
}

export async function restoreArea(partnershipId: string, caller: Caller, input: ArchiveInput) {
  requireProgrammeOffice(caller, "Only the programme office can restore priority areas.");
  return writeTransaction(async (tx) => {
    const area = await findArea(tx, partnershipId, input.id);
    const refusal = area.parent?.archivedAt ? `Restore ${area.parent.code} first: ${area.code} is linked under it.` : null;
    await setArchived(tx, partnershipId, caller, "restore", areaItem(tx, partnershipId, area), input.version, refusal);
    return { id: area.id, code: area.code };
  });
}

// ---------------------------------------------------------------------------
// Desired outcomes

export async function createOutcome(partnershipId: string, caller: Caller, input: CreateOutcomeInput) {
  requirePlanEdit(caller);
  return writeTransaction(
    async (tx) => {
      const area = await findArea(tx, partnershipId, input.priorityAreaId);
      requireArea(caller, area, `priority area ${area.code}`);
      if (area.archivedAt) throw fieldError("priorityAreaId", `${area.code} is archived. Restore it first, or choose another area.`);
      await assertCodeFree(tx, partnershipId, "outcome", input.code, null);
      const position = nextPosition(await tx.outcome.aggregate({ where: { partnershipId, priorityAreaId: area.id }, _max: { position: true } }));
      const outcome = await tx.outcome.create({
        data: { partnershipId, priorityAreaId: area.id, code: input.code, text: input.text, position },
        select: { id: true, code: true },
      });
      await createAuditEvent(tx, partnershipId, caller.actor, {
        entityType: "Outcome",
        entityId: outcome.id,
        action: "create",
        after: { area: area.code, code: input.code, text: input.text, position },
      });
      return outcome;
    },
    () => codeTaken(input.code, "outcome"),
  );
}

/** Moving an outcome to another area takes its actions with it (an action's area is its outcome's). */
export async function updateOutcome(partnershipId: string, caller: Caller, input: UpdateOutcomeInput) {
  requirePlanEdit(caller);
  return writeTransaction(
    async (tx) => {
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
      const position = area
        ? nextPosition(await tx.outcome.aggregate({ where: { partnershipId, priorityAreaId: area.id }, _max: { position: true } }))
        : outcome.position;
      const saved = await tx.outcome.updateMany({
        where: { id: outcome.id, partnershipId, version: input.version },
        data: { code: input.code, text: input.text, priorityAreaId: input.priorityAreaId, position, version: { increment: 1 } },
      });
      if (saved.count === 0) throw staleError(`outcome ${outcome.code}`);
      const moved = area
        ? await tx.action.updateMany({ where: { partnershipId, outcomeId: outcome.id }, data: { priorityAreaId: area.id, version: { increment: 1 } } })
        : null;
      await createAuditEvent(tx, partnershipId, caller.actor, {
        entityType: "Outcome",
        entityId: outcome.id,
        action: "update",
        before: { area: outcome.priorityArea.code, code: outcome.code, text: outcome.text, version: outcome.version },
        after: { area: area?.code ?? outcome.priorityArea.code, code: input.code, text: input.text, version: outcome.version + 1, actionsMoved: moved?.count ?? 0 },
      });
      return { id: outcome.id, code: input.code, version: outcome.version + 1 };
    },
    () => codeTaken(input.code, "outcome"),
  );
}

export async function moveOutcome(partnershipId: string, caller: Caller, input: MoveInput) {
  requirePlanEdit(caller);
  return writeTransaction(async (tx) => {
    const outcome = await findOutcome(tx, partnershipId, input.id);
    requireArea(caller, outcome.priorityArea, `outcome ${outcome.code}`);
    await moveItem(tx, partnershipId, caller, outcomeItem(tx, partnershipId, outcome), input.direction);
    return { id: outcome.id, code: outcome.code };
  });
}

export async function archiveOutcome(partnershipId: string, caller: Caller, input: ArchiveInput) {
  requirePlanEdit(caller);
  return writeTransaction(async (tx) => {
    const outcome = await findOutcome(tx, partnershipId, input.id);
    requireArea(caller, outcome.priorityArea, `outcome ${outcome.code}`);
    await setArchived(tx, partnershipId, caller, "archive", outcomeItem(tx, partnershipId, outcome), input.version);
    return { id: outcome.id, code: outcome.code };
  });
}

export async function restoreOutcome(partnershipId: string, caller: Caller, input: ArchiveInput) {
  requirePlanEdit(caller);
  return writeTransaction(async (tx) => {
    const outcome = await findOutcome(tx, partnershipId, input.id);
    requireArea(caller, outcome.priorityArea, `outcome ${outcome.code}`);
    const refusal = outcome.priorityArea.archivedAt ? `Restore priority area ${outcome.priorityArea.code} first: outcome ${outcome.code} belongs to it.` : null;
    await setArchived(tx, partnershipId, caller, "restore", outcomeItem(tx, partnershipId, outcome), input.version, refusal);
    return { id: outcome.id, code: outcome.code };
  });
}

// ---------------------------------------------------------------------------
// Actions

/** A new action: its current due date starts at the baseline and moves only through change requests. */
export async function createAction(partnershipId: string, caller: Caller, input: CreateActionInput) {
  requirePlanEdit(caller);
  return writeTransaction(
    async (tx) => {
      const outcome = await findOutcome(tx, partnershipId, input.outcomeId);
      requireArea(caller, outcome.priorityArea, `outcome ${outcome.code}`);
      if (outcome.archivedAt) throw fieldError("outcomeId", `Outcome ${outcome.code} is archived. Restore it first, or choose another outcome.`);
      await assertCodeFree(tx, partnershipId, "action", input.code, null);
      await assertLeadMember(tx, partnershipId, input.leadMembershipId);
      const position = nextPosition(await tx.action.aggregate({ where: { partnershipId, outcomeId: outcome.id }, _max: { position: true } }));
      const fields = {
        code: input.code,
        title: input.title,
        description: input.description ?? null,
        leadRole: input.leadRole ?? null,
        leadMembershipId: input.leadMembershipId ?? null,
        workstream: input.workstream ?? null,
        startDate: input.startDate ?? null,
        tags: input.tags,
      };
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
      await createAuditEvent(tx, partnershipId, caller.actor, {
        entityType: "Action",
        entityId: action.id,
        action: "create",
        after: { outcome: outcome.code, ...fields, baselineDueDate: input.baselineDueDate, position },
      });
      return action;
    },
    () => codeTaken(input.code, "action"),
  );
}

export async function updateAction(partnershipId: string, caller: Caller, input: UpdateActionInput) {
  requirePlanEdit(caller);
  return writeTransaction(
    async (tx) => {
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
      if (input.startDate && input.startDate.getTime() > action.currentDueDate.getTime()) {
        throw fieldError("startDate", "The start date must be on or before the due date.");
      }
      const fields = {
        code: input.code,
        title: input.title,
        description: input.description ?? null,
        leadRole: input.leadRole ?? null,
        leadMembershipId: input.leadMembershipId ?? null,
        workstream: input.workstream ?? null,
        startDate: input.startDate ?? null,
        tags: input.tags,
      };
      const placement = outcome
        ? {
            outcomeId: outcome.id,
            priorityAreaId: outcome.priorityAreaId,
            position: nextPosition(await tx.action.aggregate({ where: { partnershipId, outcomeId: outcome.id }, _max: { position: true } })),
          }
        : {};
      const saved = await tx.action.updateMany({
        where: { id: action.id, partnershipId, version: input.version },
        data: { ...fields, ...placement, version: { increment: 1 } },
      });
      if (saved.count === 0) throw staleError(`action ${action.code}`);
      await createAuditEvent(tx, partnershipId, caller.actor, {
        entityType: "Action",
        entityId: action.id,
        action: "update",
        before: {
          outcome: action.outcome.code,
          code: action.code,
          title: action.title,
          description: action.description,
          leadRole: action.leadRole,
          leadMembershipId: action.leadMembershipId,
          workstream: action.workstream,
          startDate: action.startDate,
          tags: action.tags,
          version: action.version,
        },
        after: { outcome: outcome?.code ?? action.outcome.code, ...fields, version: action.version + 1 },
      });
      return { id: action.id, code: input.code, version: action.version + 1 };
    },
    () => codeTaken(input.code, "action"),
  );
}

export async function moveAction(partnershipId: string, caller: Caller, input: MoveInput) {
  requirePlanEdit(caller);
  return writeTransaction(async (tx) => {
    const action = await findAction(tx, partnershipId, input.id);
    requireArea(caller, action.priorityArea, `action ${action.code}`);
    await moveItem(tx, partnershipId, caller, actionItem(tx, partnershipId, action), input.direction);
    return { id: action.id, code: action.code };
  });
}

/** The action leaves the live views; its updates, evidence and change requests stay as they were. */
export async function archiveAction(partnershipId: string, caller: Caller, input: ArchiveInput) {
  requirePlanEdit(caller);
  return writeTransaction(async (tx) => {
    const action = await findAction(tx, partnershipId, input.id);
    requireArea(caller, action.priorityArea, `action ${action.code}`);
    await setArchived(tx, partnershipId, caller, "archive", actionItem(tx, partnershipId, action), input.version);
    return { id: action.id, code: action.code };
  });
}

export async function restoreAction(partnershipId: string, caller: Caller, input: ArchiveInput) {
  requirePlanEdit(caller);
  return writeTransaction(async (tx) => {
    const action = await findAction(tx, partnershipId, input.id);
    requireArea(caller, action.priorityArea, `action ${action.code}`);
    const refusal = action.outcome.archivedAt ? `Restore outcome ${action.outcome.code} first: action ${action.code} belongs to it.` : null;
    await setArchived(tx, partnershipId, caller, "restore", actionItem(tx, partnershipId, action), input.version, refusal);
    return { id: action.id, code: action.code };
  });
}

// ---------------------------------------------------------------------------
// Milestones

/** One-off: the baseline is the due date, with a single occurrence. Recurring: one occurrence per date. */
export async function createMilestone(partnershipId: string, caller: Caller, input: CreateMilestoneInput) {
  requirePlanEdit(caller);
  return writeTransaction(async (tx) => {
    const action = await findAction(tx, partnershipId, input.actionId);
    requireArea(caller, action.priorityArea, `action ${action.code}`);
    if (action.archivedAt) throw new ValidationError(`Action ${action.code} is archived. Restore it before adding milestones.`);
    const position = nextPosition(await tx.milestone.aggregate({ where: { partnershipId, actionId: action.id }, _max: { position: true } }));
    const schedule = input.schedule;
    const dates = schedule.kind === "ONE_OFF" ? [schedule.dueDate] : occurrenceDates(schedule.frequency, schedule.start, schedule.end);
    const when =
      schedule.kind === "ONE_OFF"
        ? { baselineDueDate: schedule.dueDate, dueDate: schedule.dueDate, frequency: null, recurrenceStart: null, recurrenceEnd: null }
        : { baselineDueDate: null, dueDate: null, frequency: schedule.frequency, recurrenceStart: schedule.start, recurrenceEnd: schedule.end };
    const milestone = await tx.milestone.create({
      data: { partnershipId, actionId: action.id, text: input.text, byWhenText: input.byWhenText ?? null, ...when, position },
      select: { id: true },
    });
    if (dates.length) await tx.milestoneOccurrence.createMany({ data: dates.map((dueDate) => ({ partnershipId, milestoneId: milestone.id, dueDate })) });
    await createAuditEvent(tx, partnershipId, caller.actor, {
      entityType: "Milestone",
      entityId: milestone.id,
      action: "create",
      after: { action: action.code, text: input.text, byWhenText: input.byWhenText ?? null, ...when, occurrences: dates.length, position },
    });
    return { id: milestone.id, actionId: action.id, occurrences: dates.length };
  });
}

/**
 * Edits the text and, for a recurring milestone, its schedule. A new schedule
 * regenerates the occurrences still pending; met and missed ones are kept.
 */
export async function updateMilestone(partnershipId: string, caller: Caller, input: UpdateMilestoneInput) {
  requirePlanEdit(caller);
  return writeTransaction(async (tx) => {
    const milestone = await findMilestone(tx, partnershipId, input.id);
    const name = milestoneName(milestone);
    requireArea(caller, milestone.action.priorityArea, name);
    if (milestone.archivedAt) throw new ValidationError(`${capitalise(name)} is archived. Restore it before editing it.`);
    const recurring = milestone.frequency !== null;
    if (recurring && !input.recurrence) throw fieldError("frequency", "This milestone recurs: say how often, from and until.");
    if (!recurring && input.recurrence) {
      throw fieldError("frequency", "A one-off milestone cannot become recurring. Archive it and add a recurring milestone instead.");
    }
    const recurrence = input.recurrence;
    const rescheduled = recurrence !== undefined && !sameRecurrence(milestone, recurrence);
    const saved = await tx.milestone.updateMany({
      where: { id: milestone.id, partnershipId, version: input.version },
      data: {
        text: input.text,
        byWhenText: input.byWhenText ?? null,
        ...(recurrence ? { frequency: recurrence.frequency, recurrenceStart: recurrence.start, recurrenceEnd: recurrence.end } : {}),
        version: { increment: 1 },
      },
    });
    if (saved.count === 0) throw staleError(name);
    const occurrences = recurrence && rescheduled ? await syncOccurrences(tx, partnershipId, milestone.id, occurrenceDates(recurrence.frequency, recurrence.start, recurrence.end)) : null;
    await createAuditEvent(tx, partnershipId, caller.actor, {
      entityType: "Milestone",
      entityId: milestone.id,
      action: "update",
      before: {
        text: milestone.text,
        byWhenText: milestone.byWhenText,
        frequency: milestone.frequency,
        recurrenceStart: milestone.recurrenceStart,
        recurrenceEnd: milestone.recurrenceEnd,
        version: milestone.version,
      },
      after: {
        text: input.text,
        byWhenText: input.byWhenText ?? null,
        ...(recurrence ? { frequency: recurrence.frequency, recurrenceStart: recurrence.start, recurrenceEnd: recurrence.end } : {}),
        version: milestone.version + 1,
        occurrences,
      },
    });
    return { id: milestone.id, actionId: milestone.actionId, version: milestone.version + 1, occurrences };
  });
}

export async function moveMilestone(partnershipId: string, caller: Caller, input: MoveInput) {
  requirePlanEdit(caller);
  return writeTransaction(async (tx) => {
    const milestone = await findMilestone(tx, partnershipId, input.id);
    const name = milestoneName(milestone);
    requireArea(caller, milestone.action.priorityArea, name);
    await moveItem(tx, partnershipId, caller, milestoneItem(tx, partnershipId, milestone, name), input.direction);
    return { id: milestone.id, actionId: milestone.actionId };
  });
}

/** Its occurrences, met or missed, and their evidence stay with it. */
export async function archiveMilestone(partnershipId: string, caller: Caller, input: ArchiveInput) {
  requirePlanEdit(caller);
  return writeTransaction(async (tx) => {
    const milestone = await findMilestone(tx, partnershipId, input.id);
    const name = milestoneName(milestone);
    requireArea(caller, milestone.action.priorityArea, name);
    await setArchived(tx, partnershipId, caller, "archive", milestoneItem(tx, partnershipId, milestone, name), input.version);
    return { id: milestone.id, actionId: milestone.actionId };
  });
}

export async function restoreMilestone(partnershipId: string, caller: Caller, input: ArchiveInput) {
  requirePlanEdit(caller);
  return writeTransaction(async (tx) => {
    const milestone = await findMilestone(tx, partnershipId, input.id);
    const name = milestoneName(milestone);
    requireArea(caller, milestone.action.priorityArea, name);
    const refusal = milestone.action.archivedAt ? `Restore action ${milestone.action.code} first: the milestone belongs to it.` : null;
    await setArchived(tx, partnershipId, caller, "restore", milestoneItem(tx, partnershipId, milestone, name), input.version, refusal);
    return { id: milestone.id, actionId: milestone.actionId };
  });
}
