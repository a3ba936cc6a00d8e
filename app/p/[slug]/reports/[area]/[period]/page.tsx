import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportDocument } from "@/components/reports/report-document";
import { ReportHeading, ReportVersions, ReturnedNotice } from "@/components/reports/report-page-parts";
import { ReviewReportForm } from "@/components/reports/review-report-form";
import { SuccessNotice } from "@/components/ui/success-notice";
import { requireMembership } from "@/lib/auth/guards";
import * as clock from "@/lib/clock";
import { formatUkDate } from "@/lib/dates/format";
import { parsePeriodKey, periodLabel } from "@/lib/reports/period";
import { getReportPageFor } from "@/lib/reports/view";

type Params = { slug: string; area: string; period: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { area, period } = await params;
  const month = parsePeriodKey(period);
  return { title: month ? `${area} highlight report, ${periodLabel(month)}` : "Highlight report" };
}

export default async function HighlightReportPage({
  params,
  searchParams,
}: {
  params: Promise<Params>;
  searchParams: Promise<{ version?: string; submitted?: string; noted?: string; returned?: string }>;
}) {
  const [{ slug, area, period }, query] = await Promise.all([params, searchParams]);
  const member = await requireMembership(slug);
  const page = await getReportPageFor(member, area, period, query.version, clock.today());
  if (!page) notFound();
  const { report, shown, state, title, latest, links } = page;
  return (
    <div className="space-y-6">
      {query.submitted && shown?.number ? (
        <SuccessNotice key="submitted">Submitted to the board as version {shown.number}. The tables are now frozen as they stood today.</SuccessNotice>
      ) : null}
      {query.noted && state === "NOTED" ? <SuccessNotice key="noted">Report noted. The lead can see the board’s answer.</SuccessNotice> : null}
      {query.returned && state === "RETURNED" ? <SuccessNotice key="returned">Report returned to the lead with your comment.</SuccessNotice> : null}
      <nav aria-label="Breadcrumb" className="no-print text-sm">
        <Link prefetch={false} href={links.index} className="text-blue-800 underline underline-offset-2">
          Highlight reports
        </Link>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">{title}</span>
      </nav>
      <ReportHeading title={title} area={page.area} state={state} shownNumber={shown?.number ?? null} latestNumber={latest?.number ?? null} />

      {state === "RETURNED" && latest ? <ReturnedNotice submission={latest} editHref={links.edit} /> : null}

      <div className="no-print flex flex-wrap gap-3">
        {page.mayEdit && links.edit ? (
          <Link prefetch={false} href={links.edit} className="rounded-md bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
            {page.editLabel}
          </Link>
        ) : null}
        {shown?.number && links.pdf ? (
          <a href={links.pdf} className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium text-slate-900 hover:bg-slate-100">
            Download PDF<span className="sr-only"> of version {shown.number}</span>
          </a>
        ) : null}
      </div>

      {page.mayReviewNow && report ? (
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
        <article aria-label={title} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
          <ReportDocument doc={shown.doc} comparison={shown.comparison} />
        </article>
      ) : (
        <p className="rounded-md border border-slate-300 bg-white p-4 text-slate-900">
          Not submitted yet. The {page.month} report is due by {formatUkDate(page.dueDate)}; it can be read here once the lead submits it.
        </p>
      )}

      {page.versions.length ? <ReportVersions submissions={page.versions} shown={shown?.number ?? null} /> : null}
    </div>
  );
}
