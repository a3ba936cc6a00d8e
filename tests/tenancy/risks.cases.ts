// Cross-tenant cases for the risk register.
import { expect } from "vitest";
import type { Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { CreateRiskInput } from "@/lib/risks/schema";
import { callerFor } from "../support/callers";
import { db } from "../support/db";
import type { TenancyCases } from "./types";

function riskInput(overrides: Partial<CreateRiskInput> = {}): CreateRiskInput {
  return {
    title: "Cross-tenant risk",
    ownerRole: "Nobody",
    areaIds: [],
    actionCodes: [],
    inherentLikelihood: 3,
    inherentImpact: 3,
    currentLikelihood: 3,
    currentImpact: 3,
    targetLikelihood: 1,
    targetImpact: 1,
    reviewFrequency: "MONTHLY",
    nextReviewDate: new Date("2026-12-31"),
    ...overrides,
  };
}

const farFuture = new Date("2099-12-31");

/**
 * A lookup a risk mutation makes inside its transaction: Derbyshire's own
 * admin finds the row; Derby City's admin, naming the same row with Derby
 * City's id, is told it is not found, in words that name nothing of Derbyshire's.
 */
async function checkLookup(
  fn: (...args: unknown[]) => Promise<unknown>,
  ids: { derbyshire: string; derbyCity: string; derbyCityCallers: { ADMIN: unknown } },
  row: { id: string; secrets: string[] },
) {
  const client = db as unknown as Tx;
  const own = await callerFor("admin@derbyshire.demo", "derbyshire");
  await expect(fn(client, ids.derbyshire, own, row.id)).resolves.toMatchObject({ id: row.id });
  const refusal = await fn(client, ids.derbyCity, ids.derbyCityCallers.ADMIN, row.id).then(
    () => null,
    (e: unknown) => e,
  );
  expect(refusal).toBeInstanceOf(NotFoundError);
  expect(row.secrets.filter((secret) => (refusal as Error).message.includes(secret))).toEqual([]);
}

export const riskCases: TenancyCases = {
  "lib/risks/queries.ts#listRisks": { kind: "tenant", args: (partnershipId) => [partnershipId] },
  "lib/risks/queries.ts#getRiskDetail": { kind: "tenant", args: (partnershipId, rows) => [partnershipId, rows.Risk], empty: true },
  "lib/risks/queries.ts#listRisksForAction": {
    kind: "tenant",
    // A Derbyshire action that has linked risks, whichever partnership id is passed.
    args: async (partnershipId) => {
      const link = await db.riskAction.findFirstOrThrow({ where: { action: { partnership: { slug: "derbyshire" } } }, select: { actionId: true } });
      return [partnershipId, link.actionId];
    },
    empty: true,
  },
  "lib/risks/queries.ts#listOpenRisksForBoard": { kind: "tenant", args: (partnershipId) => [partnershipId] },
  "lib/risks/queries.ts#listRisksDueForReview": {
    kind: "tenant",
    // Derbyshire's areas, and a day by which every open risk is due.
    args: async (partnershipId) => {
      const areas = await db.priorityArea.findMany({ where: { partnership: { slug: "derbyshire" } }, select: { id: true } });
      return [partnershipId, areas.map((a) => a.id), farFuture, false];
    },
    empty: true,
  },
  "lib/risks/queries.ts#requireRiskToManage": {
    kind: "pre-tenant",
    async check(fn, ids) {
      const risk = await db.risk.findFirstOrThrow({ where: { partnershipId: ids.derbyshire }, select: { id: true, code: true, title: true } });
      await checkLookup(fn, ids, { id: risk.id, secrets: [risk.id, risk.code, risk.title] });
    },
  },
  "lib/risks/queries.ts#requireMitigationToManage": {
    kind: "pre-tenant",
    async check(fn, ids) {
      const mitigation = await db.riskMitigation.findFirstOrThrow({ where: { partnershipId: ids.derbyshire }, select: { id: true, text: true, risk: { select: { code: true } } } });
      await checkLookup(fn, ids, { id: mitigation.id, secrets: [mitigation.id, mitigation.text, mitigation.risk.code] });
    },
  },
  "lib/risks/mutations/register.ts#createRisk": {
    kind: "mutation",
    // Linking another partnership's area is refused: the area is "not found" here.
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, riskInput({ areaIds: [rows.PriorityArea!] })],
  },
  "lib/risks/mutations/register.ts#updateRisk": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { id: rows.Risk, version: 1, ...riskInput(), scoreReason: "x" }],
  },
  "lib/risks/mutations/lifecycle.ts#reviewRisk": {
    kind: "mutation",
    args: (ids, rows) => [
      ids.derbyCity,
      ids.derbyCityCallers.ADMIN,
      { riskId: rows.Risk, version: 1, currentLikelihood: 1, currentImpact: 1, note: "x", nextReviewDate: new Date("2026-12-31") },
    ],
  },
  "lib/risks/mutations/lifecycle.ts#setRiskClosed": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { id: rows.Risk, version: 1, closed: true, reason: "x" }],
  },
  "lib/risks/mutations/lifecycle.ts#setRiskEscalated": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { id: rows.Risk, version: 1, escalated: true, note: "x" }],
  },
  "lib/risks/mutations/mitigations.ts#addMitigation": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { riskId: rows.Risk, text: "x", ownerRole: "x", dueDate: new Date("2027-01-31"), state: "PLANNED" }],
  },
  "lib/risks/mutations/mitigations.ts#updateMitigation": {
    kind: "mutation",
    args: (ids, rows) => [
      ids.derbyCity,
      ids.derbyCityCallers.ADMIN,
      { id: rows.RiskMitigation, version: 1, text: "x", ownerRole: "x", dueDate: new Date("2027-01-31"), state: "COMPLETE" },
    ],
  },
  "lib/risks/mutations/mitigations.ts#completeMitigation": {
    kind: "mutation",
    args: (ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { id: rows.RiskMitigation, version: 1, note: "x" }],
  },
};
