// The plan page's content: its first view (no query) is also rendered, once
// per member and data version, for the kept copy the plan route serves
// (app/plan-view, lib/pages/cache.ts), so both pages render this from the
// same loader (lib/plan/view.ts getPlanPage).
import type { ReactNode } from "react";
import { PlanFiltersForm } from "@/components/plan/plan-filters-form";
import { PlanTreeView } from "@/components/plan/plan-tree";
import { StatusBadge } from "@/components/ui/status-badge";
import type { PlanPage } from "@/lib/plan/view";
import type { StatusLabels } from "@/lib/plan/status";

export function PlanScreen({ page, labels, slug, downloads }: { page: PlanPage; labels: StatusLabels; slug: string; downloads?: ReactNode }) {
  if (!page.shared) {
    return (
      <div className="max-w-2xl">
        <h1 className="text-2xl font-semibold">Improvement plan</h1>
        <p className="mt-4 text-slate-800">
          {page.partnership} shares its published stocktake packs with advisors but not its live plan. Ask the programme office if you need live access.
        </p>
      </div>
    );
  }
  const { totals } = page;
  return (
    <div>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">Improvement plan</h1>
          <p className="mt-1 text-slate-700">
            {totals.areas} priority areas · {totals.actions} actions · {totals.milestones} milestones · {totals.conflicts} status{" "}
            {totals.conflicts === 1 ? "conflict" : "conflicts"}
          </p>
        </div>
        <ul aria-label="Actions by computed status" className="flex flex-wrap gap-2">
          {page.counts.map(({ status, actions }) => (
            <li key={status}>
              <StatusBadge status={status} label={`${labels[status]}: ${actions}`} />
            </li>
          ))}
        </ul>
      </div>
      <div className="mt-4">
        <PlanFiltersForm slug={slug} filters={page.filters} labels={labels} options={page.options} />
      </div>
      {page.filtered ? (
        <p className="mt-4 text-slate-800" role="status">
          Showing {page.filtered.shown} of {totals.actions} actions.
        </p>
      ) : (
        <p className="mt-4 text-sm text-slate-800">
          Each area shows its status, counts and owed updates; open one to see its actions.{" "}
          {page.openOrClose ? (
            <a href={page.openOrClose.href} className="font-medium text-blue-800 underline underline-offset-2">
              {page.openOrClose.label}
            </a>
          ) : null}
        </p>
      )}
      {downloads ? <div className="mt-2">{downloads}</div> : null}
      <div className="mt-6">
        {page.tree.length ? (
          <PlanTreeView tree={page.tree} labels={labels} slug={slug} />
        ) : (
          <p className="rounded-md border border-slate-300 bg-white p-4">No actions match these filters.</p>
        )}
      </div>
    </div>
  );
}
