// What a member sees of one area's report for one month: which document
// (a submitted version, or the lead's draft drawn live) and its comparison
// with last month's report. Reads through the queries, decides with the
// permission table; pages stay thin.
import "server-only";
import type { MemberContext } from "@/lib/auth/guards";
import { mayReadSubmittedReports, mayReviewReports, mayWriteReport } from "./access";
import { compareReports, type ReportComparison } from "./compare";
import { isEditable } from "./compute";
import { drawReport, writtenOf } from "./document";
import { getAreaReport, getPreviousSubmission, getReportSource, getSubmissionSnapshot, type AreaReport } from "./queries";
import { parseHighlightReportSnapshot, type ReportDocument } from "./snapshot";

export type ReportPage = AreaReport & {
  mayWrite: boolean;
  mayReview: boolean;
  /** The document shown, or null when there is nothing this member may read yet. */
  shown: { doc: ReportDocument; comparison: ReportComparison; number: number | null; latest: boolean } | null;
};

async function previousDocument(partnershipId: string, areaId: string, period: Date) {
  const previous = await getPreviousSubmission(partnershipId, areaId, period);
  return previous ? parseHighlightReportSnapshot(previous.snapshot) : null;
}

/**
 * The report page's model, or null for a 404: no such area or month, a
 * version that does not exist, or a member who may read no reports at all.
 * `version` picks a submitted version; without it a writer sees the working
 * copy while it can be edited, and everyone else the latest submission.
 */
export async function getReportPage(member: MemberContext, areaCode: string, period: Date, today: Date, version: number | null): Promise<ReportPage | null> {
  const found = await getAreaReport(member.partnershipId, areaCode, period);
  if (!found) return null;
  const mayWrite = mayWriteReport(member.scope, found.area.id);
  if (!mayWrite && !mayReadSubmittedReports(member.scope)) return null;
  const page = { ...found, mayWrite, mayReview: mayReviewReports(member.scope) };
  const submissions = found.report?.submissions ?? [];
  const number = version ?? (mayWrite && isEditable(found.report?.state ?? null) ? null : (submissions[0]?.number ?? null));

  if (number !== null) {
    if (!submissions.some((s) => s.number === number) || !found.report) return null;
    const [row, previous] = await Promise.all([getSubmissionSnapshot(member.partnershipId, found.report.id, number), previousDocument(member.partnershipId, found.area.id, period)]);
    if (!row) return null;
    const doc = parseHighlightReportSnapshot(row.snapshot);
    return { ...page, shown: { doc, comparison: compareReports(doc, previous, doc.labels), number, latest: number === submissions[0]?.number } };
  }
  if (!mayWrite) return { ...page, shown: null };
  const [loaded, previous] = await Promise.all([getReportSource(member.partnershipId, found.area.id), previousDocument(member.partnershipId, found.area.id, period)]);
  if (!loaded) return null;
  const doc = drawReport(loaded, period, today, writtenOf(found.report), found.report?.provenance ?? null);
  return { ...page, shown: { doc, comparison: compareReports(doc, previous, doc.labels), number: null, latest: true } };
}

/** A submitted version's document and comparison, for the print view (ids from a signed path). */
export async function getSubmissionDocument(partnershipId: string, reportId: string, number: number) {
  const row = await getSubmissionSnapshot(partnershipId, reportId, number);
  if (!row) return null;
  const doc = parseHighlightReportSnapshot(row.snapshot);
  const previous = await previousDocument(partnershipId, row.report.priorityAreaId, row.report.period);
  return { doc, comparison: compareReports(doc, previous, doc.labels), outcome: row.outcome, reportState: row.report.state };
}
