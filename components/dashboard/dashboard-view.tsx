"use client";

// A client component on purpose: the page then carries the dashboard's data
// once (about 20 kB for the largest tenant) instead of the rendered tree a
// second time in the React payload. That cut the largest tenant's page from
// 170 kB to 98 kB and raised its throughput by about a quarter (npm run bench).
// Its panels (./areas-panel, ./plan-panels, ./kpi-panel, ./risk-panel) render inside it.
import Link from "next/link";
import { AreasPanel } from "@/components/dashboard/areas-panel";
import { KpiPanel } from "@/components/dashboard/kpi-panel";
import { clipped, DrillLink, Headline, Panel } from "@/components/dashboard/panel";
import { ConflictsPanel, SlippagePanel, UpcomingPanel } from "@/components/dashboard/plan-panels";
import { RiskPanel } from "@/components/dashboard/risk-panel";
import { changeRequestsPath } from "@/lib/changes/paths";
import type { DashboardModel } from "@/lib/dashboard/compute";
import { kpisPath } from "@/lib/kpis/paths";
import { actionPath, planPath } from "@/lib/plan/paths";
import type { StatusLabels } from "@/lib/plan/status";
import { reportPath, reportsPath } from "@/lib/reports/paths";
import { parsePeriodKey } from "@/lib/reports/period";

/** What the member can open, so no tile or link leads to a page they would get "Page not found" on. */
export type DashboardLinks = { changes: boolean; addAreas: boolean; importPlan: boolean };

export function DashboardView({
  model,
  labels,
  slug,
  upcomingDays,
  links,
}: {
  model: DashboardModel;
  labels: StatusLabels;
  slug: string;
  upcomingDays: number;
  links: DashboardLinks;
}) {
  const { totals } = model;
  const changesHref = links.changes ? changeRequestsPath(slug) : null;
  const reportPeriod = parsePeriodKey(model.overdueReports.periodKey);
  return (
    <div className="space-y-6">
      <ul aria-label="Headlines" className="grid grid-cols-2 gap-3 md:grid-cols-4 xl:grid-cols-7">
        <li>
          <Headline label={`Actions ${labels.OFF_TRACK.toLowerCase()} (computed)`} value={totals.computed.OFF_TRACK} href={planPath(slug, { computed: "OFF_TRACK" })} tone="red" />
        </li>
        <li>
          <Headline label={`Actions ${labels.AT_RISK.toLowerCase()} (computed)`} value={totals.computed.AT_RISK} href={planPath(slug, { computed: "AT_RISK" })} tone="amber" />
        </li>
        <li>
          <Headline label="Status conflicts" value={totals.conflicts} href={planPath(slug, { conflict: true })} tone="red" />
        </li>
        <li>
          <Headline label="Actions past their due date" value={totals.overdueActions} href={planPath(slug, { due: "overdue" })} tone="red" />
        </li>
        <li>
          <Headline label="Updates owed (not updated on time)" value={totals.owed} href={planPath(slug, { owed: true })} tone="amber" />
        </li>
        <li>
          <Headline label="KPIs off track" value={totals.kpisOffTrack} href={kpisPath(slug, { status: "OFF_TRACK" })} tone="red" />
        </li>
        <li>
          <Headline label="Change requests awaiting decision" value={totals.pendingChanges} href={changesHref} tone="blue" />
        </li>
      </ul>

      {model.overdueReports.reports.length && reportPeriod ? (
        <Panel
          id="overdue-reports-heading"
          title={`Highlight reports overdue for ${model.overdueReports.month}`}
          action={<DrillLink href={reportsPath(slug)}>All highlight reports</DrillLink>}
        >
          <p className="text-sm text-slate-800">Due by {model.overdueReports.due} and not yet with the board:</p>
          <ul className="mt-2 space-y-1.5 text-sm" data-testid="overdue-reports">
            {model.overdueReports.reports.map((r) => (
              <li key={r.areaId} className="border-l-4 border-amber-600 pl-3">
                <Link prefetch={false} href={reportPath(slug, r.code, reportPeriod)} className="font-medium text-blue-900 underline-offset-2 hover:underline">
                  <span className="font-mono">{r.code}</span> {clipped(r.title)}
                </Link>
                <span className="block text-slate-800">
                  {r.state} · {r.leads.length ? `owed by ${r.leads.join("; ")}` : "no lead"}
                </span>
              </li>
            ))}
          </ul>
        </Panel>
      ) : null}

      <AreasPanel areas={model.areas} labels={labels} slug={slug} links={links} />

      <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
        <SlippagePanel model={model} slug={slug} />
        <ConflictsPanel model={model} labels={labels} slug={slug} />
      </div>

      <KpiPanel model={model} labels={labels} slug={slug} />

      <RiskPanel risks={model.risks} slug={slug} />

      <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
        <UpcomingPanel model={model} slug={slug} upcomingDays={upcomingDays} />
        <Panel id="changes-heading" title="Change requests awaiting decision" action={changesHref ? <DrillLink href={changesHref}>Change requests</DrillLink> : undefined}>
          {model.pendingChanges.length === 0 ? (
            <p className="text-slate-700">Nothing is waiting for the board.</p>
          ) : (
            <ul className="space-y-2 text-sm">
              {model.pendingChanges.map((cr) => (
                <li key={cr.id}>
                  <Link
                    prefetch={false}
                    href={changesHref ?? (cr.actionId ? actionPath(slug, cr.actionId) : planPath(slug))}
                    className="font-medium text-blue-900 underline-offset-2 hover:underline"
                  >
                    <span className="font-mono">{cr.code}</span> {clipped(cr.title)}
                  </Link>
                  <span className="block text-slate-800">
                    {cr.to ? `Due ${cr.from} → ${cr.to}` : `Scope: ${cr.scope}`} · raised by {cr.raisedBy} on {cr.raised} ({cr.waitingDays} days waiting)
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Panel>
      </div>
    </div>
  );
}
