// Cross-tenant cases for stocktakes: every read with Derbyshire's
// rows asked for from Derby City, and every write as Derby City's admin on them.
import { expect } from "vitest";
import { parseIsoDate } from "@/lib/dates/format";
import type { Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { db } from "../support/db";
import type { Ids, TenancyCases } from "./types";

const client = db as unknown as Tx;

/**
 * A lookup inside a mutation's transaction: it finds the partnership's own
 * row, and another partnership's id with that row is the not-found error,
 * naming nothing of it.
 */
async function lookupRefusesOtherTenant(fn: (...args: unknown[]) => Promise<unknown>, ids: Ids, rowId: string, secrets: string[]) {
  await expect(fn(client, ids.derbyshire, rowId)).resolves.toMatchObject({ id: rowId });
  const refusal = await fn(client, ids.derbyCity, rowId).then(
    () => null,
    (e: unknown) => e,
  );
  expect(refusal).toBeInstanceOf(NotFoundError);
  expect(secrets.filter((secret) => (refusal as Error).message.includes(secret))).toEqual([]);
}

/** Derbyshire's July 2025 stocktake (the seed's first), whichever partnership id the call is made with. */
const derbyshireStocktake = async () =>
  (await db.stocktake.findFirstOrThrow({ where: { partnership: { slug: "derbyshire" } }, orderBy: { periodEnd: "asc" }, select: { id: true } })).id;
const derbyshireSection = async () =>
  (
    await db.stocktakeSection.findFirstOrThrow({
      where: { stocktake: { partnership: { slug: "derbyshire" } }, key: "GOVERNANCE" },
      orderBy: { stocktake: { periodEnd: "asc" } },
      select: { id: true },
    })
  ).id;

const from = parseIsoDate("2025-01-01");
const to = parseIsoDate("2025-06-30");
const details = { version: 1, intent: "save", title: "Cross-tenant", periodStart: from, periodEnd: to };

export const stocktakeCases: TenancyCases = {
  "lib/stocktakes/pack-source/queries.ts#getStocktakeSource": { kind: "tenant", args: (partnershipId) => [partnershipId, from] },
  "lib/stocktakes/queries.ts#listStocktakes": { kind: "tenant", args: (partnershipId) => [partnershipId] },
  "lib/stocktakes/queries.ts#getStocktakesOverview": { kind: "tenant", args: (partnershipId) => [partnershipId] },
  "lib/stocktakes/queries.ts#getStocktake": { kind: "tenant", args: async (partnershipId) => [partnershipId, await derbyshireStocktake()], empty: true },
  "lib/stocktakes/sections/queries.ts#getStocktakeRow": { kind: "tenant", args: async (partnershipId) => [partnershipId, await derbyshireStocktake()], empty: true },
  "lib/stocktakes/sections/queries.ts#listNextSteps": { kind: "tenant", args: async (partnershipId) => [partnershipId, await derbyshireStocktake()], empty: true },
  "lib/stocktakes/queries.ts#getPublishedSnapshot": { kind: "tenant", args: async (partnershipId) => [partnershipId, await derbyshireStocktake()], empty: true },
  "lib/stocktakes/queries.ts#getLatestPublished": { kind: "tenant", args: (partnershipId) => [partnershipId] },
  "lib/stocktakes/sections/queries.ts#listFindings": { kind: "tenant", args: async (partnershipId) => [partnershipId, await derbyshireStocktake()], empty: true },
  "lib/stocktakes/sections/queries.ts#listPeriodReports": { kind: "tenant", args: (partnershipId) => [partnershipId, from, parseIsoDate("2026-11-30")] },
  "lib/stocktakes/sections/queries.ts#listEvidenceCandidates": { kind: "tenant", args: (partnershipId) => [partnershipId, from, to] },
  "lib/stocktakes/sections/queries.ts#listEvidenceOptions": { kind: "tenant", args: async (partnershipId) => [partnershipId, await derbyshireSection(), null, from, to] },
  "lib/stocktakes/queries.ts#getAdvisorOverview": { kind: "tenant", args: (partnershipId) => [partnershipId] },
  "lib/stocktakes/queries.ts#requireStocktake": {
    kind: "pre-tenant",
    async check(fn, ids) {
      const stocktake = await db.stocktake.findFirstOrThrow({ where: { partnershipId: ids.derbyshire }, select: { id: true, title: true } });
      await lookupRefusesOtherTenant(fn, ids, stocktake.id, [stocktake.id, stocktake.title]);
    },
  },
  "lib/stocktakes/queries.ts#requireSection": {
    kind: "pre-tenant",
    async check(fn, ids) {
      const section = await db.stocktakeSection.findFirstOrThrow({ where: { partnershipId: ids.derbyshire }, select: { id: true, stocktake: { select: { title: true } } } });
      await lookupRefusesOtherTenant(fn, ids, section.id, [section.id, section.stocktake.title]);
    },
  },

  "lib/stocktakes/mutations/stocktakes.ts#createStocktake": {
    kind: "mutation",
    args: (ids: Ids, rows) => [
      ids.derbyCity,
      ids.derbyCityCallers.ADMIN,
      { followsId: rows.Stocktake, title: "Cross-tenant", periodStart: parseIsoDate("2031-01-01"), periodEnd: parseIsoDate("2031-06-30") },
    ],
  },
  "lib/stocktakes/mutations/stocktakes.ts#updateStocktakeDetails": {
    kind: "mutation",
    args: (ids: Ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { ...details, stocktakeId: rows.Stocktake }],
  },
  "lib/stocktakes/mutations/stocktakes.ts#deleteStocktake": {
    kind: "mutation",
    args: (ids: Ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { stocktakeId: rows.Stocktake, version: 1 }],
  },
  "lib/stocktakes/mutations/sections.ts#saveStocktakeSection": {
    kind: "mutation",
    args: (ids: Ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { sectionId: rows.StocktakeSection, version: 1, progress: "Cross-tenant" }],
  },
  "lib/stocktakes/mutations/sections.ts#linkStocktakeEvidence": {
    kind: "mutation",
    args: (ids: Ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { sectionId: rows.StocktakeSection, version: 1, evidenceIds: [rows.Evidence] }],
  },
  "lib/stocktakes/mutations/sections.ts#addStocktakeEvidence": {
    kind: "mutation",
    args: (ids: Ids, rows) => [
      ids.derbyCity,
      ids.derbyCityCallers.ADMIN,
      { sectionId: rows.StocktakeSection, version: 1, kind: "DATA", title: "Cross-tenant", date: from, text: "x" },
    ],
  },
  "lib/stocktakes/mutations/sections.ts#saveStocktakeResponse": {
    kind: "mutation",
    args: (ids: Ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { stocktakeId: rows.Stocktake, findingId: rows.AdvisorFinding, version: 0, response: "Cross-tenant" }],
  },
  "lib/stocktakes/mutations/publish.ts#publishStocktake": {
    kind: "mutation",
    args: (ids: Ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { ...details, intent: "publish", stocktakeId: rows.Stocktake }],
  },
  "lib/stocktakes/mutations/publish.ts#answerNextSteps": {
    kind: "mutation",
    args: (ids: Ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { stocktakeId: rows.Stocktake }],
  },
  "lib/stocktakes/mutations/findings.ts#recordFinding": {
    kind: "mutation",
    args: (ids: Ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { sectionId: rows.StocktakeSection, kind: "KEY_FINDING", heading: "Cross-tenant", text: "x" }],
  },
  "lib/stocktakes/mutations/findings.ts#updateFinding": {
    kind: "mutation",
    args: (ids: Ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { findingId: rows.AdvisorFinding, version: 1, kind: "KEY_FINDING", heading: "Cross-tenant", text: "x" }],
  },
  "lib/stocktakes/mutations/findings.ts#deleteFinding": {
    kind: "mutation",
    args: (ids: Ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { findingId: rows.AdvisorFinding, version: 1 }],
  },
  "lib/stocktakes/mutations/findings.ts#publishFindings": {
    kind: "mutation",
    args: (ids: Ids, rows) => [ids.derbyCity, ids.derbyCityCallers.ADMIN, { stocktakeId: rows.Stocktake, nextReview: null }],
  },
};
