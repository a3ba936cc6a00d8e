import "server-only";
// A priority area's summary for the public page: its lead (or the programme
// office) drafts it and sends it for approval; the programme office approves
// it (the public page shows it from then on, with the area's status as of
// that day) or returns it with a comment. An area has at most one working
// copy at a time; a new draft after approval leaves the approved summary on
// the public page until the new one is itself approved.
import { mutation } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import { now, today } from "@/lib/clock";
import type { Tx } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, staleError } from "@/lib/errors";
import type { Status } from "@/lib/generated/prisma/enums";
import { rollupAsAt } from "@/lib/plan/as-at/compute";
import { getPlanRowsAsAt } from "@/lib/plan/as-at/queries";
import { DEFAULT_PLAN_SETTINGS } from "@/lib/plan/compute";
import { getPlanSettings } from "@/lib/plan/queries";
import { mayApproveSummaries, mayWriteSummary } from "../access";
import type { DecideSummaryInput, SaveSummaryInput } from "../schema";

const AREA_NOT_FOUND = "That priority area no longer exists, or you do not have access to it.";
const SUMMARY_NOT_FOUND = "That summary no longer exists, or you do not have access to it.";

async function requireArea(tx: Tx, partnershipId: string, areaId: string) {
  const area = await tx.priorityArea.findFirst({
    where: { id: areaId, partnershipId, archivedAt: null },
    select: { id: true, code: true, title: true, children: { where: { partnershipId, archivedAt: null }, select: { id: true } } },
  });
  if (!area) throw new NotFoundError(AREA_NOT_FOUND);
  return area;
}

/** The area's suggested status today, rolled up from its actions and KPIs (and those of the areas filed under it), as the dashboard computes it. */
async function statusNow(tx: Tx, partnershipId: string, area: { id: string; children: { id: string }[] }): Promise<Status> {
  const day = today();
  const [settings, rows] = await Promise.all([getPlanSettings(partnershipId, tx), getPlanRowsAsAt(partnershipId, [area.id, ...area.children.map((c) => c.id)], tx)]);
  const month = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1));
  return rollupAsAt({ settings: settings ?? DEFAULT_PLAN_SETTINGS, actions: rows.actions, kpis: rows.kpis }, month, day).status;
}

/**
 * Saves the area's working copy (creating it on the first save) and, when
 * asked, sends it for approval. A summary awaiting approval or approved is
 * not edited: the first waits for the programme office, the second is
 * followed by a new draft (its text to start from).
 */
export const saveSummary = mutation(async (tx, partnershipId, caller: Caller, input: SaveSummaryInput) => {
  const area = await requireArea(tx, partnershipId, input.areaId);
  if (!mayWriteSummary(caller.scope, area.id)) throw new ForbiddenError("You can write the public summaries only of the priority areas you lead.");
  const working = await tx.publicSummary.findFirst({
    where: { partnershipId, priorityAreaId: area.id, state: { not: "APPROVED" } },
    orderBy: { updatedAt: "desc" },
    select: { id: true, state: true, version: true },
  });
  const what = `the public summary of ${area.code}`;
  if (input.summaryId ? working?.id !== input.summaryId : working) throw staleError(what);
  if (working?.state === "SUBMITTED") throw new ConflictError(`The public summary of ${area.code} is waiting for the programme office’s approval, so it cannot be changed now.`);
  const text = { whatWeAreDoing: input.whatWeAreDoing, whatHasChanged: input.whatHasChanged, whatIsNext: input.whatIsNext };
  const submit = input.intent === "submit";
  const state = submit ? ("SUBMITTED" as const) : working ? undefined : ("DRAFT" as const);
  const data = {
    ...text,
    ...(state ? { state } : {}),
    ...(submit ? { submittedAt: now(), returnComment: null } : {}),
    authorMembershipId: caller.scope.membershipId,
    authorName: caller.actor.name,
  };
  let summary: { id: string; version: number };
  if (working) {
    if (working.version !== input.version) throw staleError(what);
    const saved = await tx.publicSummary.updateMany({
      where: { id: working.id, partnershipId, version: working.version, state: working.state },
      data: { ...data, version: { increment: 1 } },
    });
    if (saved.count === 0) throw staleError(what);
    summary = { id: working.id, version: working.version + 1 };
  } else {
    summary = await tx.publicSummary.create({ data: { partnershipId, priorityAreaId: area.id, state: "DRAFT", ...data }, select: { id: true, version: true } });
  }
  const after = { area: area.code, areaId: area.id, ...text };
  return {
    result: { summaryId: summary.id, version: summary.version, areaId: area.id, submitted: submit },
    audit: submit
      ? { kind: "PublicSummary", verb: "submit", entityId: summary.id, after }
      : working
        ? { kind: "PublicSummary", verb: "update", entityId: summary.id, after }
        : { kind: "PublicSummary", verb: "create", entityId: summary.id, after },
  };
});

/**
 * The programme office's answer to a summary sent for approval: approved
 * (the public page shows it, with the area's status today kept beside it),
 * or returned to its lead with what to change.
 */
export const decideSummary = mutation(async (tx, partnershipId, caller: Caller, input: DecideSummaryInput) => {
  const summary = await tx.publicSummary.findFirst({
    where: { id: input.summaryId, partnershipId, priorityArea: { partnershipId, archivedAt: null } },
    select: {
      id: true,
      state: true,
      version: true,
      priorityArea: { select: { id: true, code: true, title: true, children: { where: { partnershipId, archivedAt: null }, select: { id: true } } } },
    },
  });
  if (!summary) throw new NotFoundError(SUMMARY_NOT_FOUND);
  if (!mayApproveSummaries(caller.scope)) throw new ForbiddenError("Only the programme office approves what goes on the public page.");
  const area = summary.priorityArea;
  if (summary.state !== "SUBMITTED")
    throw new ConflictError(`The public summary of ${area.code} is not waiting for approval (it may have been decided already). Reload the page to see it.`);
  if (summary.version !== input.version) throw staleError(`the public summary of ${area.code}`);
  const where = { id: summary.id, partnershipId, version: summary.version, state: "SUBMITTED" as const };
  if (input.decision === "RETURN") {
    const comment = input.comment ?? "";
    const saved = await tx.publicSummary.updateMany({ where, data: { state: "RETURNED", returnComment: comment, version: { increment: 1 } } });
    if (saved.count === 0) throw staleError(`the public summary of ${area.code}`);
    return {
      result: { summaryId: summary.id, areaId: area.id, approved: false },
      audit: { kind: "PublicSummary", verb: "return", entityId: summary.id, after: { area: area.code, areaId: area.id, comment } },
    };
  }
  const status = await statusNow(tx, partnershipId, area);
  const approvedAt = now();
  const saved = await tx.publicSummary.updateMany({
    where,
    data: { state: "APPROVED", approvedAt, approvedByName: caller.actor.name, statusAtApproval: status, returnComment: null, version: { increment: 1 } },
  });
  if (saved.count === 0) throw staleError(`the public summary of ${area.code}`);
  return {
    result: { summaryId: summary.id, areaId: area.id, approved: true },
    audit: { kind: "PublicSummary", verb: "approve", entityId: summary.id, after: { area: area.code, areaId: area.id, status } },
  };
});
