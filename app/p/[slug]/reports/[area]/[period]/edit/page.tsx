import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HighlightReportForm } from "@/components/reports/highlight-report-form";
import { ReportDocument } from "@/components/reports/report-document";
import { ReturnedNotice } from "@/components/reports/report-page-parts";
import { requireMembership } from "@/lib/auth/guards";
import * as clock from "@/lib/clock";
import { formatUkDate, parseIsoDate } from "@/lib/dates/format";
import { parsePeriodKey, periodLabel } from "@/lib/reports/period";
import { getReportEditor } from "@/lib/reports/view";

type Params = { slug: string; area: string; period: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { area, period } = await params;
  const month = parsePeriodKey(period);
  return { title: month ? `Write the ${area} highlight report, ${periodLabel(month)}` : "Highlight report" };
}

export default async function EditHighlightReportPage({ params }: { params: Promise<Params> }) {
  const { slug, area, period } = await params;
  const member = await requireMembership(slug);
  const page = await getReportEditor(member, area, period, clock.today());
  if (!page) notFound();
  const { report, drawn, state, title, links, latest } = page;
  const breadcrumb = (
    <nav aria-label="Breadcrumb" className="text-sm">
      <Link prefetch={false} href={links.index} className="text-blue-800 underline underline-offset-2">
        Highlight reports
      </Link>
      <span aria-hidden="true"> › </span>
      <Link prefetch={false} href={links.self} className="text-blue-800 underline underline-offset-2">
        {title}
      </Link>
      <span aria-hidden="true"> › </span>
      <span aria-current="page">Write</span>
    </nav>
  );
  if (!drawn) {
    return (
      <div className="space-y-4">
        {breadcrumb}
        <h1 className="text-2xl font-semibold text-slate-900">{title}</h1>
        <p className="rounded-md border border-slate-300 bg-white p-4">
          This report is {page.stateWords}, so it cannot be changed. If the board returns it, you can revise and resubmit it.{" "}
          <Link prefetch={false} href={links.self} className="font-medium text-blue-800 underline underline-offset-2">
            Read the report
          </Link>
        </p>
      </div>
    );
  }
  const { doc } = drawn;
  return (
    <div className="space-y-6">
      {breadcrumb}
      <header>
        <h1 className="text-2xl font-semibold text-slate-900">Write the {title}</h1>
        <p className="mt-1 max-w-3xl text-slate-800">
          {page.area.title}. Due by {formatUkDate(page.dueDate)}. The tables below are drawn from the plan, KPIs, change requests and evidence as at{" "}
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
            period={page.periodKey}
            version={report?.version ?? 0}
            values={doc.written}
            labels={doc.labels}
            suggested={doc.prefill.suggested.status}
            month={page.month}
            nextMonth={page.nextMonth ?? ""}
          />
        </div>
      </section>
      <section aria-labelledby="preview-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <h2 id="preview-heading" className="text-lg font-semibold">
          Preview: the report as it stands
        </h2>
        <div className="mt-3">
          <ReportDocument doc={doc} comparison={drawn.comparison} idPrefix="preview-" headingLevel={3} />
        </div>
      </section>
    </div>
  );
}
