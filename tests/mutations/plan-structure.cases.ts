// Plan editing: each mutation once, on rows made for it (setup is not counted).
import { parseIsoDate } from "@/lib/dates/format";
import type { Caller } from "@/lib/auth/caller";
import { createAction } from "@/lib/plan/structure/mutations/actions";
import { createArea } from "@/lib/plan/structure/mutations/areas";
import { createMilestone } from "@/lib/plan/structure/mutations/milestones";
import { createOutcome } from "@/lib/plan/structure/mutations/outcomes";
import type { Context, MutationCases } from "./types";

const due = parseIsoDate("2027-03-31");
const areaInput = (n: number) => ({ code: `RG${n}`, kind: "LOCAL_PRIORITY" as const, title: `Registry area ${n}`, finding: "Registry test.", leadRoles: [] });

async function area({ partnershipId, admin, next }: Context) {
  return createArea(partnershipId, admin, areaInput(next()));
}
async function outcome(context: Context, priorityAreaId?: string) {
  const areaId = priorityAreaId ?? (await area(context)).id;
  const n = context.next();
  return { ...(await createOutcome(context.partnershipId, context.admin, { priorityAreaId: areaId, code: `RG${n}.1`, text: `Registry outcome ${n}` })), priorityAreaId: areaId };
}
async function action(context: Context, outcomeId?: string) {
  const id = outcomeId ?? (await outcome(context)).id;
  const n = context.next();
  return createAction(context.partnershipId, context.admin, { outcomeId: id, code: `RG${n}.1a`, title: `Registry action ${n}`, tags: [], baselineDueDate: due });
}
async function milestone(context: Context, actionId?: string) {
  const id = actionId ?? (await action(context)).id;
  return createMilestone(context.partnershipId, context.admin, { actionId: id, text: `Registry milestone ${context.next()}`, schedule: { kind: "ONE_OFF", dueDate: due } });
}

/** Two siblings, so the second can move up. */
async function pair<T>(make: () => Promise<T>): Promise<T> {
  await make();
  return make();
}
async function archived(context: Context, archive: (p: string, c: Caller, i: { id: string; version: number }) => Promise<unknown>, id: string) {
  await archive(context.partnershipId, context.admin, { id, version: 1 });
  return { id, version: 2 };
}

export const planStructureCases: MutationCases = {
  "lib/plan/structure/mutations/areas.ts#createArea": async ({ next }) => areaInput(next()),
  "lib/plan/structure/mutations/areas.ts#updateArea": async (c) => ({ ...areaInput(c.next()), id: (await area(c)).id, version: 1 }),
  "lib/plan/structure/mutations/move.ts#moveArea": async (c) => ({ id: (await pair(() => area(c))).id, direction: "up" }),
  "lib/plan/structure/mutations/archive.ts#archiveArea": async (c) => ({ id: (await area(c)).id, version: 1 }),
  "lib/plan/structure/mutations/archive.ts#restoreArea": async (c) => {
    const { archiveArea } = await import("@/lib/plan/structure/mutations/archive");
    return archived(c, archiveArea, (await area(c)).id);
  },

  "lib/plan/structure/mutations/outcomes.ts#createOutcome": async (c) => ({ priorityAreaId: (await area(c)).id, code: `RG${c.next()}.1`, text: "Registry outcome" }),
  "lib/plan/structure/mutations/outcomes.ts#updateOutcome": async (c) => {
    const made = await outcome(c);
    return { id: made.id, version: 1, priorityAreaId: made.priorityAreaId, code: made.code, text: "Reworded" };
  },
  "lib/plan/structure/mutations/move.ts#moveOutcome": async (c) => {
    const parent = (await area(c)).id;
    return { id: (await pair(() => outcome(c, parent))).id, direction: "up" };
  },
  "lib/plan/structure/mutations/archive.ts#archiveOutcome": async (c) => ({ id: (await outcome(c)).id, version: 1 }),
  "lib/plan/structure/mutations/archive.ts#restoreOutcome": async (c) => {
    const { archiveOutcome } = await import("@/lib/plan/structure/mutations/archive");
    return archived(c, archiveOutcome, (await outcome(c)).id);
  },

  "lib/plan/structure/mutations/actions.ts#createAction": async (c) => ({
    outcomeId: (await outcome(c)).id,
    code: `RG${c.next()}.1a`,
    title: "Registry action",
    tags: [],
    baselineDueDate: due,
  }),
  "lib/plan/structure/mutations/actions.ts#updateAction": async (c) => {
    const parent = await outcome(c);
    const made = await action(c, parent.id);
    return { id: made.id, version: 1, outcomeId: parent.id, code: made.code, title: "Retitled", tags: ["SEF"] };
  },
  "lib/plan/structure/mutations/move.ts#moveAction": async (c) => {
    const parent = (await outcome(c)).id;
    return { id: (await pair(() => action(c, parent))).id, direction: "up" };
  },
  "lib/plan/structure/mutations/archive.ts#archiveAction": async (c) => ({ id: (await action(c)).id, version: 1 }),
  "lib/plan/structure/mutations/archive.ts#restoreAction": async (c) => {
    const { archiveAction } = await import("@/lib/plan/structure/mutations/archive");
    return archived(c, archiveAction, (await action(c)).id);
  },

  "lib/plan/structure/mutations/milestones.ts#createMilestone": async (c) => ({
    actionId: (await action(c)).id,
    text: "Registry milestone",
    schedule: { kind: "ONE_OFF", dueDate: due },
  }),
  "lib/plan/structure/mutations/milestones.ts#updateMilestone": async (c) => ({ id: (await milestone(c)).id, version: 1, text: "Reworded" }),
  "lib/plan/structure/mutations/move.ts#moveMilestone": async (c) => {
    const parent = (await action(c)).id;
    return { id: (await pair(() => milestone(c, parent))).id, direction: "up" };
  },
  "lib/plan/structure/mutations/archive.ts#archiveMilestone": async (c) => ({ id: (await milestone(c)).id, version: 1 }),
  "lib/plan/structure/mutations/archive.ts#restoreMilestone": async (c) => {
    const { archiveMilestone } = await import("@/lib/plan/structure/mutations/archive");
    return archived(c, archiveMilestone, (await milestone(c)).id);
  },
};
