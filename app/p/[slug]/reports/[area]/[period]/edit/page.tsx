import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HighlightReportForm } from "@/components/reports/highlight-report-form";
import { ReportDocument } from "@/components/reports/report-document";
import { ReturnedNotice } from "@/components/reports/report-page-parts";
import { requireMembership } from "@/lib/auth/guards";
import * as clock from "@/lib/clock";
import { formatUkDate, parseIsoDate } from "@/lib/dates/format";
import { isEditable, STATE_LABELS } from "@/lib/reports/compute";
import { isOpenPeriod, parsePeriodKey, periodKey, periodLabel, reportDueDate } from "@/lib/reports/period";
import { reportPath, reportsPath } from "@/lib/reports/paths";
import { getReportPage } from "@/lib/reports/view";

type Params = { slug: string; area: string; period: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { area, period } = await params;
  const month = parsePeriodKey(period);
  return { title: month ? `Write the ${decodeURIComponent(area)} highlight report, ${periodLabel(month)}` : "Highlight report" };
}

export default async function EditHighlightReportPage({ params }: { params: Promise<Params> }) {
  const { slug, area, period: key } = await params;
  const member = await requireMembership(slug);
  const period = parsePeriodKey(key);
  const today = clock.today();
  if (!period || !isOpenPeriod(period, today)) notFound();
  const page = await getReportPage(member, decodeURIComponent(area), period, today, null);
  if (!page || !page.mayWrite) notFound();

  const { report, shown } = page;
  const state = report?.state ?? null;
  const month = periodLabel(period);
  const self = reportPath(slug, page.area.code, period);
  const title = `${page.area.code} highlight report, ${month}`;
  const breadcrumb = (
    <nav aria-label="Breadcrumb" className="text-sm">
      <Link href={reportsPath(slug)} className="text-blue-800 underline underline-offset-2">
        Highlight reports
      </Link>
      <span aria-hidden="true"> › </span>
      <Link href={self} className="text-blue-800 underline underline-offset-2">
        {title}
      </Link>
      <span aria-hidden="true"> › </span>
      <span aria-current="page">Write</span>
    </nav>
  );
  if (!isEditable(state) || !shown || shown.number !== null) {
    return (
      <div className="space-y-4">
        {breadcrumb}
        <h1 className="text-2xl font-semibold text-slate-900">{title}</h1>
        <p className="rounded-md border border-slate-300 bg-white p-4">
          This report is {STATE_LABELS[state ?? "NONE"].toLowerCase()}, so it cannot be changed. If the board returns it, you can revise and resubmit it.{" "}
          <Link href={self} className="font-medium text-blue-800 underline underline-offset-2">
            Read the report
          </Link>
        </p>
      </div>
    );
  }
  const { doc } = shown;
  const latest = report?.submissions[0];
  return (
    <div className="space-y-6">
      {breadcrumb}
      <header>
        <h1 className="text-2xl font-semibold text-slate-900">Write the {title}</h1>
        <p className="mt-1 max-w-3xl text-slate-800">
          {page.area.title}. Due by {formatUkDate(reportDueDate(period, page.dueDay))}. The tables below are drawn from the plan, KPIs, change requests and evidence as at{" "}
          {formatUkDate(parseIsoDate(doc.prefill.asAt))}; they freeze when you submit.
        </p>
      </header>
      {state === "RETURNED" && latest ? <ReturnedNotice submission={latest} editHref={null} /> : null}
      <section aria-labelledby="write-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="write-heading" className="text-lg font-semibold">
          Your report
        </h2>
        <div className="mt-3 max-w-3xl">
          <HighlightReportForm
            slug={slug}
            areaId={page.area.id}
            period={periodKey(period)}
            version={report?.version ?? 0}
            values={doc.written}
            labels={doc.labels}
            suggested={doc.prefill.suggested.status}
            month={month}
            nextMonth={periodLabel(parseIsoDate(doc.prefill.dueNext.period))}
          />
        </div>
      </section>
      <section aria-labelledby="preview-heading" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 id="preview-heading" className="text-lg font-semibold">
          Preview: the report as it stands
        </h2>
        <div className="mt-3">
          <ReportDocument doc={doc} comparison={shown.comparison} idPrefix="preview-" headingLevel={3} />
        </div>
      </section>
    </div>
  );
}
