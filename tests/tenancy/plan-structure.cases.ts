// Cross-tenant cases for plan editing: the editor's reads, and every write
// called as Derby City's admin on Derbyshire's rows (each must be refused).
import { expect } from "vitest";
import type { Tx } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { db } from "../support/db";
import type { Ids, TenancyCases } from "./types";

const due = new Date("2030-03-31T00:00:00Z");
const area = { code: "X9", kind: "LOCAL_PRIORITY", title: "Cross-tenant write", finding: "x", leadRoles: [] };

const client = db as unknown as Tx;
type Lookup = (...args: unknown[]) => Promise<unknown>;

/** The call is refused with `error`, and its message names nothing of Derbyshire's (its codes, texts, ids). */
async function expectRefused(call: Promise<unknown>, error: typeof NotFoundError | typeof ValidationError, secrets: string[]) {
  const refusal = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(refusal).toBeInstanceOf(error);
  const said = JSON.stringify({ message: (refusal as Error).message, fields: (refusal as ValidationError).fieldErrors });
  expect(secrets.filter((secret) => said.includes(secret))).toEqual([]);
}

/** A row a write looks up in its transaction: found in its own partnership, "not found" (naming nothing of it) from another. */
function lookupCase(row: (ids: Ids) => Promise<{ id: string; words: string[] }>): TenancyCases[string] {
  return {
    kind: "pre-tenant",
    async check(fn, ids) {
      const { id, words } = await row(ids);
      expect(await (fn as Lookup)(client, ids.derbyshire, id)).toMatchObject({ id });
      await expectRefused((fn as Lookup)(client, ids.derbyCity, id), NotFoundError, [id, ...words]);
    },
  };
}

export const planStructureCases: TenancyCases = {
  "lib/plan/structure/queries.ts#listPlanStructure": { kind: "tenant", args: (partnershipId) => [partnershipId, { includeArchived: true }] },
  "lib/plan/structure/queries.ts#listAreaOptions": { kind: "tenant", args: (partnershipId) => [partnershipId] },
  "lib/plan/structure/queries.ts#listOutcomeOptions": { kind: "tenant", args: (partnershipId) => [partnershipId] },
  "lib/plan/structure/queries.ts#getAreaForEdit": { kind: "tenant", args: (partnershipId, rows) => [partnershipId, rows.PriorityArea], empty: true },
  "lib/plan/structure/queries.ts#getOutcomeForEdit": { kind: "tenant", args: (partnershipId, rows) => [partnershipId, rows.Outcome], empty: true },
  "lib/plan/structure/queries.ts#getActionForEdit": { kind: "tenant", args: (partnershipId, rows) => [partnershipId, rows.Action], empty: true },
  "lib/plan/structure/queries.ts#getMilestoneForEdit": { kind: "tenant", args: (partnershipId, rows) => [partnershipId, rows.Milestone], empty: true },

  // The rows a write checks, read in its transaction.
  "lib/plan/structure/queries.ts#findArea": lookupCase(async (ids) => {
    const area = await db.priorityArea.findFirstOrThrow({ where: { partnershipId: ids.derbyshire }, select: { id: true, code: true, title: true } });
    return { id: area.id, words: [area.code, area.title] };
  }),
  "lib/plan/structure/queries.ts#findOutcome": lookupCase(async (ids) => {
    const outcome = await db.outcome.findFirstOrThrow({ where: { partnershipId: ids.derbyshire }, select: { id: true, code: true } });
    return { id: outcome.id, words: [outcome.code] };
  }),
  "lib/plan/structure/queries.ts#findAction": lookupCase(async (ids) => {
    const action = await db.action.findFirstOrThrow({ where: { partnershipId: ids.derbyshire }, select: { id: true, code: true, title: true } });
    return { id: action.id, words: [action.code, action.title] };
  }),
  "lib/plan/structure/queries.ts#findMilestone": lookupCase(async (ids) => {
    const milestone = await db.milestone.findFirstOrThrow({ where: { partnershipId: ids.derbyshire }, select: { id: true, text: true } });
    return { id: milestone.id, words: [milestone.text] };
  }),
  "lib/plan/structure/queries.ts#assertCodeFree": {
    kind: "pre-tenant",
    async check(fn, ids) {
      // A code only Derbyshire's plan has: taken there, free in Derby City's plan.
      const cityCodes = (await db.action.findMany({ where: { partnershipId: ids.derbyCity }, select: { code: true } })).map((a) => a.code);
      const action = await db.action.findFirstOrThrow({ where: { partnershipId: ids.derbyshire, code: { notIn: cityCodes } }, select: { id: true, code: true } });
      await expect((fn as Lookup)(client, ids.derbyshire, "action", action.code, null)).rejects.toBeInstanceOf(ValidationError);
      await expect((fn as Lookup)(client, ids.derbyCity, "action", action.code, null)).resolves.toBeUndefined();
    },
  },
  "lib/plan/structure/queries.ts#assertLeadMember": {
    kind: "pre-tenant",
    async check(fn, ids) {
      const lead = await db.membership.findFirstOrThrow({ where: { partnershipId: ids.derbyshire, role: "LEAD" }, select: { id: true, user: { select: { name: true } } } });
      await expect((fn as Lookup)(client, ids.derbyshire, lead.id)).resolves.toBeUndefined();
      await expectRefused((fn as Lookup)(client, ids.derbyCity, lead.id), ValidationError, [lead.id, lead.user.name]);
    },
  },

  // Priority areas: a Derbyshire parent, or a Derbyshire area itself.
  "lib/plan/structure/mutations/areas.ts#createArea": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { ...area, parentId: rows.PriorityArea }],
  },
  "lib/plan/structure/mutations/areas.ts#updateArea": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { ...area, id: rows.PriorityArea, version: 1 }],
  },
  "lib/plan/structure/mutations/move.ts#moveArea": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { id: rows.PriorityArea, direction: "down" }],
  },
  "lib/plan/structure/mutations/archive.ts#archiveArea": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { id: rows.PriorityArea, version: 1 }],
  },
  "lib/plan/structure/mutations/archive.ts#restoreArea": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { id: rows.PriorityArea, version: 1 }],
  },

  // Outcomes: into a Derbyshire area, or a Derbyshire outcome itself.
  "lib/plan/structure/mutations/outcomes.ts#createOutcome": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { priorityAreaId: rows.PriorityArea, code: "X9.1", text: "Cross-tenant write" }],
  },
  "lib/plan/structure/mutations/outcomes.ts#updateOutcome": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { id: rows.Outcome, version: 1, priorityAreaId: rows.PriorityArea, code: "X9.1", text: "Cross-tenant write" }],
  },
  "lib/plan/structure/mutations/move.ts#moveOutcome": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { id: rows.Outcome, direction: "up" }],
  },
  "lib/plan/structure/mutations/archive.ts#archiveOutcome": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { id: rows.Outcome, version: 1 }],
  },
  "lib/plan/structure/mutations/archive.ts#restoreOutcome": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { id: rows.Outcome, version: 1 }],
  },

  // Actions: under a Derbyshire outcome, or a Derbyshire action itself.
  "lib/plan/structure/mutations/actions.ts#createAction": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { outcomeId: rows.Outcome, code: "X9.1a", title: "Cross-tenant write", tags: [], baselineDueDate: due }],
  },
  "lib/plan/structure/mutations/actions.ts#updateAction": {
    kind: "mutation",
    args: (ids, rows) => [
      ids.derbyCity,
      ids.derbyCityCallers.ADMIN,
      { id: rows.Action, version: 1, outcomeId: rows.Outcome, code: "X9.1a", title: "Cross-tenant write", tags: [] },
    ],
  },
  "lib/plan/structure/mutations/move.ts#moveAction": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { id: rows.Action, direction: "down" }],
  },
  "lib/plan/structure/mutations/archive.ts#archiveAction": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { id: rows.Action, version: 1 }],
  },
  "lib/plan/structure/mutations/archive.ts#restoreAction": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { id: rows.Action, version: 1 }],
  },

  // Milestones: on a Derbyshire action, or a Derbyshire milestone itself.
  "lib/plan/structure/mutations/milestones.ts#createMilestone": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { actionId: rows.Action, text: "Cross-tenant write", schedule: { kind: "ONE_OFF", dueDate: due } }],
  },
  "lib/plan/structure/mutations/milestones.ts#updateMilestone": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { id: rows.Milestone, version: 1, text: "Cross-tenant write" }],
  },
  "lib/plan/structure/mutations/move.ts#moveMilestone": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { id: rows.Milestone, direction: "down" }],
  },
  "lib/plan/structure/mutations/archive.ts#archiveMilestone": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { id: rows.Milestone, version: 1 }],
  },
  "lib/plan/structure/mutations/archive.ts#restoreMilestone": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { id: rows.Milestone, version: 1 }],
  },
};
