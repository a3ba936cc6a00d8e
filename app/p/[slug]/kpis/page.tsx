import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { KpiArchiveButton } from "@/components/kpis/kpi-archive-button";
import { KpiStatus } from "@/components/kpis/kpi-status";
import { Sparkline } from "@/components/kpis/sparkline";
import { ExportLinks } from "@/components/ui/export-links";
import { SuccessNotice } from "@/components/ui/success-notice";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { requireMembership } from "@/lib/auth/guards";
import * as clock from "@/lib/clock";
import { getKpiListPage, type KpiListQuery } from "@/lib/kpis/view";

export const metadata: Metadata = { title: "KPIs" };

export default async function KpisPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<KpiListQuery> }) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const member = await requireMembership(slug);
  const page = await getKpiListPage(member, query, clock.today());
  if (!page) notFound();
  const { justArchived, justRestored, archived } = page;
  return (
    <div>
      {justArchived ? (
        <SuccessNotice key={`archived-${justArchived.id}`} className="mb-4">
          KPI {justArchived.code} archived. It is listed under Archived KPIs below, where it can be restored.
        </SuccessNotice>
      ) : null}
      {justRestored ? (
        <SuccessNotice key={`restored-${justRestored.id}`} className="mb-4">
          KPI {justRestored.code} restored. It is back on this list and the dashboard.
        </SuccessNotice>
      ) : null}
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold text-slate-900">Key performance indicators</h1>
        {page.newHref ? (
          <Link prefetch={false} href={page.newHref} className="rounded-md bg-blue-800 px-4 py-2 text-sm font-medium text-white hover:bg-blue-900">
            Add a KPI
          </Link>
        ) : null}
      </div>
      <p className="mt-1 text-slate-700">{page.count} KPIs. Each is judged against its trajectory for the latest period, with its amber tolerance.</p>
      <nav aria-label="Filter KPIs by status" className="mt-4">
        <ul className="flex flex-wrap gap-2">
          {page.filters.map((f) => (
            <li key={f.label}>
              <Link
                prefetch={false}
                href={f.href}
                aria-current={f.current ? "page" : undefined}
                className={`inline-block rounded-full border px-3 py-1 text-sm font-medium ${f.current ? "border-blue-800 bg-blue-800 text-white" : "border-slate-400 bg-white text-slate-900 hover:border-blue-800"}`}
              >
                {f.label} ({f.count})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="mt-2">
        <ExportLinks slug={slug} register="kpi-values" query={page.exportQuery} label="these KPIs' values" />
      </div>
      {page.rows.length === 0 ? (
        <p className="mt-6 rounded-md border border-slate-300 bg-white p-4">No KPIs match this filter.</p>
      ) : (
        <ScrollRegion labelledBy={"kpis-caption"} className="mt-4 rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="w-full min-w-[900px] text-sm">
            <caption id={"kpis-caption"} className="sr-only">
              KPIs with latest value, target and status
            </caption>
            <thead>
              <tr className="border-b border-slate-300 text-left text-slate-700">
                <th scope="col" className="px-3 py-2 font-medium">
                  KPI
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Area
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Latest
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Target
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Trend
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Status
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {page.rows.map((kpi) => (
                <tr key={kpi.id} className="align-top" data-testid="kpi-row">
                  <th scope="row" className="px-3 py-2 text-left font-normal">
                    <Link prefetch={false} href={kpi.href} className="font-medium text-blue-900 underline-offset-2 hover:underline">
                      {kpi.name}
                    </Link>
                    <span className="block text-xs text-slate-700">
                      {kpi.code} · {kpi.direction}
                    </span>
                  </th>
                  <td className="px-3 py-2">{kpi.areas}</td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    {kpi.latest ? (
                      <>
                        <span className="font-semibold">{kpi.latest.value}</span>
                        <span className="block text-xs text-slate-700">{kpi.latest.month}</span>
                      </>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    {kpi.target ? (
                      <>
                        {kpi.target.value}
                        <span className="block text-xs text-slate-700">by {kpi.target.by}</span>
                      </>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td className="px-3 py-2">
                    <Sparkline values={kpi.spark.values} label={kpi.spark.label} />
                  </td>
                  <td className="px-3 py-2">
                    <KpiStatus assessment={kpi.assessment} labels={member.labels} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {archived.length ? (
        <details className="mt-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" open={Boolean(justArchived)}>
          <summary className="cursor-pointer font-medium text-blue-800">Archived KPIs ({archived.length})</summary>
          <ul className="mt-3 divide-y divide-slate-200">
            {archived.map((kpi) => (
              <li key={kpi.id} className="flex flex-wrap items-start justify-between gap-3 py-3" data-testid="archived-kpi">
                <div>
                  <p className="font-medium text-slate-900">
                    {kpi.code} · {kpi.name}
                  </p>
                  <p className="text-sm text-slate-700">Archived {kpi.archivedOn}</p>
                </div>
                {kpi.mayRestore ? <KpiArchiveButton slug={member.partnership.slug} id={kpi.id} version={kpi.version} code={kpi.code} archived /> : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
