import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { mutation, type AuditEntry } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import { now, today } from "@/lib/clock";
import { ConflictError, CORRECT_FIELDS, ForbiddenError, NotFoundError, staleError, ValidationError } from "@/lib/errors";
import { mayReviewReports, mayWriteReport } from "./access";
import { STATE_LABELS, stateAfter, submissionProblems } from "./compute";
import { drawReport, freezeReport, writtenOf } from "./document";
import { isOpenPeriod, periodLabel } from "./period";
import { getReportSource } from "./queries";
import type { ReviewHighlightReportInput, SaveHighlightReportInput } from "./schema";

const GONE = "That highlight report no longer exists, or you do not have access to it.";

/**
 * Saves the lead's working copy of an area's report for a month (creating it
 * on the first save), and with intent "submit" sends it to the board: the
 * document is drawn from live data inside this transaction and frozen as the
 * next numbered submission. The priority lead writes for the areas they lead,
 * the programme office for all (DESIGN §4).
 */
export const saveHighlightReport = mutation(
  async (tx, partnershipId, caller: Caller, input: SaveHighlightReportInput) => {
    const area = await tx.priorityArea.findFirst({ where: { id: input.areaId, partnershipId, archivedAt: null, parentId: null }, select: { id: true, code: true } });
    if (!area) throw new NotFoundError("That priority area no longer exists, or you do not have access to it.");
    if (!mayWriteReport(caller.scope, area.id)) {
      throw new ForbiddenError(`You can write highlight reports only for the priority areas you lead; ${area.code} is not one of them.`);
    }
    const day = today();
    const month = periodLabel(input.period);
    if (!isOpenPeriod(input.period, day)) throw new ValidationError(`Reports can be written for this month and the twelve before it, not for ${month}.`);

    const existing = await tx.highlightReport.findFirst({
      where: { partnershipId, priorityAreaId: area.id, period: input.period },
      select: { id: true, state: true, version: true, provenance: true, _count: { select: { submissions: true } } },
    });
    const what = `the ${area.code} report for ${month}`;
    if (existing ? existing.version !== input.version : input.version !== 0) throw staleError(what);
    const state = existing?.state ?? null;
    const next = stateAfter(state, input.intent);
    if (!next) throw new ConflictError(`${what[0]!.toUpperCase()}${what.slice(1)} is ${STATE_LABELS[state!].toLowerCase()}, so it cannot be changed. Reload the page to see it.`);

    const written = {
      overallStatus: input.overallStatus ?? null,
      statusReason: input.statusReason ?? null,
      commentary: input.summary ?? null,
      achievements: input.achievements ?? null,
      plannedNext: input.nextPeriod ?? null,
      risksAndIssues: input.risksAndIssues ?? null,
      decisionsNeeded: input.decisionsNeeded ?? null,
      impactOnFamilies: input.impactOnFamilies ?? null,
    };
    let report: { id: string; version: number };
    if (existing) {
      const saved = await tx.highlightReport.updateMany({
        where: { id: existing.id, partnershipId, version: existing.version },
        data: { ...written, state: next, authorName: caller.actor.name, version: { increment: 1 } },
      });
      if (saved.count === 0) throw staleError(what);
      report = { id: existing.id, version: existing.version + 1 };
    } else {
      report = await tx.highlightReport.create({
        data: { partnershipId, priorityAreaId: area.id, period: input.period, ...written, state: next, authorName: caller.actor.name },
        select: { id: true, version: true },
      });
    }

    let submission: number | null = null;
    if (input.intent === "submit") {
      const loaded = await getReportSource(partnershipId, area.id, tx);
      if (!loaded) throw new NotFoundError(GONE);
      const document = drawReport(loaded, input.period, day, writtenOf(written), existing?.provenance ?? null);
      // The reason rule needs the suggested roll-up, drawn here; a refusal rolls the whole save back.
      const problems = submissionProblems(document.written, document.prefill.suggested.status, loaded.labels);
      if (Object.keys(problems).length) throw new ValidationError(CORRECT_FIELDS, problems);
      submission = (existing?._count.submissions ?? 0) + 1;
      const submittedAt = now();
      const snapshot = freezeReport(document, { number: submission, submittedAt: submittedAt.toISOString(), submittedBy: caller.actor.name });
      await tx.highlightReportSubmission.create({
        data: {
          partnershipId,
          reportId: report.id,
          number: submission,
          snapshot: snapshot as unknown as Prisma.InputJsonValue,
          submittedAt,
          submittedByName: caller.actor.name,
          submittedById: caller.actor.userId,
        },
      });
    }
    const saved = { area: area.code, period: input.period, state: next, overallStatus: written.overallStatus };
    const audit: AuditEntry = submission
      ? { kind: "HighlightReport", verb: "submit", entityId: report.id, before: existing ? { state: existing.state } : undefined, after: { ...saved, submission } }
      : existing
        ? { kind: "HighlightReport", verb: "update", entityId: report.id, before: { state: existing.state }, after: saved }
        : { kind: "HighlightReport", verb: "create", entityId: report.id, after: saved };
    return {
      result: { reportId: report.id, version: report.version, state: next, submission, areaCode: area.code },
      audit,
    };
  },
  // Two first saves racing past the existence check: the unique (area, month) index refuses the second.
  {
    duplicate: () =>
      new ValidationError("Someone else started this report at the same moment, so your change was not saved. Reload the page to see their version, then make your change again."),
  },
);

/**
 * The board's answer to a submitted report: noted, or returned to the lead
 * with a comment saying what to change. Recorded on the submission it
 * answers, so every version keeps its own outcome.
 */
export const reviewHighlightReport = mutation(async (tx, partnershipId, caller: Caller, input: ReviewHighlightReportInput) => {
  const report = await tx.highlightReport.findFirst({
    where: { id: input.reportId, partnershipId },
    select: {
      id: true,
      state: true,
      version: true,
      period: true,
      priorityArea: { select: { code: true } },
      submissions: { where: { partnershipId }, orderBy: { number: "desc" }, take: 1, select: { id: true, number: true } },
    },
  });
  if (!report) throw new NotFoundError(GONE);
  if (!mayReviewReports(caller.scope)) throw new ForbiddenError("Only the board and the programme office note or return highlight reports.");
  const what = `the ${report.priorityArea.code} report for ${periodLabel(report.period)}`;
  if (report.version !== input.version) throw staleError(what);
  const next = stateAfter(report.state, input.decision === "NOTED" ? "note" : "return");
  const latest = report.submissions[0];
  if (!next || !latest)
    throw new ConflictError(
      `${what[0]!.toUpperCase()}${what.slice(1)} is ${STATE_LABELS[report.state].toLowerCase()}: there is nothing awaiting the board. Reload the page to see it.`,
    );
  await tx.highlightReportSubmission.updateMany({
    where: { id: latest.id, partnershipId },
    data: { outcome: next, outcomeComment: input.comment ?? null, decidedByName: caller.actor.name, decidedById: caller.actor.userId, decidedAt: now() },
  });
  const saved = await tx.highlightReport.updateMany({ where: { id: report.id, partnershipId, version: input.version }, data: { state: next, version: { increment: 1 } } });
  if (saved.count === 0) throw staleError(what);
  return {
    result: { reportId: report.id, state: next, areaCode: report.priorityArea.code, period: report.period },
    audit: {
      kind: "HighlightReport",
      verb: next === "NOTED" ? "note" : "return",
      entityId: report.id,
      before: { state: report.state },
      after: { area: report.priorityArea.code, period: report.period, state: next, submission: latest.number, comment: input.comment ?? null },
    },
  };
});
