import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { KpiChart } from "@/components/kpis/kpi-chart";
import { KpiCorrectionForm } from "@/components/kpis/kpi-correction-form";
import { KpiImportForm } from "@/components/kpis/kpi-import-form";
import { KpiStatus } from "@/components/kpis/kpi-status";
import { KpiValueForm } from "@/components/kpis/kpi-value-form";
import { SuccessNotice } from "@/components/ui/success-notice";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { requireMembership } from "@/lib/auth/guards";
import * as clock from "@/lib/clock";
import { getKpiPage } from "@/lib/kpis/view";

export const metadata: Metadata = { title: "KPI" };

export default async function KpiPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; kpiId: string }>;
  searchParams: Promise<{ saved?: string; corrected?: string }>;
}) {
  const [{ slug, kpiId }, query] = await Promise.all([params, searchParams]);
  const member = await requireMembership(slug);
  const page = await getKpiPage(member, kpiId, query, clock.today());
  if (!page) notFound();
  const { kpi, summary, justCorrected, assessment, mayEnter } = page;
  return (
    <div className="space-y-6">
      {justCorrected ? (
        <SuccessNotice key={justCorrected.id}>
          Value for {justCorrected.month} {justCorrected.newValue === null ? "removed" : `corrected to ${justCorrected.newValue}`}. The earlier value and the reason are kept under
          Corrections.
        </SuccessNotice>
      ) : null}
      {page.justAdded ? <SuccessNotice>KPI {kpi.code} added. Enter its values below, or paste them from a spreadsheet.</SuccessNotice> : null}
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link prefetch={false} href={page.listHref} className="text-blue-800 underline underline-offset-2">
          KPIs
        </Link>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">{kpi.code}</span>
      </nav>
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="font-mono text-sm font-semibold text-slate-700">{kpi.code}</p>
          <h1 className="text-2xl font-semibold text-slate-900">{kpi.name}</h1>
          <p className="mt-1 max-w-3xl text-slate-800">{kpi.definition}</p>
          {kpi.provenance ? (
            <p className="mt-2 max-w-3xl text-sm text-slate-700" data-testid="kpi-provenance">
              <span className="font-medium">Where the figures come from:</span> {kpi.provenance}
            </p>
          ) : null}
          {page.editHref ? (
            <p className="mt-2">
              <Link prefetch={false} href={page.editHref} className="text-sm font-medium text-blue-800 underline underline-offset-2">
                Edit the definition, target and benchmarks
              </Link>
            </p>
          ) : null}
        </div>
        <KpiStatus assessment={assessment} labels={member.labels} />
      </header>

      <section aria-labelledby="kpi-summary" className="grid grid-cols-1 gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm md:grid-cols-3">
        <h2 id="kpi-summary" className="sr-only">
          Summary
        </h2>
        <div>
          <h3 className="text-sm font-medium text-slate-700">Where it stands</h3>
          <p className="mt-1 text-slate-900">{assessment.reason}</p>
          {page.forecastText ? <p className="mt-2 text-slate-900">{page.forecastText}</p> : null}
        </div>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="font-medium">Baseline</dt>
          <dd>{summary.baseline}</dd>
          <dt className="font-medium">Target</dt>
          <dd>{summary.target}</dd>
          <dt className="font-medium">Tolerance</dt>
          <dd>{summary.tolerance}</dd>
          <dt className="font-medium">Direction</dt>
          <dd>{summary.direction}</dd>
          <dt className="font-medium">Frequency</dt>
          <dd>{summary.frequency}</dd>
        </dl>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="font-medium">Owner</dt>
          <dd>{summary.owner}</dd>
          <dt className="font-medium">Source</dt>
          <dd>{summary.source}</dd>
          <dt className="font-medium">Areas</dt>
          <dd>
            {kpi.areas.map((a) => (
              <Link prefetch={false} key={a.id} href={a.href} className="mr-2 text-blue-800 underline underline-offset-2">
                {a.code}
              </Link>
            ))}
          </dd>
          {kpi.actions.length ? (
            <>
              <dt className="font-medium">Actions</dt>
              <dd>
                {kpi.actions.map((a) => (
                  <Link prefetch={false} key={a.id} href={a.href} className="mr-2 text-blue-800 underline underline-offset-2">
                    {a.code}
                  </Link>
                ))}
              </dd>
            </>
          ) : null}
        </dl>
      </section>

      <div className="grid grid-cols-1 gap-6 xl:grid-cols-[3fr_2fr]">
        <section aria-labelledby="chart-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="chart-heading" className="text-lg font-semibold">
            Values, trajectory, target and forecast
          </h2>
          <KpiChart {...page.chart} />
        </section>
        <section aria-labelledby="table-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="table-heading" className="text-lg font-semibold">
            The numbers
          </h2>
          <ScrollRegion labelledBy="values-caption" className="mt-2 max-h-96 overflow-y-auto">
            <table className="w-full text-sm">
              <caption id="values-caption" className="sr-only">Values of {kpi.name}, newest first, with the expected value and benchmarks</caption>
              <thead className="sticky top-0 bg-white">
                <tr className="border-b border-slate-300 text-left">
                  <th scope="col" className="py-1 pr-3">
                    Month
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Value
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Expected
                  </th>
                  {page.benchmarkKinds.map((b) => (
                    <th key={b.key} scope="col" className="py-1 pr-3">
                      {b.label}
                    </th>
                  ))}
                  <th scope="col" className="min-w-48 py-1">
                    Note
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.values.map((v) => (
                  <tr key={v.id} className="border-b border-slate-200 align-top" data-testid="kpi-value-row">
                    <th scope="row" className="py-1 pr-3 text-left font-normal whitespace-nowrap">
                      {v.month}
                    </th>
                    <td className="py-1 pr-3 font-semibold">{v.value}</td>
                    <td className="py-1 pr-3">{v.expected}</td>
                    {v.benchmarks.map((b) => (
                      <td key={b.key} className="py-1 pr-3">
                        {b.value}
                      </td>
                    ))}
                    <td className="py-1 text-slate-800">
                      {v.note}
                      {v.provenance ? <span className="block text-xs text-slate-700 italic">{v.provenance}</span> : null}
                      {mayEnter ? <KpiCorrectionForm slug={member.partnership.slug} kpiId={kpi.id} unit={kpi.unit} period={v.period} monthLabel={v.month} value={v.value} /> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {page.otherBenchmarks ? <p className="mt-2 text-xs text-slate-700">Benchmarks for other periods: {page.otherBenchmarks}</p> : null}
          </ScrollRegion>
        </section>
      </div>

      {page.corrections.length ? (
        <section aria-labelledby="corrections-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="corrections-heading" className="text-lg font-semibold">
            Corrections
          </h2>
          <ol className="mt-2 space-y-2 text-sm" aria-label="Corrected and removed values, newest first">
            {page.corrections.map((c) => (
              <li key={c.id} className="border-l-2 border-slate-400 pl-3" data-testid="kpi-correction">
                <span className="font-medium">{c.month}:</span> {c.previousValue} {c.newValue === null ? "removed" : `corrected to ${c.newValue}`} by {c.by}, {c.at}. Reason:{" "}
                {c.reason}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {mayEnter ? (
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
          <section aria-labelledby="enter-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <h2 id="enter-heading" className="text-lg font-semibold">
              Enter a value
            </h2>
            <div className="mt-3">
              <KpiValueForm slug={member.partnership.slug} kpiId={kpi.id} unit={kpi.unit} unitHint={page.unitHint} />
            </div>
          </section>
          <section aria-labelledby="import-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <h2 id="import-heading" className="text-lg font-semibold">
              Paste or upload several values
            </h2>
            <div className="mt-3">
              <KpiImportForm slug={member.partnership.slug} kpiId={kpi.id} unit={kpi.unit} />
            </div>
          </section>
        </div>
      ) : null}
    </div>
  );
}
