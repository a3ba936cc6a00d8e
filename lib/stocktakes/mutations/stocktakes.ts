import "server-only";
import { mutation } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import { today } from "@/lib/clock";
import { formatUkDate } from "@/lib/dates/format";
import { ConflictError, ForbiddenError, NotFoundError, fieldError, staleError, ValidationError } from "@/lib/errors";
import { mayPrepare } from "../access";
import { ONE_DRAFT, requireDraft } from "../compute/lifecycle";
import { drawPack } from "../compute/pack";
import { prefillSections } from "../compute/prefill";
import { requireStocktake, STOCKTAKE_GONE } from "../queries";
import { getStocktakeSource } from "../pack-source/queries";
import { listEvidenceCandidates, listPeriodReports } from "../sections/queries";
import { getLatestPublished } from "../queries";
import type { CreateStocktakeInput, DeleteStocktakeInput, StocktakeDetailsInput } from "../schema";

/**
 * Starts the next stocktake (the programme office only, one draft at a time):
 * it follows the latest published one, whose next steps it must answer, and
 * starts with a section per live area and the partnership-wide sections,
 * prefilled from the period's highlight reports and the data
 * (lib/stocktakes/compute/prefill.ts), with the period's evidence linked.
 */
export const createStocktake = mutation(
  async (tx, partnershipId, caller: Caller, input: CreateStocktakeInput) => {
    if (input.followsId && !(await tx.stocktake.findFirst({ where: { id: input.followsId, partnershipId }, select: { id: true } }))) throw new NotFoundError(STOCKTAKE_GONE);
    if (!mayPrepare(caller.scope)) throw new ForbiddenError("Only the programme office starts a stocktake.");
    const draft = await tx.stocktake.findFirst({ where: { partnershipId, state: "DRAFT" }, select: { id: true } });
    if (draft) throw new ValidationError(ONE_DRAFT);
    const previous = await getLatestPublished(partnershipId, tx);
    // The page offered to follow the latest published stocktake; if another was published since, its next steps would go unanswered.
    if ((previous?.id ?? undefined) !== input.followsId)
      throw new ConflictError("Another stocktake was published after you opened this page. Reload it to start the next one from the latest.");
    if (previous && input.periodStart.getTime() <= previous.periodEnd.getTime()) {
      throw fieldError("periodStart", `The period must start after the last stocktake’s ended (${formatUkDate(previous.periodEnd)}).`);
    }
    const stocktake = await tx.stocktake.create({
      data: {
        partnershipId,
        title: input.title,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        reviewDate: input.reviewDate ?? null,
        previousId: previous?.id ?? null,
        summary: `Our own assessment of progress against the improvement plan from ${formatUkDate(input.periodStart)} to ${formatUkDate(input.periodEnd)}${input.reviewDate ? `, for the review on ${formatUkDate(input.reviewDate)}` : ""}.`,
      },
      select: { id: true },
    });
    const source = await getStocktakeSource(partnershipId, input.periodStart, tx);
    if (!source) throw new NotFoundError(STOCKTAKE_GONE);
    const empty = { ...input, id: stocktake.id, summary: null, provenance: null, reviewDate: input.reviewDate ?? null, previous: null, sections: [], steps: [] };
    const doc = drawPack(source, empty, today());
    const [reports, evidence] = await Promise.all([
      listPeriodReports(partnershipId, input.periodStart, input.periodEnd, tx),
      listEvidenceCandidates(partnershipId, input.periodStart, input.periodEnd, tx),
    ]);
    const sections = prefillSections(doc, source.areas, reports, evidence, { start: input.periodStart, end: input.periodEnd }, source.labels);
    for (const [position, section] of sections.entries()) {
      await tx.stocktakeSection.create({
        data: {
          partnershipId,
          stocktakeId: stocktake.id,
          key: section.key,
          kind: section.kind,
          priorityAreaId: section.priorityAreaId,
          status: section.status,
          progress: section.progress,
          keyFindings: section.keyFindings,
          nextSteps: section.nextSteps,
          position,
          updatedByName: "Prefilled from the highlight reports and the data",
          // Nested rows take partnershipId from the section: the relation's key includes it.
          evidence: { create: section.evidenceIds.map((evidenceId) => ({ evidenceId })) },
        },
      });
    }
    return {
      result: { stocktakeId: stocktake.id },
      audit: {
        kind: "Stocktake",
        verb: "create",
        entityId: stocktake.id,
        after: { title: input.title, periodStart: input.periodStart, periodEnd: input.periodEnd, follows: previous?.title ?? null, sections: sections.length },
      },
    };
  },
  // Two drafts started at once: the one-draft index refuses the second.
  { duplicate: () => new ValidationError(ONE_DRAFT) },
);

/** The title, period, review date and covering summary of a draft (the programme office). */
export const updateStocktakeDetails = mutation(async (tx, partnershipId, caller: Caller, input: StocktakeDetailsInput) => {
  const stocktake = await requireStocktake(tx, partnershipId, input.stocktakeId);
  if (!mayPrepare(caller.scope)) throw new ForbiddenError("Only the programme office changes a stocktake’s details.");
  requireDraft(stocktake);
  if (stocktake.previousId) {
    const previous = await tx.stocktake.findFirst({ where: { id: stocktake.previousId, partnershipId }, select: { periodEnd: true } });
    if (previous && input.periodStart.getTime() <= previous.periodEnd.getTime()) {
      throw fieldError("periodStart", `The period must start after the last stocktake’s ended (${formatUkDate(previous.periodEnd)}).`);
    }
  }
  const data = { title: input.title, periodStart: input.periodStart, periodEnd: input.periodEnd, reviewDate: input.reviewDate ?? null, summary: input.summary ?? null };
  const saved = await tx.stocktake.updateMany({ where: { id: stocktake.id, partnershipId, version: input.version }, data: { ...data, version: { increment: 1 } } });
  if (saved.count === 0) throw staleError(`the ${stocktake.title}`);
  return {
    result: { stocktakeId: stocktake.id, version: input.version + 1 },
    audit: {
      kind: "Stocktake",
      verb: "update",
      entityId: stocktake.id,
      before: { title: stocktake.title, periodStart: stocktake.periodStart, periodEnd: stocktake.periodEnd },
      after: data,
    },
  };
});

/** A draft started by mistake goes (the programme office); a published stocktake never does. */
export const deleteStocktake = mutation(async (tx, partnershipId, caller: Caller, input: DeleteStocktakeInput) => {
  const stocktake = await requireStocktake(tx, partnershipId, input.stocktakeId);
  if (!mayPrepare(caller.scope)) throw new ForbiddenError("Only the programme office deletes a draft stocktake.");
  requireDraft(stocktake);
  const gone = await tx.stocktake.deleteMany({ where: { id: stocktake.id, partnershipId, version: input.version, state: "DRAFT" } });
  if (gone.count === 0) throw staleError(`the ${stocktake.title}`);
  return {
    result: { stocktakeId: stocktake.id },
    audit: { kind: "Stocktake", verb: "delete", entityId: stocktake.id, before: { title: stocktake.title, state: stocktake.state } },
  };
});
