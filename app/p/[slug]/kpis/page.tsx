import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { KpiArchiveButton } from "@/components/kpis/kpi-archive-button";
import { KpiStatus } from "@/components/kpis/kpi-status";
import { Sparkline } from "@/components/kpis/sparkline";
import { SuccessNotice } from "@/components/ui/success-notice";
import { canReadLive, requireMembership } from "@/lib/auth/guards";
import { can, canOnItem } from "@/lib/auth/permissions";
import { formatUkDate, formatUkMonth } from "@/lib/dates/format";
import { assessKpi, formatKpiValue } from "@/lib/kpis/compute";
import { listArchivedKpis, listKpis } from "@/lib/kpis/queries";
import { kpiInput } from "@/lib/kpis/view";
import { STATUSES } from "@/lib/plan/status";
import * as clock from "@/lib/clock";

export const metadata: Metadata = { title: "KPIs" };

export default async function KpisPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ status?: string; area?: string; archived?: string; restored?: string }>;
}) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const member = await requireMembership(slug);
  if (!canReadLive(member)) notFound();
  const [kpis, archived] = await Promise.all([listKpis(member.partnershipId), listArchivedKpis(member.partnershipId)]);
  // Leads restore only KPIs wholly within the areas they lead, as they edit them.
  const mayRestore = (areaIds: string[]) => can(member.role, "plan.edit") && areaIds.every((id) => canOnItem(member.scope, "plan.edit", { priorityAreaIds: [id] }));
  const today = clock.today();
  const assessed = kpis.map((kpi) => ({ kpi, assessment: assessKpi(kpiInput(kpi), today) }));
  const statusFilter = query.status === "NO_DATA" ? "NO_DATA" : STATUSES.find((s) => s === query.status);
  const shown = assessed.filter(({ kpi, assessment }) => {
    if (query.area && !kpi.areas.some((a) => a.priorityArea.code === query.area)) return false;
    if (statusFilter === "NO_DATA") return assessment.noData;
    if (statusFilter) return !assessment.noData && assessment.status === statusFilter;
    return true;
  });
  // Notices name only a KPI that really is in that state: the URL cannot put words in the green box.
  const justArchived = query.archived ? archived.find((k) => k.code === query.archived) : undefined;
  const justRestored = query.restored ? kpis.find((k) => k.code === query.restored) : undefined;
  const base = `/p/${member.partnership.slug}`;
  const filterLinks = [
    { key: undefined, label: "All" },
    ...(["OFF_TRACK", "AT_RISK", "ON_TRACK"] as const).map((s) => ({ key: s, label: member.labels[s] })),
    { key: "NO_DATA", label: "No data" },
  ];
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
        {can(member.role, "plan.edit") ? (
          <Link href={`${base}/kpis/new`} className="rounded-md bg-blue-800 px-4 py-2 text-sm font-medium text-white hover:bg-blue-900">
            Add a KPI
          </Link>
        ) : null}
      </div>
      <p className="mt-1 text-slate-700">
        {kpis.length} KPIs. Each is judged against its trajectory for the latest period, with its amber tolerance.
      </p>
      <nav aria-label="Filter KPIs by status" className="mt-4">
        <ul className="flex flex-wrap gap-2">
          {filterLinks.map((f) => {
            const current = (statusFilter ?? undefined) === f.key;
            const count = f.key === undefined ? assessed.length : f.key === "NO_DATA" ? assessed.filter((a) => a.assessment.noData).length : assessed.filter((a) => !a.assessment.noData && a.assessment.status === f.key).length;
            return (
              <li key={f.label}>
                <Link
                  href={f.key ? `${base}/kpis?status=${f.key}` : `${base}/kpis`}
                  aria-current={current ? "page" : undefined}
                  className={`inline-block rounded-full border px-3 py-1 text-sm font-medium ${current ? "border-blue-800 bg-blue-800 text-white" : "border-slate-400 bg-white text-slate-900 hover:border-blue-800"}`}
                >
                  {f.label} ({count})
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      {shown.length === 0 ? (
        <p className="mt-6 rounded-md border border-slate-300 bg-white p-4">No KPIs match this filter.</p>
      ) : (
        <div className="mt-4 overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="w-full min-w-[900px] text-sm">
            <caption className="sr-only">KPIs with latest value, target and status</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left text-slate-700">
                <th scope="col" className="px-3 py-2 font-medium">KPI</th>
                <th scope="col" className="px-3 py-2 font-medium">Area</th>
                <th scope="col" className="px-3 py-2 font-medium">Latest</th>
                <th scope="col" className="px-3 py-2 font-medium">Target</th>
                <th scope="col" className="px-3 py-2 font-medium">Trend</th>
                <th scope="col" className="px-3 py-2 font-medium">Status</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {shown.map(({ kpi, assessment }) => (
                <tr key={kpi.id} className="align-top" data-testid="kpi-row">
                  <th scope="row" className="px-3 py-2 text-left font-normal">
                    <Link href={`${base}/kpis/${kpi.id}`} className="font-medium text-blue-900 underline-offset-2 hover:underline">
                      {kpi.name}
                    </Link>
                    <span className="block text-xs text-slate-700">
                      {kpi.code} · {kpi.direction === "LOWER_IS_BETTER" ? "lower is better" : "higher is better"}
                    </span>
                  </th>
                  <td className="px-3 py-2">{kpi.areas.map((a) => a.priorityArea.code).join(", ") || "—"}</td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    {assessment.latest ? (
                      <>
                        <span className="font-semibold">{formatKpiValue(assessment.latest.value, kpi.unit)}</span>
                        <span className="block text-xs text-slate-700">{formatUkMonth(assessment.latest.period)}</span>
                      </>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    {kpi.targetValue !== null ? (
                      <>
                        {formatKpiValue(kpi.targetValue, kpi.unit)}
                        <span className="block text-xs text-slate-700">by {formatUkDate(kpi.targetDate)}</span>
                      </>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td className="px-3 py-2">
                    <Sparkline values={kpi.values.map((v) => v.value)} label={`Trend of ${kpi.name}: ${kpi.values.map((v) => formatKpiValue(v.value, kpi.unit)).join(", ")}`} />
                  </td>
                  <td className="px-3 py-2">
                    <KpiStatus assessment={assessment} labels={member.labels} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
                  <p className="text-sm text-slate-700">Archived {formatUkDate(kpi.archivedAt)}</p>
                </div>
                {mayRestore(kpi.areas.map((a) => a.priorityAreaId)) ? (
                  <KpiArchiveButton slug={member.partnership.slug} id={kpi.id} version={kpi.version} code={kpi.code} archived />
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
