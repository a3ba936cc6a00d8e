// The dashboard's KPIs: the tiles that most need the board's attention, and
// the counts by status, each drilling into the KPI list.
import Link from "next/link";
import { Sparkline } from "@/components/kpis/sparkline";
import { StatusBadge } from "@/components/ui/status-badge";
import type { DashboardModel } from "@/lib/dashboard/compute";
import { kpiPath, kpisPath } from "@/lib/kpis/paths";
import type { StatusLabels } from "@/lib/plan/status";
import { DrillLink, Panel } from "./panel";

const KPI_COUNT_ORDER = ["OFF_TRACK", "AT_RISK", "NO_DATA", "ON_TRACK", "COMPLETE", "NOT_DUE"] as const;

export function KpiPanel({ model, labels, slug }: { model: DashboardModel; labels: StatusLabels; slug: string }) {
  const { totals } = model;
  return (
    <Panel id="kpis-heading" title="KPIs" action={<DrillLink href={kpisPath(slug)}>All {totals.kpis} KPIs</DrillLink>}>
      {model.kpiTiles.length === 0 ? (
        <p className="text-slate-700">No KPIs yet.</p>
      ) : (
        <>
          <p className="mb-3 text-sm text-slate-800">
            {model.kpiTiles.length < totals.kpis ? `The ${model.kpiTiles.length} that most need attention, of ${totals.kpis}. ` : null}
            {KPI_COUNT_ORDER.filter((key) => totals.kpiCounts[key] > 0).map((key, i) => (
              <span key={key}>
                {i > 0 ? ", " : "All KPIs: "}
                <Link prefetch={false} href={kpisPath(slug, { status: key })} className="font-medium text-blue-800 underline underline-offset-2">
                  {totals.kpiCounts[key]} {key === "NO_DATA" ? "with no data" : labels[key].toLowerCase()}
                </Link>
              </span>
            ))}
            .
          </p>
          <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4">
            {model.kpiTiles.map((tile) => (
              <li key={tile.id} data-testid="kpi-tile">
                <Link prefetch={false} href={kpiPath(slug, tile.id)} className="block h-full rounded-md border border-slate-200 p-3 hover:border-blue-800">
                  <span className="block text-sm font-medium text-slate-900">{tile.name}</span>
                  <span className="mt-1 flex items-end justify-between gap-2">
                    <span>
                      <span className="block text-xl font-semibold text-slate-900">{tile.latest ?? "—"}</span>
                      <span className="block text-xs text-slate-700">{tile.latestPeriod ?? "no values yet"}</span>
                    </span>
                    <Sparkline values={tile.spark} label={tile.sparkLabel} width={96} height={28} />
                  </span>
                  <span className="mt-1 block text-xs text-slate-700">Target: {tile.target ?? "not set"}</span>
                  <span className="mt-2 block">
                    {tile.noData ? (
                      <StatusBadge status="NOT_DUE" label={tile.lastReported ? `No data · last ${labels[tile.lastReported].toLowerCase()}` : "No data"} prefix="KPI status" />
                    ) : (
                      <StatusBadge status={tile.status} label={labels[tile.status]} prefix="KPI status" />
                    )}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </Panel>
  );
}
