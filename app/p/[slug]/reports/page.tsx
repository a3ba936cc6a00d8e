import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportStateBadge } from "@/components/reports/report-page-parts";
import { requireMembership } from "@/lib/auth/guards";
import * as clock from "@/lib/clock";
import { formatUkDate } from "@/lib/dates/format";
import { mayReadSubmittedReports, mayWriteReport } from "@/lib/reports/access";
import { reportsOwed } from "@/lib/reports/compute";
import { monthOf, owedPeriod, periodLabel, reportDueDate, shiftMonth } from "@/lib/reports/period";
import { reportPath } from "@/lib/reports/paths";
import { getReportsOverview } from "@/lib/reports/queries";

export const metadata: Metadata = { title: "Highlight reports" };

/** Months shown side by side, newest first. */
const MONTHS = 6;

export default async function HighlightReportsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const member = await requireMembership(slug);
  const today = clock.today();
  const current = monthOf(today);
  const months = Array.from({ length: MONTHS }, (_, i) => shiftMonth(current, -i));
  const overview = await getReportsOverview(member.partnershipId, months.at(-1)!, current);
  const writesAny = overview?.areas.some((a) => mayWriteReport(member.scope, a.areaId)) ?? false;
  if (!overview || (!writesAny && !mayReadSubmittedReports(member.scope))) notFound();

  const owed = owedPeriod(today);
  const mine = reportsOwed(
    overview.areas.filter((a) => mayWriteReport(member.scope, a.areaId)).map((a) => ({ ...a, report: a.reports.find((r) => r.period.getTime() === owed.getTime()) ?? null })),
    owed,
    overview.dueDay,
    today,
  );
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold text-slate-900">Highlight reports</h1>
        <p className="mt-1 max-w-3xl text-slate-800">
          Each priority lead reports monthly to the board on their area: status, progress, slippage, KPIs, evidence of impact on children and families, and decisions needed. A
          month’s report is due by the {ordinal(overview.dueDay)} of the month after; {periodLabel(owed)}’s by {formatUkDate(reportDueDate(owed, overview.dueDay))}.
        </p>
      </header>

      {writesAny ? (
        <section aria-labelledby="owed-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="owed-heading" className="text-lg font-semibold">
            Owed by you: {periodLabel(owed)}
          </h2>
          {mine.length === 0 ? (
            <p className="mt-2 text-slate-800">
              <span aria-hidden="true">✓ </span>Every {periodLabel(owed)} report you write has gone to the board.
            </p>
          ) : (
            <ul className="mt-2 space-y-2">
              {mine.map((o) => (
                <li key={o.areaId} data-testid="owed-report">
                  <Link href={`${reportPath(slug, o.code, owed)}/edit`} className="font-medium text-blue-800 underline underline-offset-2">
                    {o.report?.state === "RETURNED" ? "Revise and resubmit" : o.report ? "Finish" : "Write"} the {o.code} report for {periodLabel(owed)}
                  </Link>{" "}
                  — due {formatUkDate(o.dueDate)}
                  {o.overdue ? <strong className="text-red-900"> (overdue)</strong> : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      {overview.areas.some((a) => a.reports.some((r) => r.illustrative)) ? (
        <p className="rounded-md border border-slate-400 bg-slate-100 px-3 py-2 text-sm text-slate-900">
          Reports marked “illustrative” are demo reports written for Stocktake in the voice of the plan, not published documents; each says so at its top.
        </p>
      ) : null}

      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="w-full min-w-[900px] text-sm">
          <caption className="px-4 pt-3 text-left font-semibold text-slate-900">Reports by priority area and month</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left text-slate-700">
              <th scope="col" className="w-80 px-3 py-2 font-medium">
                Priority area
              </th>
              {months.map((m) => (
                <th key={m.getTime()} scope="col" className="px-3 py-2 font-medium">
                  {periodLabel(m)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {overview.areas.map((area) => {
              const writes = mayWriteReport(member.scope, area.areaId);
              return (
                <tr key={area.areaId} className="align-top" data-testid="report-area-row">
                  <th scope="row" className="px-3 py-2 text-left font-normal">
                    <span className="font-mono text-xs font-semibold">{area.code}</span> {area.title}
                    <span className="block text-xs text-slate-700">Lead: {area.leads.join("; ") || "—"}</span>
                  </th>
                  {months.map((m) => {
                    const report = area.reports.find((r) => r.period.getTime() === m.getTime()) ?? null;
                    // Others read submitted reports only: a draft is "not submitted" to them.
                    const visible = writes || (report?.submissions ?? 0) > 0;
                    const state = report && (writes || report.state !== "DRAFT") ? report.state : null;
                    return (
                      <td key={m.getTime()} className="px-3 py-2">
                        {visible ? (
                          <Link href={reportPath(slug, area.code, m)} className="inline-block">
                            <span className="sr-only">
                              {area.code}, {periodLabel(m)}:{" "}
                            </span>
                            <ReportStateBadge state={state} short />
                            {report?.illustrative ? <span className="mt-0.5 block text-xs text-slate-700">illustrative</span> : null}
                          </Link>
                        ) : (
                          <span className="text-slate-700">{m.getTime() === current.getTime() ? "Not due yet" : "Not submitted"}</span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function ordinal(day: number): string {
  const suffix = day % 10 === 1 && day !== 11 ? "st" : day % 10 === 2 && day !== 12 ? "nd" : day % 10 === 3 && day !== 13 ? "rd" : "th";
  return `${day}${suffix}`;
}
