import "server-only";
import { mutation } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import type { Tx } from "@/lib/db";
import { ForbiddenError, NotFoundError, notFoundField, staleError, ValidationError } from "@/lib/errors";
import { mayEditSection } from "../access";
import { requireDraft } from "../compute/lifecycle";
import { sectionInWords } from "../labels";
import { requireSection, requireStocktake } from "../queries";
import type { AddEvidenceInput, ResponseInput, SectionEvidenceInput, SectionInput } from "../schema";

type Section = Awaited<ReturnType<typeof requireSection>>;

/** The section as the audit names it: its stocktake, and its area's code or its key (GOVERNANCE, FAMILY_VOICE). */
const inSection = (section: Section) => ({ stocktake: section.stocktake.title, stocktakeId: section.stocktake.id, section: section.priorityArea?.code ?? section.key });

const sectionName = (section: Section) => sectionInWords(section.kind, section.priorityArea?.code);

/** The section of a draft the caller may write: the programme office any, a lead their own areas'. */
async function writableSection(tx: Tx, partnershipId: string, caller: Caller, sectionId: string) {
  const section = await requireSection(tx, partnershipId, sectionId);
  if (!mayEditSection(caller.scope, { priorityAreaId: section.priorityAreaId, parentId: section.priorityArea?.parentId ?? null })) {
    throw new ForbiddenError(
      section.priorityAreaId
        ? `You can write only the sections of the areas you lead; ${sectionName(section)} is not one of them.`
        : "Only the programme office writes the partnership-wide sections.",
    );
  }
  requireDraft(section.stocktake);
  return section;
}

/** A section's words: the area's status, progress, key findings and next steps. */
export const saveStocktakeSection = mutation(async (tx, partnershipId, caller: Caller, input: SectionInput) => {
  const section = await writableSection(tx, partnershipId, caller, input.sectionId);
  const data = {
    // Only an area has a status; the partnership-wide sections are words.
    status: section.kind === "AREA" ? (input.status ?? null) : null,
    progress: input.progress ?? null,
    keyFindings: input.keyFindings ?? null,
    nextSteps: input.nextSteps ?? null,
  };
  const saved = await tx.stocktakeSection.updateMany({
    where: { id: section.id, partnershipId, version: input.version },
    data: { ...data, updatedByName: caller.actor.name, version: { increment: 1 } },
  });
  if (saved.count === 0) throw staleError(`the ${sectionName(section)} section`);
  return {
    result: { sectionId: section.id, stocktakeId: section.stocktake.id, version: input.version + 1 },
    audit: { kind: "StocktakeSection", verb: "update", entityId: section.id, after: { ...inSection(section), status: data.status } },
  };
});

/** Which evidence the section links: the ticked items replace the list. */
export const linkStocktakeEvidence = mutation(async (tx, partnershipId, caller: Caller, input: SectionEvidenceInput) => {
  const section = await writableSection(tx, partnershipId, caller, input.sectionId);
  const found = await tx.evidence.findMany({ where: { partnershipId, id: { in: input.evidenceIds } }, select: { id: true } });
  if (found.length !== new Set(input.evidenceIds).size) throw notFoundField("evidenceIds", "Some of that evidence no longer exists. Reload the page and choose again.");
  const saved = await tx.stocktakeSection.updateMany({
    where: { id: section.id, partnershipId, version: input.version },
    data: { updatedByName: caller.actor.name, version: { increment: 1 } },
  });
  if (saved.count === 0) throw staleError(`the ${sectionName(section)} section`);
  await tx.stocktakeEvidence.deleteMany({ where: { partnershipId, sectionId: section.id } });
  await tx.stocktakeEvidence.createMany({ data: found.map((e) => ({ partnershipId, sectionId: section.id, evidenceId: e.id })) });
  return {
    result: { sectionId: section.id, stocktakeId: section.stocktake.id, version: input.version + 1 },
    audit: { kind: "StocktakeSection", verb: "link evidence", entityId: section.id, after: { ...inSection(section), evidence: found.length } },
  };
});

/**
 * New evidence recorded from the stocktake (a case study, a document, feedback
 * from families as "you said, we did"), filed against the section's area and
 * linked to the section.
 */
export const addStocktakeEvidence = mutation(async (tx, partnershipId, caller: Caller, input: AddEvidenceInput) => {
  const section = await writableSection(tx, partnershipId, caller, input.sectionId);
  const saved = await tx.stocktakeSection.updateMany({
    where: { id: section.id, partnershipId, version: input.version },
    data: { updatedByName: caller.actor.name, version: { increment: 1 } },
  });
  if (saved.count === 0) throw staleError(`the ${sectionName(section)} section`);
  const evidence = await tx.evidence.create({
    data: {
      partnershipId,
      title: input.title,
      kind: input.kind,
      date: input.date,
      text: input.text ?? null,
      url: input.url ?? null,
      priorityAreaId: section.priorityAreaId,
      createdByName: caller.actor.name,
      stocktakeSections: { create: { sectionId: section.id } },
    },
    select: { id: true },
  });
  return {
    result: { sectionId: section.id, stocktakeId: section.stocktake.id, evidenceId: evidence.id, version: input.version + 1 },
    audit: { kind: "Evidence", verb: "create", entityId: evidence.id, after: { ...inSection(section), title: input.title, kind: input.kind, date: input.date } },
  };
});

/**
 * The partnership's response to one of the last stocktake's next steps. Each
 * must have one before the stocktake is published. An area's next step is
 * answered by its lead or the programme office; the partnership-wide ones by
 * the programme office.
 */
export const saveStocktakeResponse = mutation(
  async (tx, partnershipId, caller: Caller, input: ResponseInput) => {
    const stocktake = await requireStocktake(tx, partnershipId, input.stocktakeId);
    const step = stocktake.previousId
      ? await tx.advisorFinding.findFirst({
          where: { id: input.findingId, partnershipId, kind: "NEXT_STEP", publishedAt: { not: null }, section: { partnershipId, stocktakeId: stocktake.previousId } },
          select: { id: true, heading: true, section: { select: { priorityAreaId: true, priorityArea: { select: { parentId: true } } } } },
        })
      : null;
    if (!step) throw new NotFoundError("That next step is not one of the last stocktake’s, or you do not have access to it.");
    if (!mayEditSection(caller.scope, { priorityAreaId: step.section.priorityAreaId, parentId: step.section.priorityArea?.parentId ?? null })) {
      throw new ForbiddenError(
        step.section.priorityAreaId ? "You can respond only to the next steps of the areas you lead." : "Only the programme office responds to the partnership-wide next steps.",
      );
    }
    requireDraft(stocktake);
    const existing = await tx.stocktakeResponse.findFirst({ where: { partnershipId, stocktakeId: stocktake.id, findingId: step.id }, select: { id: true, version: true } });
    const what = `the response to “${step.heading}”`;
    if (existing ? existing.version !== input.version : input.version !== 0) throw staleError(what);
    const data = { response: input.response, status: input.status ?? null, authorName: caller.actor.name };
    let id: string;
    if (existing) {
      const saved = await tx.stocktakeResponse.updateMany({ where: { id: existing.id, partnershipId, version: input.version }, data: { ...data, version: { increment: 1 } } });
      if (saved.count === 0) throw staleError(what);
      id = existing.id;
    } else {
      id = (await tx.stocktakeResponse.create({ data: { partnershipId, stocktakeId: stocktake.id, findingId: step.id, ...data }, select: { id: true } })).id;
    }
    return {
      result: { responseId: id, stocktakeId: stocktake.id, version: input.version + 1 },
      audit: {
        kind: "StocktakeResponse",
        verb: existing ? "update" : "create",
        entityId: id,
        after: { stocktake: stocktake.title, stocktakeId: stocktake.id, nextStep: step.heading, status: data.status },
      },
    };
  },
  // Two first responses racing past the check: the unique (stocktake, next step) index refuses the second.
  {
    duplicate: () =>
      new ValidationError("Someone else answered this next step at the same moment, so your response was not saved. Reload the page to see theirs, then change it if you need to."),
  },
);
