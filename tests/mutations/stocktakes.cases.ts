// Stocktakes: each mutation once, with a valid input (Derby City, as its admin).
import { parseIsoDate } from "@/lib/dates/format";
import { db } from "../support/db";
import { completeDraft, detailsOf, dropDrafts, nextFreePeriod, publishedWithNextStep, startDraft } from "../support/stocktakes";
import { composite, type Context, type MutationCases } from "./types";

/** A draft following a published stocktake with a published next step. */
async function draftWithStep({ partnershipId, admin }: Context) {
  const previous = await publishedWithNextStep(partnershipId, admin, "Registry stocktake");
  const stocktakeId = await startDraft(partnershipId, admin, "Registry draft");
  const section = await db.stocktakeSection.findFirstOrThrow({ where: { partnershipId, stocktakeId }, orderBy: { position: "asc" }, select: { id: true, version: true } });
  return { previous, stocktakeId, section };
}

/** A draft finding of the admin's side on a published stocktake. */
async function draftFinding({ partnershipId, admin }: Context) {
  const { sectionId } = await publishedWithNextStep(partnershipId, admin, "Registry stocktake");
  return db.advisorFinding.create({
    data: {
      partnershipId,
      stocktakeSectionId: sectionId,
      kind: "KEY_FINDING",
      heading: "Registry finding",
      text: "Recorded for the registry.",
      authorName: "Registry",
      byAdvisor: false,
    },
    select: { id: true, version: true, section: { select: { stocktakeId: true } } },
  });
}

export const stocktakeCases: MutationCases = {
  "lib/stocktakes/mutations/stocktakes.ts#createStocktake": async ({ partnershipId, admin }) => {
    await dropDrafts(partnershipId, admin);
    return { ...(await nextFreePeriod(partnershipId)), title: "Registry stocktake" };
  },
  "lib/stocktakes/mutations/stocktakes.ts#updateStocktakeDetails": async (context) => {
    const stocktakeId = await startDraft(context.partnershipId, context.admin, "Registry draft");
    return { ...(await detailsOf(context.partnershipId, stocktakeId, "save")), summary: "Saved by the registry." };
  },
  "lib/stocktakes/mutations/stocktakes.ts#deleteStocktake": async ({ partnershipId, admin }) => {
    const stocktakeId = await startDraft(partnershipId, admin, "Registry draft");
    return { stocktakeId, version: 1 };
  },
  "lib/stocktakes/mutations/sections.ts#saveStocktakeSection": async (context) => {
    const { section } = await draftWithStep(context);
    return { sectionId: section.id, version: section.version, status: "AT_RISK", progress: "Written by the registry." };
  },
  "lib/stocktakes/mutations/sections.ts#linkStocktakeEvidence": async (context) => {
    const { section } = await draftWithStep(context);
    return { sectionId: section.id, version: section.version, evidenceIds: [] };
  },
  "lib/stocktakes/mutations/sections.ts#addStocktakeEvidence": async (context) => {
    const { section } = await draftWithStep(context);
    return { sectionId: section.id, version: section.version, kind: "FEEDBACK", title: "You said: the registry.", date: parseIsoDate("2026-10-01"), text: "We did: this case." };
  },
  "lib/stocktakes/mutations/sections.ts#saveStocktakeResponse": async (context) => {
    const { previous, stocktakeId } = await draftWithStep(context);
    return { stocktakeId, findingId: previous.stepId, version: 0, response: "Answered by the registry.", status: "ON_TRACK" };
  },
  // Publishing composes three cores: the details as given, the frozen pack, and the last stocktake's next steps answered.
  "lib/stocktakes/mutations/publish.ts#publishStocktake": async (context) => {
    const { stocktakeId } = await draftWithStep(context);
    await completeDraft(context.partnershipId, stocktakeId);
    return composite(await detailsOf(context.partnershipId, stocktakeId, "publish"), 3);
  },
  "lib/stocktakes/mutations/publish.ts#answerNextSteps": async (context) => {
    const { stocktakeId } = await draftWithStep(context);
    await completeDraft(context.partnershipId, stocktakeId);
    // Published directly (a set-up write), so the answering is left for the case itself.
    await db.stocktake.updateMany({ where: { id: stocktakeId, partnershipId: context.partnershipId }, data: { state: "PUBLISHED", publishedAt: new Date() } });
    return { stocktakeId };
  },
  "lib/stocktakes/mutations/findings.ts#recordFinding": async ({ partnershipId, admin }) => {
    const { sectionId } = await publishedWithNextStep(partnershipId, admin, "Registry stocktake");
    return { sectionId, kind: "NEXT_STEP", heading: "Registry next step", text: "Recorded by the registry." };
  },
  "lib/stocktakes/mutations/findings.ts#updateFinding": async (context) => {
    const finding = await draftFinding(context);
    return { findingId: finding.id, version: finding.version, kind: "NEXT_STEP", heading: "Registry next step", text: "Changed by the registry." };
  },
  "lib/stocktakes/mutations/findings.ts#deleteFinding": async (context) => {
    const finding = await draftFinding(context);
    return { findingId: finding.id, version: finding.version };
  },
  "lib/stocktakes/mutations/findings.ts#publishFindings": async (context) => {
    const finding = await draftFinding(context);
    // As the admin: the next review is the advisors' to give (tests/stocktakes-findings.test.ts), so none here.
    return { stocktakeId: finding.section.stocktakeId, nextReview: null };
  },
};
