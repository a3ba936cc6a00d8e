// What a member sees of the highlight reports: the index of areas by month
// and what they owe, one area's report for one month (a submitted version, or
// the lead's draft drawn live) with its comparison with last month's, the
// lead's editor, and a submitted version's PDF. Reads through the queries,
// decides with access.ts and the pure rules; pages stay thin.
import "server-only";
import type { MemberContext } from "@/lib/auth/guards";
import { mayOpenAreaReport, mayReadSubmittedReports, mayReviewReports, mayWriteReport } from "./access";
import { compareReports, type ReportComparison } from "./compare";
import { awaitsBoard, isEditable, owedVerb, reportsOnPeriod, reportsOwed, STATE_LABELS } from "./compute";
import { drawReport, writtenOf } from "./document";
import { ordinal, parseIsoDate } from "@/lib/dates/format";
import { isOpenPeriod, monthOf, owedPeriod, parsePeriodKey, periodKey, periodLabel, reportDueDate, shiftMonth } from "./period";
import { reportEditPath, reportPath, reportPdfPath, reportsPath, reportVersionPath } from "./paths";
import { getAreaReport, getPreviousSubmission, getReportSource, getReportsOverview, getSubmissionSnapshot, type AreaReport } from "./queries";
import { parseHighlightReportSnapshot, type ReportDocument } from "./snapshot";

/** Months the index shows side by side, newest first. */
const INDEX_MONTHS = 6;

/** What the lead does next with a report that is owed: write it, finish the draft, or revise what the board returned. */

/**
 * The reports index: each top-level area's reports for the last six months
 * (a draft only to those who write it: to others it is "not submitted"),
 * and the reports this member owes for last month. Null (a 404) for a
 * member who neither writes nor reads reports.
 */
export async function getReportsIndex(member: MemberContext, today: Date) {
  const current = monthOf(today);
  const months = Array.from({ length: INDEX_MONTHS }, (_, i) => shiftMonth(current, -i));
  const overview = await getReportsOverview(member.partnershipId, months.at(-1)!, current);
  const writes = (areaId: string) => mayWriteReport(member.scope, areaId);
  const writesAny = overview?.areas.some((a) => writes(a.areaId)) ?? false;
  if (!overview || (!writesAny && !mayReadSubmittedReports(member.scope))) return null;
  const slug = member.partnership.slug;
  const owed = owedPeriod(today);
  const mine = reportsOwed(
    overview.areas.filter((a) => writes(a.areaId)).map((a) => ({ ...a, report: a.reports.find((r) => r.period.getTime() === owed.getTime()) ?? null })),
    owed,
    overview.dueDay,
    today,
  );
  return {
    dueDay: ordinal(overview.dueDay),
    owed: { month: periodLabel(owed), dueDate: reportDueDate(owed, overview.dueDay) },
    writesAny,
    mine: mine.map((o) => ({ areaId: o.areaId, code: o.code, verb: owedVerb(o.report), href: reportEditPath(slug, o.code, owed), dueDate: o.dueDate, overdue: o.overdue })),
    illustrative: overview.areas.some((a) => a.reports.some((r) => r.illustrative)),
    months: months.map((m) => ({ key: periodKey(m), label: periodLabel(m) })),
    areas: overview.areas.map((area) => ({
      areaId: area.areaId,
      code: area.code,
      title: area.title,
      leads: area.leads,
      cells: months.map((m) => {
        const report = area.reports.find((r) => r.period.getTime() === m.getTime()) ?? null;
        const own = writes(area.areaId);
        return {
          key: periodKey(m),
          label: periodLabel(m),
          // Others read submitted reports only: a draft is "not submitted" to them.
          href: own || (report?.submissions ?? 0) > 0 ? reportPath(slug, area.code, m) : null,
          state: report && (own || report.state !== "DRAFT") ? report.state : null,
          illustrative: report?.illustrative ?? false,
          empty: m.getTime() === current.getTime() ? "Not due yet" : reportsOnPeriod(area, m) ? "Not submitted" : "Not in the plan yet",
        };
      }),
    })),
  };
}

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
  if (!mayOpenAreaReport(member.scope, found.area.id)) return null;
  const mayWrite = mayWriteReport(member.scope, found.area.id);
  const page = { ...found, mayWrite, mayReview: mayReviewReports(member.scope) };
  const submissions = found.report?.submissions ?? [];
  const number = version ?? (mayWrite && isEditable(found.report?.state ?? null) ? null : (submissions[0]?.number ?? null));

  if (number !== null) {
    if (!submissions.some((s) => s.number === number) || !found.report) return null;
    const [row, previous] = await Promise.all([
      getSubmissionSnapshot(member.partnershipId, found.report.id, number),
      previousDocument(member.partnershipId, found.area.id, period),
    ]);
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

/** The month a route names ("2026-10"), and the version its query asks for; null for anything else (a 404). */
function routeParams(key: string, version?: string): { period: Date; version: number | null } | null {
  const period = parsePeriodKey(key);
  const number = version === undefined ? null : Number(version);
  return period && (number === null || (Number.isInteger(number) && number > 0)) ? { period, version: number } : null;
}

/** What the report's page shows around the document, decided here: the links, what this member may do now, the due day. */
function pageModel(member: MemberContext, page: ReportPage, period: Date) {
  const slug = member.partnership.slug;
  const { report, shown } = page;
  const state = report?.state ?? null;
  const code = page.area.code;
  return {
    ...page,
    title: `${code} highlight report, ${periodLabel(period)}`,
    month: periodLabel(period),
    state,
    dueDate: reportDueDate(period, page.dueDay),
    /** The lead may write now: the report can still be edited. */
    mayEdit: page.mayWrite && isEditable(state),
    editLabel: report ? (state === "RETURNED" ? "Revise and resubmit" : "Edit the draft") : "Write the report",
    /** The board may note or return what it is reading: the latest version, awaiting it. */
    mayReviewNow: page.mayReview && awaitsBoard(state) && (shown?.latest ?? false) && report !== null,
    latest: report?.submissions[0] ?? null,
    versions: (report?.submissions ?? []).map((s) => ({ ...s, href: reportVersionPath(slug, code, period, s.number) })),
    links: {
      index: reportsPath(slug),
      self: reportPath(slug, code, period),
      edit: page.mayWrite ? reportEditPath(slug, code, period) : null,
      pdf: shown?.number ? reportPdfPath(slug, code, period, shown.number) : null,
    },
  };
}

/** The report page for a route's area, month and version (null: a 404). */
export async function getReportPageFor(member: MemberContext, area: string, key: string, version: string | undefined, today: Date) {
  const params = routeParams(key, version);
  if (!params) return null;
  const page = await getReportPage(member, area, params.period, today, params.version);
  return page ? pageModel(member, page, params.period) : null;
}

/**
 * The lead's editor for a route's area and month: null (a 404) unless the
 * month is open for writing and the member writes the area's reports. A
 * report that can no longer be edited says so instead of showing the form.
 */
export async function getReportEditor(member: MemberContext, area: string, key: string, today: Date) {
  const params = routeParams(key);
  if (!params || !isOpenPeriod(params.period, today)) return null;
  const page = await getReportPage(member, area, params.period, today, null);
  if (!page || !page.mayWrite) return null;
  const model = pageModel(member, page, params.period);
  const drawn = page.shown && page.shown.number === null ? page.shown : null;
  const editable = model.mayEdit ? drawn : null;
  return {
    ...model,
    periodKey: periodKey(params.period),
    stateWords: STATE_LABELS[model.state ?? "NONE"].toLowerCase(),
    drawn: editable,
    /** The month the report's "due next" section looks ahead to, in words. */
    nextMonth: editable ? periodLabel(parseIsoDate(editable.doc.prefill.dueNext.period)) : null,
  };
}

/** A submitted version's frozen snapshot for its PDF, for a member who may read it; null (a 404) otherwise. */
export async function getSubmissionForPdf(member: MemberContext, area: string, key: string, version: string | null) {
  const params = routeParams(key, version ?? undefined);
  if (!params?.version) return null;
  const found = await getAreaReport(member.partnershipId, area, params.period);
  if (!found?.report || !found.report.submissions.some((s) => s.number === params.version)) return null;
  if (!mayOpenAreaReport(member.scope, found.area.id)) return null;
  const row = await getSubmissionSnapshot(member.partnershipId, found.report.id, params.version);
  return row ? { reportId: found.report.id, snapshot: parseHighlightReportSnapshot(row.snapshot) } : null;
}

/** A submitted version's document and comparison, for the print view (ids from a signed path). */
export async function getSubmissionDocument(partnershipId: string, reportId: string, number: number) {
  const row = await getSubmissionSnapshot(partnershipId, reportId, number);
  if (!row) return null;
  const doc = parseHighlightReportSnapshot(row.snapshot);
  const previous = await previousDocument(partnershipId, row.report.priorityAreaId, row.report.period);
  return { doc, comparison: compareReports(doc, previous, doc.labels), outcome: row.outcome, reportState: row.report.state };
}
