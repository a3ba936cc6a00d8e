import "server-only";
import { mutation } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import { now } from "@/lib/clock";
import type { Tx } from "@/lib/db";
import { formatUkDate } from "@/lib/dates/format";
import { ConflictError, fieldError, ForbiddenError, NotFoundError, staleError } from "@/lib/errors";
import { isAdvisor, mayEditFinding, mayGiveNextReview, mayRecordFindings } from "../access";
import { findingVisible, nextReviewProblem } from "../compute/lifecycle";
import { FINDING_GONE, requireSection, requireStocktake } from "../queries";
import type { DeleteFindingInput, PublishFindingsInput, RecordFindingInput, UpdateFindingInput } from "../schema";

function requireRecorder(caller: Caller) {
  if (!mayRecordFindings(caller.scope)) throw new ForbiddenError("Only advisors, the programme office, the board and priority leads record a stocktake’s findings.");
}

function requirePublished(stocktake: { state: string }) {
  if (stocktake.state !== "PUBLISHED") throw new ConflictError("Findings are recorded against a published stocktake; this one is still a draft.");
}

/**
 * A draft finding the caller may change: their own, or (the programme
 * office) any of the partnership's. Published findings are part of the
 * record and do not change.
 */
async function ownDraft(tx: Tx, partnershipId: string, caller: Caller, findingId: string) {
  const finding = await tx.advisorFinding.findFirst({
    where: { id: findingId, partnershipId },
    select: {
      id: true,
      heading: true,
      kind: true,
      authorName: true,
      authorUserId: true,
      byAdvisor: true,
      publishedAt: true,
      version: true,
      section: { select: { stocktake: { select: { id: true, title: true } } } },
    },
  });
  // A draft of the other side is not theirs to see, so it does not exist for them.
  if (!finding || !findingVisible(finding, isAdvisor(caller.scope))) throw new NotFoundError(FINDING_GONE);
  requireRecorder(caller);
  if (finding.publishedAt) throw new ConflictError(`“${finding.heading}” was published on ${formatUkDate(finding.publishedAt)}, so it cannot be changed.`);
  if (!mayEditFinding(caller.scope, caller.actor.userId, finding)) {
    const who = finding.byAdvisor ? "only they" : "only they, or the programme office,";
    throw new ForbiddenError(`“${finding.heading}” is ${finding.authorName}’s draft: ${who} can change it before it is published.`);
  }
  return finding;
}

/** Whose draft it was, for the audit, when the caller is not its author (the programme office editing a member's). */
const recordedBy = (finding: { authorName: string; authorUserId: string | null }, caller: Caller) =>
  finding.authorUserId !== null && finding.authorUserId === caller.actor.userId ? undefined : finding.authorName;

/**
 * A key finding or next step for one section of a published pack, as the
 * advisors give them (the letter's "Key findings" and "Next steps" per area).
 * A draft until published: an advisor's are seen by the advisors only.
 */
export const recordFinding = mutation(async (tx, partnershipId, caller: Caller, input: RecordFindingInput) => {
  const section = await requireSection(tx, partnershipId, input.sectionId);
  requireRecorder(caller);
  requirePublished(section.stocktake);
  const last = await tx.advisorFinding.findFirst({
    where: { partnershipId, stocktakeSectionId: section.id, kind: input.kind },
    orderBy: { position: "desc" },
    select: { position: true },
  });
  const finding = await tx.advisorFinding.create({
    data: {
      partnershipId,
      stocktakeSectionId: section.id,
      kind: input.kind,
      heading: input.heading,
      text: input.text,
      position: (last?.position ?? -1) + 1,
      authorName: caller.actor.name,
      authorUserId: caller.actor.userId,
      byAdvisor: isAdvisor(caller.scope),
    },
    select: { id: true },
  });
  return {
    result: { findingId: finding.id, stocktakeId: section.stocktake.id },
    audit: {
      kind: "AdvisorFinding",
      verb: "create",
      entityId: finding.id,
      after: {
        stocktake: section.stocktake.title,
        stocktakeId: section.stocktake.id,
        section: section.priorityArea?.code ?? section.key,
        kind: input.kind,
        heading: input.heading,
      },
    },
  };
});

export const updateFinding = mutation(async (tx, partnershipId, caller: Caller, input: UpdateFindingInput) => {
  const finding = await ownDraft(tx, partnershipId, caller, input.findingId);
  const saved = await tx.advisorFinding.updateMany({
    where: { id: finding.id, partnershipId, version: input.version, publishedAt: null },
    data: { kind: input.kind, heading: input.heading, text: input.text, editedByName: caller.actor.name, version: { increment: 1 } },
  });
  if (saved.count === 0) throw staleError(`“${finding.heading}”`);
  return {
    result: { findingId: finding.id },
    audit: {
      kind: "AdvisorFinding",
      verb: "update",
      entityId: finding.id,
      before: { kind: finding.kind, heading: finding.heading, recordedBy: recordedBy(finding, caller) },
      after: { kind: input.kind, heading: input.heading, stocktakeId: finding.section.stocktake.id },
    },
  };
});

export const deleteFinding = mutation(async (tx, partnershipId, caller: Caller, input: DeleteFindingInput) => {
  const finding = await ownDraft(tx, partnershipId, caller, input.findingId);
  const gone = await tx.advisorFinding.deleteMany({ where: { id: finding.id, partnershipId, version: input.version, publishedAt: null } });
  if (gone.count === 0) throw staleError(`“${finding.heading}”`);
  return {
    result: { findingId: finding.id },
    audit: {
      kind: "AdvisorFinding",
      verb: "delete",
      entityId: finding.id,
      before: {
        kind: finding.kind,
        heading: finding.heading,
        stocktake: finding.section.stocktake.title,
        stocktakeId: finding.section.stocktake.id,
        recordedBy: recordedBy(finding, caller),
      },
    },
  };
});

/**
 * Publishes the draft findings on a stocktake that the caller may publish
 * (their own; the programme office, all of the partnership's), and the date
 * of the next review if given (an advisor's to give, after the review and
 * within two years of it): from then on the partnership sees them, and the
 * next stocktake must respond to each next step.
 */
export const publishFindings = mutation(async (tx, partnershipId, caller: Caller, input: PublishFindingsInput) => {
  const stocktake = await requireStocktake(tx, partnershipId, input.stocktakeId);
  requireRecorder(caller);
  requirePublished(stocktake);
  if (input.nextReview) {
    // The advisors give the next review with their findings; nothing is published when it is refused.
    if (!mayGiveNextReview(caller.scope))
      throw new ForbiddenError("The next review is the advisors’ to give, with their findings: publish yours without it, and the DfE and NHS England advisors give the date.");
    const problem = nextReviewProblem(input.nextReview.date, stocktake);
    if (problem) throw fieldError("nextReview", problem);
  }
  const byAdvisor = isAdvisor(caller.scope);
  const at = now();
  const drafts = await tx.advisorFinding.findMany({
    where: { partnershipId, byAdvisor, publishedAt: null, section: { partnershipId, stocktakeId: stocktake.id } },
    select: { id: true, byAdvisor: true, publishedAt: true, authorUserId: true },
  });
  const theirs = drafts.filter((f) => mayEditFinding(caller.scope, caller.actor.userId, f)).map((f) => f.id);
  const published = await tx.advisorFinding.updateMany({
    where: { id: { in: theirs }, partnershipId, publishedAt: null },
    data: { publishedAt: at, publishedByName: caller.actor.name, version: { increment: 1 } },
  });
  if (published.count === 0 && !input.nextReview)
    throw new ConflictError(`You have no draft findings to publish on this stocktake${mayGiveNextReview(caller.scope) ? ", and no next review was given" : ""}.`);
  if (input.nextReview) {
    await tx.stocktake.updateMany({ where: { id: stocktake.id, partnershipId }, data: { nextReviewDate: input.nextReview.date, nextReviewMonthOnly: input.nextReview.monthOnly } });
  }
  return {
    result: { stocktakeId: stocktake.id, published: published.count },
    audit: {
      kind: "Stocktake",
      verb: "publish findings",
      entityId: stocktake.id,
      after: {
        stocktake: stocktake.title,
        findings: published.count,
        byAdvisor,
        nextReview: input.nextReview ? { date: input.nextReview.date, monthOnly: input.nextReview.monthOnly } : null,
      },
    },
  };
});
