import "server-only";
// The highlight reports as a spreadsheet: one row per area and month that
// has gone to the board, as the board read it (the latest submission), with
// the board's outcome. For those who may open the reports index, who may
// open any submitted report; drafts stay with their writers.
import type { MemberContext } from "@/lib/auth/guards";
import { toIsoDate } from "@/lib/dates/format";
import type { Register } from "@/lib/exports/register";
import { STATE_LABELS } from "./compute";
import { periodLabel } from "./period";
import { listSubmittedReports } from "./queries";
import { parseHighlightReportSnapshot, type HighlightReportSnapshot } from "./snapshot";
import { getReportsIndex } from "./view";

type Report = Awaited<ReturnType<typeof listSubmittedReports>>[number];
type Row = { report: Report; submission: Report["submissions"][number]; snapshot: HighlightReportSnapshot };

export async function highlightReportRegister(member: MemberContext, _params: URLSearchParams, today: Date): Promise<Register<Row> | null> {
  // The download answers exactly whom the reports index answers.
  if (!(await getReportsIndex(member, today))) return null;
  const reports = await listSubmittedReports(member.partnershipId);
  const rows = reports.map((report) => {
    const submission = report.submissions[0]!;
    return { report, submission, snapshot: parseHighlightReportSnapshot(submission.snapshot) };
  });
  const written = (r: Row) => r.snapshot.written;
  return {
    title: `Highlight reports — ${member.partnership.name}`,
    filename: `${member.partnership.slug}-highlight-reports-${toIsoDate(today)}`,
    filters: [],
    asAt: today,
    rows,
    columns: [
      { header: "Priority area", value: (r) => r.report.priorityArea.code, width: 10 },
      { header: "Area title", value: (r) => r.report.priorityArea.title, width: 40 },
      { header: "Month", value: (r) => periodLabel(r.report.period), width: 16 },
      { header: "State", value: (r) => STATE_LABELS[r.report.state], width: 18 },
      { header: "Version", value: (r) => r.submission.number, width: 8 },
      { header: "Submitted by", value: (r) => r.submission.submittedByName, width: 24 },
      { header: "Submitted on", value: (r) => r.submission.submittedAt, width: 16 },
      // The status in the words the partnership used when the report was drawn.
      { header: "Overall status", value: (r) => (written(r).overallStatus ? r.snapshot.labels[written(r).overallStatus!] : null), width: 22 },
      { header: "Why the status differs from the suggestion", value: (r) => written(r).statusReason, width: 40 },
      { header: "Summary", value: (r) => written(r).summary, width: 60 },
      { header: "Achievements", value: (r) => written(r).achievements, width: 60 },
      { header: "Next period", value: (r) => written(r).nextPeriod, width: 60 },
      { header: "Risks and issues", value: (r) => written(r).risksAndIssues, width: 60 },
      { header: "Decisions needed", value: (r) => written(r).decisionsNeeded, width: 60 },
      { header: "Impact on children and families", value: (r) => written(r).impactOnFamilies, width: 60 },
      { header: "Board outcome", value: (r) => (r.submission.outcome ? STATE_LABELS[r.submission.outcome] : "Awaiting the board"), width: 18 },
      { header: "Board comment", value: (r) => r.submission.outcomeComment, width: 40 },
      { header: "Decided by", value: (r) => r.submission.decidedByName, width: 24 },
      { header: "Decided on", value: (r) => r.submission.decidedAt, width: 16 },
      { header: "Source", value: (r) => r.snapshot.provenance, width: 40 },
    ],
  };
}
