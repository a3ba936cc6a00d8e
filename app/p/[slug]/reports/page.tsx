import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportStateBadge } from "@/components/reports/report-page-parts";
import { ExportLinks } from "@/components/ui/export-links";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { requireMembership } from "@/lib/auth/guards";
import * as clock from "@/lib/clock";
import { formatUkDate } from "@/lib/dates/format";
import { getReportsIndex } from "@/lib/reports/view";

export const metadata: Metadata = { title: "Highlight reports" };

export default async function HighlightReportsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const member = await requireMembership(slug);
  const index = await getReportsIndex(member, clock.today());
  if (!index) notFound();
  const { owed } = index;
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold text-slate-900">Highlight reports</h1>
        <p className="mt-1 max-w-3xl text-slate-800">
          Each priority lead reports monthly to the board on their area: status, progress, slippage, KPIs, evidence of impact on children and families, and decisions needed. A
          month’s report is due by the {index.dueDay} of the month after; {owed.month}’s by {formatUkDate(owed.dueDate)}.
        </p>
        <div className="mt-2">
          <ExportLinks slug={slug} register="highlight-reports" label="every report sent to the board" />
        </div>
      </header>

      {index.writesAny ? (
        <section aria-labelledby="owed-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="owed-heading" className="text-lg font-semibold">
            Owed by you: {owed.month}
          </h2>
          {index.mine.length === 0 ? (
            <p className="mt-2 text-slate-800">
              <span aria-hidden="true">✓ </span>Every {owed.month} report you write has gone to the board.
            </p>
          ) : (
            <ul className="mt-2 space-y-2">
              {index.mine.map((o) => (
                <li key={o.areaId} data-testid="owed-report">
                  <Link prefetch={false} href={o.href} className="font-medium text-blue-800 underline underline-offset-2">
                    {o.verb} the {o.code} report for {owed.month}
                  </Link>{" "}
                  — due {formatUkDate(o.dueDate)}
                  {o.overdue ? <strong className="text-red-900"> (overdue)</strong> : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      {index.illustrative ? (
        <p className="rounded-md border border-slate-400 bg-slate-100 px-3 py-2 text-sm text-slate-900">
          Reports marked “illustrative” are demo reports written for Stocktake in the voice of the plan, not published documents; each says so at its top.
        </p>
      ) : null}

      <ScrollRegion labelledBy={"reports-caption"} className="rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="w-full min-w-[900px] text-sm">
          <caption id={"reports-caption"} className="px-4 pt-3 text-left font-semibold text-slate-900">
            Reports by priority area and month
          </caption>
          <thead>
            <tr className="border-b border-slate-300 text-left text-slate-700">
              <th scope="col" className="w-80 px-3 py-2 font-medium">
                Priority area
              </th>
              {index.months.map((m) => (
                <th key={m.key} scope="col" className="px-3 py-2 font-medium">
                  {m.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {index.areas.map((area) => (
              <tr key={area.areaId} className="align-top" data-testid="report-area-row">
                <th scope="row" className="px-3 py-2 text-left font-normal">
                  <span className="font-mono text-xs font-semibold">{area.code}</span> {area.title}
                  <span className="block text-xs text-slate-700">Lead: {area.leads.join("; ") || "—"}</span>
                </th>
                {area.cells.map((cell) => (
                  <td key={cell.key} className="px-3 py-2">
                    {cell.href ? (
                      <Link prefetch={false} href={cell.href} className="inline-block">
                        <span className="sr-only">
                          {area.code}, {cell.label}:{" "}
                        </span>
                        <ReportStateBadge state={cell.state} short />
                        {cell.illustrative ? <span className="mt-0.5 block text-xs text-slate-700">illustrative</span> : null}
                      </Link>
                    ) : (
                      <span className="text-slate-700">{cell.empty}</span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
