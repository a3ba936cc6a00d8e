import "server-only";
// Archiving and restoring, at every level of the plan tree. Archiving takes an
// item's children out of the live views with it, stamped with the same time,
// so that restoring brings back exactly those and not one archived before.
// Nothing is deleted: updates, evidence, decisions and occurrences stay.
import { mutation } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import { now } from "@/lib/clock";
import type { Tx } from "@/lib/db";
import { staleError } from "@/lib/errors";
import { findAction, findArea, findMilestone, findOutcome } from "../queries";
import { assertArchivable, milestoneName, requireArea, requirePlanEdit, requireProgrammeOffice } from "../rules";
import type { ArchiveInput } from "../schema";

type Change = "archive" | "restore";
type Stamp = { from: Date | null; to: Date | null };
type Update = (
  where: { id: string; partnershipId: string; version: number; archivedAt: Date | null },
  data: { archivedAt: Date | null; version: { increment: 1 } },
) => Promise<{ count: number }>;

/**
 * Moves the item's archive stamp under its optimistic lock, then its
 * children's (`cascade`, which counts them by kind); returns the audit row's
 * before and after, and what went with it.
 */
async function restamp(
  partnershipId: string,
  change: Change,
  row: { id: string; archivedAt: Date | null; version: number },
  input: ArchiveInput,
  name: string,
  refusal: string | null,
  update: Update,
  cascade?: (stamp: Stamp) => Promise<Record<string, number>>,
) {
  assertArchivable(change, row, name, refusal);
  const stamp = { from: row.archivedAt, to: change === "archive" ? now() : null };
  const saved = await update({ id: row.id, partnershipId, version: input.version, archivedAt: stamp.from }, { archivedAt: stamp.to, version: { increment: 1 } });
  if (saved.count === 0) throw staleError(name);
  const carried = cascade ? await cascade(stamp) : undefined;
  return { before: { archivedAt: stamp.from, version: row.version }, after: { archivedAt: stamp.to, version: row.version + 1 }, carried };
}

/** The live actions under an area or outcome stamped `from`, and their milestones. Milestones go first: they are found through their action's stamp. */
async function cascadeActions(tx: Tx, partnershipId: string, parent: { priorityAreaId: string } | { outcomeId: string }, { from, to }: Stamp) {
  const data = { archivedAt: to, version: { increment: 1 } } as const;
  const milestones = await tx.milestone.updateMany({ where: { partnershipId, archivedAt: from, action: { partnershipId, ...parent, archivedAt: from } }, data });
  const actions = await tx.action.updateMany({ where: { partnershipId, ...parent, archivedAt: from }, data });
  return { actions: actions.count, milestones: milestones.count };
}

async function areaArchived(tx: Tx, partnershipId: string, caller: Caller, input: ArchiveInput, change: Change) {
  requireProgrammeOffice(caller, `Only the programme office can ${change} priority areas.`);
  const area = await findArea(tx, partnershipId, input.id);
  const refusal =
    change === "archive"
      ? area.children.length
        ? `Priority area ${area.code} has linked areas (${area.children.map((c) => c.code).join(", ")}). Archive or unlink them first.`
        : null
      : area.parent?.archivedAt
        ? `Restore ${area.parent.code} first: ${area.code} is linked under it.`
        : null;
  const done = await restamp(
    partnershipId,
    change,
    area,
    input,
    `priority area ${area.code}`,
    refusal,
    (where, data) => tx.priorityArea.updateMany({ where, data }),
    async (stamp) => {
      const outcomes = await tx.outcome.updateMany({
        where: { partnershipId, priorityAreaId: area.id, archivedAt: stamp.from },
        data: { archivedAt: stamp.to, version: { increment: 1 } },
      });
      return { outcomes: outcomes.count, ...(await cascadeActions(tx, partnershipId, { priorityAreaId: area.id }, stamp)) };
    },
  );
  return { result: { id: area.id, code: area.code }, ...done, after: { ...done.after, code: area.code } };
}

async function outcomeArchived(tx: Tx, partnershipId: string, caller: Caller, input: ArchiveInput, change: Change) {
  requirePlanEdit(caller);
  const outcome = await findOutcome(tx, partnershipId, input.id);
  const name = `outcome ${outcome.code}`;
  requireArea(caller, outcome.priorityArea, name);
  const refusal =
    change === "restore" && outcome.priorityArea.archivedAt ? `Restore priority area ${outcome.priorityArea.code} first: outcome ${outcome.code} belongs to it.` : null;
  const done = await restamp(
    partnershipId,
    change,
    outcome,
    input,
    name,
    refusal,
    (where, data) => tx.outcome.updateMany({ where, data }),
    (stamp) => cascadeActions(tx, partnershipId, { outcomeId: outcome.id }, stamp),
  );
  return { result: { id: outcome.id, code: outcome.code }, ...done, after: { ...done.after, code: outcome.code } };
}

async function actionArchived(tx: Tx, partnershipId: string, caller: Caller, input: ArchiveInput, change: Change) {
  requirePlanEdit(caller);
  const action = await findAction(tx, partnershipId, input.id);
  const name = `action ${action.code}`;
  requireArea(caller, action.priorityArea, name);
  const refusal = change === "restore" && action.outcome.archivedAt ? `Restore outcome ${action.outcome.code} first: action ${action.code} belongs to it.` : null;
  const done = await restamp(
    partnershipId,
    change,
    action,
    input,
    name,
    refusal,
    (where, data) => tx.action.updateMany({ where, data }),
    async ({ from, to }) => {
      const milestones = await tx.milestone.updateMany({ where: { partnershipId, actionId: action.id, archivedAt: from }, data: { archivedAt: to, version: { increment: 1 } } });
      return { milestones: milestones.count };
    },
  );
  return { result: { id: action.id, code: action.code }, ...done, after: { ...done.after, code: action.code } };
}

/** A milestone's occurrences, met or missed, and their evidence stay with it. */
async function milestoneArchived(tx: Tx, partnershipId: string, caller: Caller, input: ArchiveInput, change: Change) {
  requirePlanEdit(caller);
  const milestone = await findMilestone(tx, partnershipId, input.id);
  const name = milestoneName(milestone);
  requireArea(caller, milestone.action.priorityArea, name);
  const refusal = change === "restore" && milestone.action.archivedAt ? `Restore action ${milestone.action.code} first: the milestone belongs to it.` : null;
  const done = await restamp(partnershipId, change, milestone, input, name, refusal, (where, data) => tx.milestone.updateMany({ where, data }));
  return { result: { id: milestone.id, actionId: milestone.actionId }, ...done, after: { ...done.after, text: milestone.text, action: milestone.action.code } };
}

export const archiveArea = mutation(async (tx, partnershipId, caller: Caller, input: ArchiveInput) => {
  const { result, before, after, carried } = await areaArchived(tx, partnershipId, caller, input, "archive");
  return { result, audit: { kind: "PriorityArea", verb: "archive", entityId: result.id, before, after: { ...after, alsoArchived: carried } } };
});

export const restoreArea = mutation(async (tx, partnershipId, caller: Caller, input: ArchiveInput) => {
  const { result, before, after, carried } = await areaArchived(tx, partnershipId, caller, input, "restore");
  return { result, audit: { kind: "PriorityArea", verb: "restore", entityId: result.id, before, after: { ...after, alsoRestored: carried } } };
});

export const archiveOutcome = mutation(async (tx, partnershipId, caller: Caller, input: ArchiveInput) => {
  const { result, before, after, carried } = await outcomeArchived(tx, partnershipId, caller, input, "archive");
  return { result, audit: { kind: "Outcome", verb: "archive", entityId: result.id, before, after: { ...after, alsoArchived: carried } } };
});

export const restoreOutcome = mutation(async (tx, partnershipId, caller: Caller, input: ArchiveInput) => {
  const { result, before, after, carried } = await outcomeArchived(tx, partnershipId, caller, input, "restore");
  return { result, audit: { kind: "Outcome", verb: "restore", entityId: result.id, before, after: { ...after, alsoRestored: carried } } };
});

/** The action leaves the live views; its updates, evidence and change requests stay as they were. */
export const archiveAction = mutation(async (tx, partnershipId, caller: Caller, input: ArchiveInput) => {
  const { result, before, after, carried } = await actionArchived(tx, partnershipId, caller, input, "archive");
  return { result, audit: { kind: "Action", verb: "archive", entityId: result.id, before, after: { ...after, alsoArchived: carried } } };
});

export const restoreAction = mutation(async (tx, partnershipId, caller: Caller, input: ArchiveInput) => {
  const { result, before, after, carried } = await actionArchived(tx, partnershipId, caller, input, "restore");
  return { result, audit: { kind: "Action", verb: "restore", entityId: result.id, before, after: { ...after, alsoRestored: carried } } };
});

export const archiveMilestone = mutation(async (tx, partnershipId, caller: Caller, input: ArchiveInput) => {
  const { result, before, after } = await milestoneArchived(tx, partnershipId, caller, input, "archive");
  return { result, audit: { kind: "Milestone", verb: "archive", entityId: result.id, before, after } };
});

export const restoreMilestone = mutation(async (tx, partnershipId, caller: Caller, input: ArchiveInput) => {
  const { result, before, after } = await milestoneArchived(tx, partnershipId, caller, input, "restore");
  return { result, audit: { kind: "Milestone", verb: "restore", entityId: result.id, before, after } };
});
