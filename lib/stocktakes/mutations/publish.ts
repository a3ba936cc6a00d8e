import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { mutation } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import { now, today } from "@/lib/clock";
import { ConflictError, ForbiddenError, NotFoundError, staleError, ValidationError } from "@/lib/errors";
import { mayPrepare } from "../access";
import { drawPack, freezePack } from "../compute/pack";
import { publishProblems, requireDraft } from "../compute/lifecycle";
import { requireStocktake, STOCKTAKE_GONE } from "../queries";
import { getStocktakeSource } from "../pack-source/queries";
import { getStocktakeRow } from "../sections/queries";
import type { StocktakeDetailsInput } from "../schema";
import { updateStocktakeDetails } from "./stocktakes";

/**
 * Records that a published stocktake answered the previous one's next steps:
 * from now on they show as answered, with the pack that answered them. Run
 * by publishStocktake; refused for a draft (nothing is answered until the
 * pack is published).
 */
export const answerNextSteps = mutation(async (tx, partnershipId, caller: Caller, input: { stocktakeId: string }) => {
  const stocktake = await requireStocktake(tx, partnershipId, input.stocktakeId);
  if (!mayPrepare(caller.scope)) throw new ForbiddenError("Only the programme office publishes a stocktake.");
  if (stocktake.state !== "PUBLISHED" || !stocktake.previousId) throw new ConflictError("Only a published stocktake answers the last one’s next steps.");
  const answered = await tx.advisorFinding.updateMany({
    where: { partnershipId, kind: "NEXT_STEP", publishedAt: { not: null }, answeredInId: null, section: { partnershipId, stocktakeId: stocktake.previousId } },
    data: { answeredInId: stocktake.id, version: { increment: 1 } },
  });
  return {
    result: { answered: answered.count },
    audit: { kind: "Stocktake", verb: "next steps answered", entityId: stocktake.previousId, after: { answeredIn: stocktake.title, nextSteps: answered.count } },
  };
});

/**
 * Publishes a draft: saves its covering details as given on the publish form,
 * draws the whole pack from live data in this transaction, refuses it while
 * anything required is missing (lib/stocktakes/compute/lifecycle.ts publishProblems:
 * every area's status and progress, the partnership-wide sections, a response
 * to each of the last stocktake's next steps), freezes it as an immutable,
 * validated snapshot, and marks the last stocktake's next steps answered.
 * Three cores, one transaction: all of it happens, or none.
 */
export const publishStocktake = mutation(async (tx, partnershipId, caller: Caller, input: StocktakeDetailsInput) => {
  const stocktake = await requireStocktake(tx, partnershipId, input.stocktakeId);
  if (!mayPrepare(caller.scope)) throw new ForbiddenError("Only the programme office publishes a stocktake.");
  requireDraft(stocktake);
  if (stocktake.version !== input.version) throw staleError(`the ${stocktake.title}`);
  await updateStocktakeDetails.core(tx, partnershipId, caller, input);

  const [row, source] = await Promise.all([getStocktakeRow(partnershipId, stocktake.id, tx), getStocktakeSource(partnershipId, input.periodStart, tx)]);
  if (!row || !source) throw new NotFoundError(STOCKTAKE_GONE);
  const doc = drawPack(source, row, today());
  const problems = publishProblems(doc);
  if (problems.length) {
    throw new ValidationError(
      `The stocktake cannot be published yet: ${problems.length} ${problems.length === 1 ? "thing is" : "things are"} still needed, listed beside the Publish button. Nothing was published.`,
      {
        publish: problems.map((p) => p.message),
      },
    );
  }
  const publishedAt = now();
  const snapshot = freezePack(doc, { publishedAt: publishedAt.toISOString(), publishedBy: caller.actor.name });
  const saved = await tx.stocktake.updateMany({
    where: { id: stocktake.id, partnershipId, state: "DRAFT", version: input.version + 1 },
    data: {
      state: "PUBLISHED",
      snapshot: snapshot as unknown as Prisma.InputJsonValue,
      publishedAt,
      publishedByName: caller.actor.name,
      publishedById: caller.actor.userId,
      version: { increment: 1 },
    },
  });
  if (saved.count === 0) throw staleError(`the ${stocktake.title}`);
  const answered = stocktake.previousId && row.steps.length ? await answerNextSteps.core(tx, partnershipId, caller, { stocktakeId: stocktake.id }) : { answered: 0 };
  return {
    result: { stocktakeId: stocktake.id, answered: answered.answered },
    audit: {
      kind: "Stocktake",
      verb: "publish",
      entityId: stocktake.id,
      after: { title: input.title, periodStart: input.periodStart, periodEnd: input.periodEnd, areas: doc.areas.length, responses: doc.responses.length, asAt: doc.asAt },
    },
  };
});
