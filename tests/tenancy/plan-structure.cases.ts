// Cross-tenant cases for plan editing: the editor's reads, and every write
// called as Derby City's admin on Derbyshire's rows (each must be refused).
import type { TenancyCases } from "./types";

const due = new Date("2030-03-31T00:00:00Z");
const area = { code: "X9", kind: "LOCAL_PRIORITY", title: "Cross-tenant write", finding: "x", leadRoles: [] };

export const planStructureCases: TenancyCases = {
  "lib/plan/structure/queries.ts#listPlanStructure": { kind: "tenant", args: (partnershipId) => [partnershipId, { includeArchived: true }] },
  "lib/plan/structure/queries.ts#listAreaOptions": { kind: "tenant", args: (partnershipId) => [partnershipId] },
  "lib/plan/structure/queries.ts#listOutcomeOptions": { kind: "tenant", args: (partnershipId) => [partnershipId] },
  "lib/plan/structure/queries.ts#listMembersForLead": { kind: "tenant", args: (partnershipId) => [partnershipId] },
  "lib/plan/structure/queries.ts#getAreaForEdit": { kind: "tenant", args: (partnershipId, rows) => [partnershipId, rows.PriorityArea], empty: true },
  "lib/plan/structure/queries.ts#getOutcomeForEdit": { kind: "tenant", args: (partnershipId, rows) => [partnershipId, rows.Outcome], empty: true },
  "lib/plan/structure/queries.ts#getActionForEdit": { kind: "tenant", args: (partnershipId, rows) => [partnershipId, rows.Action], empty: true },
  "lib/plan/structure/queries.ts#getMilestoneForEdit": { kind: "tenant", args: (partnershipId, rows) => [partnershipId, rows.Milestone], empty: true },

  // Priority areas: a Derbyshire parent, or a Derbyshire area itself.
  "lib/plan/structure/mutations/areas.ts#createArea": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { ...area, parentId: rows.PriorityArea }],
  },
  "lib/plan/structure/mutations/areas.ts#updateArea": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { ...area, id: rows.PriorityArea, version: 1 }],
  },
  "lib/plan/structure/mutations/areas.ts#moveArea": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { id: rows.PriorityArea, direction: "down" }],
  },
  "lib/plan/structure/mutations/areas.ts#archiveArea": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { id: rows.PriorityArea, version: 1 }],
  },
  "lib/plan/structure/mutations/areas.ts#restoreArea": {
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
  "lib/plan/structure/mutations/outcomes.ts#moveOutcome": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { id: rows.Outcome, direction: "up" }],
  },
  "lib/plan/structure/mutations/outcomes.ts#archiveOutcome": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { id: rows.Outcome, version: 1 }],
  },
  "lib/plan/structure/mutations/outcomes.ts#restoreOutcome": {
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
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { id: rows.Action, version: 1, outcomeId: rows.Outcome, code: "X9.1a", title: "Cross-tenant write", tags: [] }],
  },
  "lib/plan/structure/mutations/actions.ts#moveAction": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { id: rows.Action, direction: "down" }],
  },
  "lib/plan/structure/mutations/actions.ts#archiveAction": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { id: rows.Action, version: 1 }],
  },
  "lib/plan/structure/mutations/actions.ts#restoreAction": {
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
  "lib/plan/structure/mutations/milestones.ts#moveMilestone": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { id: rows.Milestone, direction: "down" }],
  },
  "lib/plan/structure/mutations/milestones.ts#archiveMilestone": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { id: rows.Milestone, version: 1 }],
  },
  "lib/plan/structure/mutations/milestones.ts#restoreMilestone": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { id: rows.Milestone, version: 1 }],
  },
};
