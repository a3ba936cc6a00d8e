import Link from "next/link";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import type { DashboardPage } from "@/lib/dashboard/view";
import { formatUkDate } from "@/lib/dates/format";
import type { StatusLabels } from "@/lib/plan/status";

/**
 * The board dashboard of one member on one day (lib/dashboard/view.ts), from
 * one version of the partnership's data (the kept page, lib/pages/cache.ts):
 * its heading, the boards' dashboards to choose from where there are several,
 * and the dashboard itself.
 */
export function DashboardScreen({ page, labels, slug, today }: { page: DashboardPage; labels: StatusLabels; slug: string; today: Date }) {
  if (!page.shared) {
    return (
      <div className="max-w-2xl">
        <h1 className="text-2xl font-semibold">Board dashboard</h1>
        <p className="mt-4 text-slate-800">
          {page.partnership} shares its published stocktake packs with advisors but not its live dashboard. Ask the programme office if you need live access.
        </p>
      </div>
    );
  }
  const { model } = page;
  return (
    <div>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">{page.title}</h1>
          <p className="mt-1 text-slate-700">
            What is on track, what is slipping and why, as of {formatUkDate(today)}. {model.totals.actions} actions, {model.totals.kpis} KPIs
            {page.boardAreas.length ? ` in the areas this board oversees (${page.boardAreas.join(", ")})` : ""}.
          </p>
          {model.provenance ? (
            <p className="mt-2 max-w-4xl rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-800" data-testid="provenance">
              <span className="font-semibold">About this data:</span> {model.provenance}
            </p>
          ) : null}
        </div>
      </div>
      {page.boards.length ? (
        <nav aria-label="Dashboards by board" className="mb-6 flex flex-wrap gap-2 text-sm">
          {page.boards.map((b) => (
            <Link
              prefetch={false}
              key={b.id}
              href={b.href}
              aria-current={b.current ? "page" : undefined}
              className={`rounded-full border px-3 py-1 ${b.current ? "border-blue-800 bg-blue-50 font-semibold" : "border-slate-400"}`}
            >
              {b.name}
              {b.reportsTo ? <span className="sr-only"> (reports to {b.reportsTo})</span> : null}
            </Link>
          ))}
        </nav>
      ) : null}
      <DashboardView model={model} labels={labels} slug={slug} upcomingDays={page.upcomingDays} links={page.links} />
    </div>
  );
}
