import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportDocument } from "@/components/reports/report-document";
import { ReportHeading, ReportVersions, ReturnedNotice } from "@/components/reports/report-page-parts";
import { ReviewReportForm } from "@/components/reports/review-report-form";
import { SuccessNotice } from "@/components/ui/success-notice";
import { requireMembership } from "@/lib/auth/guards";
import * as clock from "@/lib/clock";
import { awaitsBoard, isEditable } from "@/lib/reports/compute";
import { parsePeriodKey, periodLabel, reportDueDate } from "@/lib/reports/period";
import { reportPath, reportPdfPath, reportsPath } from "@/lib/reports/paths";
import { getReportPage } from "@/lib/reports/view";
import { formatUkDate } from "@/lib/dates/format";

type Params = { slug: string; area: string; period: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { area, period } = await params;
  const month = parsePeriodKey(period);
  return { title: month ? `${decodeURIComponent(area)} highlight report, ${periodLabel(month)}` : "Highlight report" };
}

export default async function HighlightReportPage({ params, searchParams }: { params: Promise<Params>; searchParams: Promise<{ version?: string; submitted?: string; noted?: string; returned?: string }> }) {
  const [{ slug, area, period: key }, query] = await Promise.all([params, searchParams]);
  const member = await requireMembership(slug);
  const period = parsePeriodKey(key);
  const version = query.version === undefined ? null : Number(query.version);
  if (!period || (version !== null && !(Number.isInteger(version) && version > 0))) notFound();
  const page = await getReportPage(member, decodeURIComponent(area), period, clock.today(), version);
  if (!page) notFound();

  const { report, shown } = page;
  const state = report?.state ?? null;
  const month = periodLabel(period);
  const title = `${page.area.code} highlight report, ${month}`;
  const self = reportPath(slug, page.area.code, period);
  const latest = report?.submissions[0];
  return (
    <div className="space-y-6">
      {query.submitted && shown?.number ? <SuccessNotice key="submitted">Submitted to the board as version {shown.number}. The tables are now frozen as they stood today.</SuccessNotice> : null}
      {query.noted && state === "NOTED" ? <SuccessNotice key="noted">Report noted. The lead can see the board’s answer.</SuccessNotice> : null}
      {query.returned && state === "RETURNED" ? <SuccessNotice key="returned">Report returned to the lead with your comment.</SuccessNotice> : null}
      <nav aria-label="Breadcrumb" className="no-print text-sm">
        <Link href={reportsPath(slug)} className="text-blue-800 underline underline-offset-2">
          Highlight reports
        </Link>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">{title}</span>
      </nav>
      <ReportHeading title={title} area={page.area} state={state} shownNumber={shown?.number ?? null} latestNumber={latest?.number ?? null} />

      {state === "RETURNED" && latest ? <ReturnedNotice submission={latest} editHref={page.mayWrite ? `${self}/edit` : null} /> : null}

      <div className="no-print flex flex-wrap gap-3">
        {page.mayWrite && isEditable(state) ? (
          <Link href={`${self}/edit`} className="rounded-md bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
            {report ? (state === "RETURNED" ? "Revise and resubmit" : "Edit the draft") : "Write the report"}
          </Link>
        ) : null}
        {shown?.number ? (
          <a href={reportPdfPath(slug, page.area.code, period, shown.number)} className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium text-slate-900 hover:bg-slate-100">
            Download PDF<span className="sr-only"> of version {shown.number}</span>
          </a>
        ) : null}
      </div>

      {page.mayReview && awaitsBoard(state) && shown?.latest && report ? (
        <section aria-labelledby="review-heading" className="no-print rounded-lg border border-blue-800 bg-white p-5 shadow-sm">
          <h2 id="review-heading" className="text-lg font-semibold">
            For the board: note or return
          </h2>
          <div className="mt-3 max-w-2xl">
            <ReviewReportForm slug={slug} reportId={report.id} version={report.version} title={title} />
          </div>
        </section>
      ) : null}

      {shown ? (
        <article aria-label={title} className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <ReportDocument doc={shown.doc} comparison={shown.comparison} />
        </article>
      ) : (
        <p className="rounded-md border border-slate-300 bg-white p-4 text-slate-900">
          Not submitted yet. The {month} report is due by {formatUkDate(reportDueDate(period, page.dueDay))}; it can be read here once the lead submits it.
        </p>
      )}

      {report && report.submissions.length ? <ReportVersions base={self} submissions={report.submissions} shown={shown?.number ?? null} /> : null}
    </div>
  );
}
