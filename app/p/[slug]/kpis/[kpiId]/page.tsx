import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { KpiChart } from "@/components/kpis/kpi-chart";
import { KpiCorrectionForm } from "@/components/kpis/kpi-correction-form";
import { KpiImportForm } from "@/components/kpis/kpi-import-form";
import { KpiStatus } from "@/components/kpis/kpi-status";
import { KpiValueForm } from "@/components/kpis/kpi-value-form";
import { SuccessNotice } from "@/components/ui/success-notice";
import { canReadLive, requireMembership } from "@/lib/auth/guards";
import { can, canOnItem } from "@/lib/auth/permissions";
import { formatUkDate, formatUkDateTime, formatUkMonth, toIsoDate } from "@/lib/dates/format";
import { assessKpi, expectationPoints, expectedValueAt, forecastKpi, formatKpiValue } from "@/lib/kpis/compute";
import { getKpiDetail } from "@/lib/kpis/queries";
import { BENCHMARK_LABELS, chartRows, kpiInput } from "@/lib/kpis/view";
import * as clock from "@/lib/clock";

export const metadata: Metadata = { title: "KPI" };

const UNIT_SUFFIX = { PERCENT: "%", WEEKS: " wks", DAYS: " days", COUNT: "", RATE: "" } as const;
const UNIT_HINT = {
  PERCENT: "A percentage from 0 to 100, for example 45.2",
  COUNT: "A whole number, for example 1,530",
  WEEKS: "Weeks, for example 12.5",
  DAYS: "Days, for example 28",
  RATE: "A rate, for example 3.2",
} as const;
const FREQUENCY = { MONTHLY: "Monthly", QUARTERLY: "Quarterly", TERMLY: "Termly", ANNUALLY: "Annually" } as const;

export default async function KpiPage({ params, searchParams }: { params: Promise<{ slug: string; kpiId: string }>; searchParams: Promise<{ saved?: string; corrected?: string }> }) {
  const [{ slug, kpiId }, query] = await Promise.all([params, searchParams]);
  const member = await requireMembership(slug);
  if (!canReadLive(member)) notFound();
  const kpi = await getKpiDetail(member.partnershipId, kpiId);
  if (!kpi) notFound();

  const today = clock.today();
  const input = kpiInput(kpi);
  const assessment = assessKpi(input, today);
  const forecast = forecastKpi(input, today);
  const expectation = expectationPoints(input);
  const rows = chartRows(kpi, expectation, forecast && !forecast.past ? forecast.line : null);
  const benchmarkKinds = (Object.keys(BENCHMARK_LABELS) as (keyof typeof BENCHMARK_LABELS)[])
    .filter((k) => kpi.benchmarks.some((b) => b.kind === k))
    .map((k) => ({ key: k, label: BENCHMARK_LABELS[k] }));
  // Leads edit the definitions of KPIs wholly within the areas they lead.
  const mayEdit = can(member.role, "plan.edit") && kpi.areas.every((a) => canOnItem(member.scope, "plan.edit", { priorityAreaIds: [a.priorityArea.id] }));
  const mayEnter = canOnItem(member.scope, "kpi.enterValues", {
    priorityAreaIds: kpi.areas.map((a) => a.priorityArea.id),
    assignedMembershipIds: kpi.ownerMembershipId ? [kpi.ownerMembershipId] : [],
  });
  const base = `/p/${member.partnership.slug}`;
  const fmt = (v: number) => formatKpiValue(v, kpi.unit);
  // The notice names only a correction that really is the latest: the URL cannot put words in the green box.
  const justCorrected = query.corrected && kpi.corrections[0] && toIsoDate(kpi.corrections[0].period).startsWith(query.corrected) ? kpi.corrections[0] : undefined;
  const description = `${kpi.name}: ${kpi.values.map((v) => `${fmt(v.value)} in ${formatUkMonth(v.period)}`).join("; ") || "no values yet"}${
    kpi.targetValue !== null ? `. Target ${fmt(kpi.targetValue)} by ${formatUkDate(kpi.targetDate)}.` : "."
  }${forecast ? ` ${forecast.text}` : ""}`;

  return (
    <div className="space-y-6">
      {justCorrected ? (
        <SuccessNotice key={justCorrected.id}>
          Value for {formatUkMonth(justCorrected.period)} {justCorrected.newValue === null ? "removed" : `corrected to ${fmt(justCorrected.newValue)}`}. The earlier value and the
          reason are kept under Corrections.
        </SuccessNotice>
      ) : null}
      {query.saved === "created" ? (
        <SuccessNotice>KPI {kpi.code} added. Enter its values below, or paste them from a spreadsheet.</SuccessNotice>
      ) : null}
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`${base}/kpis`} className="text-blue-800 underline underline-offset-2">
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
          {mayEdit ? (
            <p className="mt-2">
              <Link href={`${base}/kpis/${kpi.id}/edit`} className="text-sm font-medium text-blue-800 underline underline-offset-2">
                Edit the definition, target and benchmarks
              </Link>
            </p>
          ) : null}
        </div>
        <KpiStatus assessment={assessment} labels={member.labels} />
      </header>

      <section aria-labelledby="kpi-summary" className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm md:grid-cols-3">
        <h2 id="kpi-summary" className="sr-only">
          Summary
        </h2>
        <div>
          <h3 className="text-sm font-medium text-slate-700">Where it stands</h3>
          <p className="mt-1 text-slate-900">{assessment.reason}</p>
          {forecast ? <p className="mt-2 text-slate-900">{forecast.text}</p> : null}
        </div>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="font-medium">Baseline</dt>
          <dd>{kpi.baselineValue !== null ? `${fmt(kpi.baselineValue)} (${formatUkMonth(kpi.baselineDate!)})` : "—"}</dd>
          <dt className="font-medium">Target</dt>
          <dd>{kpi.targetValue !== null ? `${fmt(kpi.targetValue)} by ${formatUkDate(kpi.targetDate)}` : "—"}</dd>
          <dt className="font-medium">Tolerance</dt>
          <dd>{fmt(kpi.tolerance)} (amber band)</dd>
          <dt className="font-medium">Direction</dt>
          <dd>{kpi.direction === "LOWER_IS_BETTER" ? "Lower is better" : "Higher is better"}</dd>
          <dt className="font-medium">Frequency</dt>
          <dd>{FREQUENCY[kpi.frequency]}</dd>
        </dl>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="font-medium">Owner</dt>
          <dd>{kpi.owner?.user.name ?? kpi.ownerRole ?? "—"}</dd>
          <dt className="font-medium">Source</dt>
          <dd>{kpi.dataSource ?? "—"}</dd>
          <dt className="font-medium">Areas</dt>
          <dd>
            {kpi.areas.map((a) => (
              <Link key={a.priorityArea.id} href={`${base}/plan?area=${a.priorityArea.code}`} className="mr-2 text-blue-800 underline underline-offset-2">
                {a.priorityArea.code}
              </Link>
            ))}
          </dd>
          {kpi.actions.length ? (
            <>
              <dt className="font-medium">Actions</dt>
              <dd>
                {kpi.actions.map((a) => (
                  <Link key={a.action.id} href={`${base}/plan/actions/${a.action.id}`} className="mr-2 text-blue-800 underline underline-offset-2">
                    {a.action.code}
                  </Link>
                ))}
              </dd>
            </>
          ) : null}
        </dl>
      </section>

      <div className="grid gap-6 xl:grid-cols-[3fr_2fr]">
        <section aria-labelledby="chart-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="chart-heading" className="text-lg font-semibold">
            Values, trajectory, target and forecast
          </h2>
          <KpiChart
            rows={rows}
            unitSuffix={UNIT_SUFFIX[kpi.unit]}
            target={kpi.targetValue !== null && kpi.targetDate ? { t: kpi.targetDate.getTime(), value: kpi.targetValue } : null}
            benchmarkKinds={benchmarkKinds}
            description={description}
          />
        </section>
        <section aria-labelledby="table-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="table-heading" className="text-lg font-semibold">
            The numbers
          </h2>
          <div className="mt-2 max-h-96 overflow-auto">
            <table className="w-full text-sm">
              <caption className="sr-only">Values of {kpi.name} by month, with the expected value and benchmarks</caption>
              <thead className="sticky top-0 bg-white">
                <tr className="border-b border-slate-300 text-left">
                  <th scope="col" className="py-1 pr-3">Month</th>
                  <th scope="col" className="py-1 pr-3">Value</th>
                  <th scope="col" className="py-1 pr-3">Expected</th>
                  {benchmarkKinds.map((b) => (
                    <th key={b.key} scope="col" className="py-1 pr-3">
                      {b.label}
                    </th>
                  ))}
                  <th scope="col" className="py-1">Note</th>
                </tr>
              </thead>
              <tbody>
                {[...kpi.values].reverse().map((v) => {
                  const expected = expectedValueAt(input, v.period);
                  return (
                    <tr key={v.id} className="border-b border-slate-200 align-top" data-testid="kpi-value-row">
                      <th scope="row" className="py-1 pr-3 text-left font-normal whitespace-nowrap">
                        {formatUkMonth(v.period)}
                      </th>
                      <td className="py-1 pr-3 font-semibold">{fmt(v.value)}</td>
                      <td className="py-1 pr-3">{expected === null ? "—" : fmt(expected)}</td>
                      {benchmarkKinds.map((b) => {
                        const bench = kpi.benchmarks.find((x) => x.kind === b.key && x.period.getTime() === v.period.getTime());
                        return (
                          <td key={b.key} className="py-1 pr-3">
                            {bench ? fmt(bench.value) : "—"}
                          </td>
                        );
                      })}
                      <td className="py-1 text-slate-800">
                        {v.note}
                        {v.provenance ? <span className="block text-xs text-slate-700 italic">{v.provenance}</span> : null}
                        {mayEnter ? (
                          <KpiCorrectionForm slug={member.partnership.slug} kpiId={kpi.id} unit={kpi.unit} period={toIsoDate(v.period)} monthLabel={formatUkMonth(v.period)} value={fmt(v.value)} />
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {kpi.benchmarks.some((b) => !kpi.values.some((v) => v.period.getTime() === b.period.getTime())) ? (
              <p className="mt-2 text-xs text-slate-700">
                Benchmarks for other periods:{" "}
                {kpi.benchmarks
                  .filter((b) => !kpi.values.some((v) => v.period.getTime() === b.period.getTime()))
                  .map((b) => `${BENCHMARK_LABELS[b.kind]} ${fmt(b.value)} (${formatUkMonth(b.period)})`)
                  .join("; ")}
              </p>
            ) : null}
          </div>
        </section>
      </div>

      {kpi.corrections.length ? (
        <section aria-labelledby="corrections-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="corrections-heading" className="text-lg font-semibold">
            Corrections
          </h2>
          <ol className="mt-2 space-y-2 text-sm" aria-label="Corrected and removed values, newest first">
            {kpi.corrections.map((c) => (
              <li key={c.id} className="border-l-2 border-slate-400 pl-3" data-testid="kpi-correction">
                <span className="font-medium">{formatUkMonth(c.period)}:</span> {fmt(c.previousValue)} {c.newValue === null ? "removed" : `corrected to ${fmt(c.newValue)}`} by {c.correctedByName},{" "}
                {formatUkDateTime(c.createdAt)}. Reason: {c.reason}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {mayEnter ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <section aria-labelledby="enter-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <h2 id="enter-heading" className="text-lg font-semibold">
              Enter a value
            </h2>
            <div className="mt-3">
              <KpiValueForm slug={member.partnership.slug} kpiId={kpi.id} unit={kpi.unit} unitHint={UNIT_HINT[kpi.unit]} />
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
