// The rules of a stocktake's life, as pure functions: what a draft needs
// before it can be published, who sees which findings, which next steps are
// still open, and the period a new stocktake covers. No I/O; "today" is an
// argument.
import { addDays, addMonths } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import { daysBetween, formatUkDate, formatUkMonth } from "@/lib/dates/format";
import { ConflictError } from "@/lib/errors";
import type { PackDocument, SectionWritten } from "../snapshot";

export const ONE_DRAFT = "There is already a stocktake in draft. Publish it or delete it before starting another.";
export const PUBLISHED = "This stocktake is published, so it cannot be changed. Its next steps are answered in the next stocktake.";

/** Drafts change; a published pack never does. */
export function requireDraft(stocktake: { state: string }) {
  if (stocktake.state !== "DRAFT") throw new ConflictError(PUBLISHED);
}

export type PublishProblem = {
  /** The section the problem is in: an area's code, "GOVERNANCE", "FAMILY_VOICE", or null for the stocktake itself. */
  section: string | null;
  message: string;
};

const blank = (text: string | null | undefined) => !text || text.trim() === "";

/**
 * What stops a draft being published. The notice asks for "a progress update
 * against each area of priority action, each area for improvement and DfE
 * recommendations", feedback from families and the governance in place
 * (Improvement Notice §10); and the last stocktake's next steps each need a
 * response, or the advisors cannot see what became of them.
 */
export function publishProblems(
  doc: Pick<PackDocument, "responses" | "reviewDate" | "summary"> & {
    areas: readonly Pick<PackDocument["areas"][number], "code" | "written">[];
    governance: { written: SectionWritten };
    families: { written: SectionWritten };
  },
): PublishProblem[] {
  const problems: PublishProblem[] = [];
  if (!doc.reviewDate) problems.push({ section: null, message: "Give the date of the review meeting with the DfE and NHS England." });
  if (blank(doc.summary)) problems.push({ section: null, message: "Write the covering summary of the period." });
  for (const area of doc.areas) {
    if (!area.written.status) problems.push({ section: area.code, message: `${area.code}: choose the area’s status.` });
    if (blank(area.written.progress)) problems.push({ section: area.code, message: `${area.code}: write the progress update.` });
  }
  if (blank(doc.governance.written.progress))
    problems.push({ section: "GOVERNANCE", message: "Governance and accountability: describe the arrangements and how they have worked." });
  if (blank(doc.families.written.progress))
    problems.push({ section: "FAMILY_VOICE", message: "The voice of families: say what families and young people have told you and what was done." });
  for (const step of doc.responses) {
    if (blank(step.response))
      problems.push({
        section: step.section,
        message: `Respond to the last stocktake’s next step “${step.heading}” (${step.section === "GOVERNANCE" ? "governance" : step.section}).`,
      });
  }
  return problems;
}

export type FindingVisibility = { byAdvisor: boolean; publishedAt: Date | null };

/**
 * Findings are seen by the side that recorded them until they are published:
 * an advisor's draft by the advisors attached to the partnership, the
 * partnership's record (a letter transcribed) by those of the partnership who
 * record findings. Once published, by everyone who reads published packs.
 */
export function findingVisible(finding: FindingVisibility, viewerIsAdvisor: boolean): boolean {
  return finding.publishedAt !== null || finding.byAdvisor === viewerIsAdvisor;
}

export type FindingCreditOf = { authorName: string; editedByName: string | null; publishedAt: Date | null; publishedByName: string | null };

/**
 * Who a finding is credited to, truthfully: its author; who edited it last,
 * when that was someone else (the programme office may edit the
 * partnership's drafts); when it was published, and by whom when that was
 * not its last writer. "Lee Lead (Head of SEND), edited by Ada Office
 * (Programme Manager), published 3 December 2026".
 */
export function findingCredit(f: FindingCreditOf): string {
  const lastWriter = f.editedByName ?? f.authorName;
  const edited = lastWriter === f.authorName ? "" : `, edited by ${lastWriter}`;
  const by = f.publishedByName && f.publishedByName !== lastWriter ? ` by ${f.publishedByName}` : "";
  return `${f.authorName}${edited}${f.publishedAt ? `, published ${formatUkDate(f.publishedAt)}${by}` : ""}`;
}

/**
 * The period a new stocktake covers: from the day after the last one's period
 * ended (or the improvement notice, or six months before today), for six
 * months, ending the day before the next review if the advisors have given
 * one.
 */
export function nextPeriod(
  previous: { periodEnd: Date; nextReviewDate: Date | null } | null,
  noticeDate: Date | null,
  today: Date,
): { start: Date; end: Date; reviewDate: Date | null } {
  const start = previous ? addDays(new UTCDate(previous.periodEnd), 1) : (noticeDate ?? addMonths(new UTCDate(today), -6));
  const review = previous?.nextReviewDate ?? null;
  const end = review && review.getTime() > start.getTime() ? addDays(new UTCDate(review), -1) : addDays(addMonths(new UTCDate(start), 6), -1);
  const day = (d: Date) => new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  return { start: day(new UTCDate(start)), end: day(new UTCDate(end)), reviewDate: review };
}

/** "Six-monthly stocktake, January 2026": named after the review, or the end of the period. */
export function defaultTitle(reviewDate: Date | null, periodEnd: Date): string {
  return `Six-monthly stocktake, ${formatUkMonth(reviewDate ?? periodEnd)}`;
}

/** How far ahead the next review may be given: stocktakes are six-monthly, and as a risk's review (lib/risks/rules.ts), one more than two years off is a slip. */
export const MAX_NEXT_REVIEW_AHEAD_DAYS = 731;

/**
 * What is wrong with the next review the advisors give, or null: it comes
 * after the review it follows (the stocktake's review meeting, or the end of
 * its period when no date was given) and within two years of it. A month
 * ("2027-01") counts from its first day.
 */
export function nextReviewProblem(next: Date, stocktake: { reviewDate: Date | null; periodEnd: Date }): string | null {
  const review = stocktake.reviewDate ?? stocktake.periodEnd;
  const days = daysBetween(review, next);
  if (days <= 0) return `Give a next review after the review of ${formatUkDate(review)}: a later month (${formatUkMonth(addMonths(new UTCDate(review), 1))}) or day.`;
  if (days > MAX_NEXT_REVIEW_AHEAD_DAYS) return `Give a next review within two years of the review of ${formatUkDate(review)}.`;
  return null;
}

/** The next review as the letter gives it: a month ("January 2026") or a day. */
export function nextReviewWords(date: Date | null, monthOnly: boolean): string | null {
  if (!date) return null;
  return monthOnly ? formatUkMonth(date) : formatUkDate(date);
}
