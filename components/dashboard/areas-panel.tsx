// The dashboard's priority areas: what the leads report beside what the data
// says, with counts that drill into the filtered plan.
import Link from "next/link";
import { StatusBadge } from "@/components/ui/status-badge";
import type { DashboardArea } from "@/lib/dashboard/compute";
import { planEditorPath, planPath } from "@/lib/plan/paths";
import { planImportPath } from "@/lib/plan-import/paths";
import type { StatusLabels } from "@/lib/plan/status";
import type { DashboardLinks } from "./dashboard-view";
import { DrillLink, Panel } from "./panel";

const COUNT_ORDER = ["OFF_TRACK", "AT_RISK", "ON_TRACK", "COMPLETE", "NOT_DUE"] as const;

function AreaCard({ area, labels, slug }: { area: DashboardArea; labels: StatusLabels; slug: string }) {
  return (
    <li className="rounded-md border border-slate-200 p-4" data-testid="dashboard-area">
      <p className="text-sm font-medium text-slate-700">
        {area.code}
        {area.linked.length ? ` · also ${area.linked.join(", ")}` : ""}
      </p>
      <h3 className="mt-0.5 font-semibold text-slate-900">
        <Link prefetch={false} href={planPath(slug, { area: area.code })} className="underline-offset-2 hover:underline">
          {area.title}
        </Link>
      </h3>
      <dl className="mt-2 grid grid-cols-[auto_1fr] items-center gap-x-3 gap-y-1.5 text-sm">
        <dt className="text-slate-700">Reported</dt>
        <dd>
          <StatusBadge status={area.reported} label={labels[area.reported]} prefix={`${area.code} reported`} />
        </dd>
        <dt className="text-slate-700">Computed</dt>
        <dd>
          <StatusBadge status={area.computed} label={labels[area.computed]} prefix={`${area.code} computed`} />
        </dd>
      </dl>
      {area.overrideReason ? <p className="mt-1 text-xs text-slate-700">Lead’s override: {area.overrideReason}</p> : null}
      <p className="mt-2 text-sm text-slate-800">
        {area.actions} actions:{" "}
        {COUNT_ORDER.filter((s) => area.computedCounts[s] > 0).map((s, i) => (
          <span key={s}>
            {i > 0 ? ", " : ""}
            {s === "OFF_TRACK" || s === "AT_RISK" ? (
              <Link prefetch={false} href={planPath(slug, { area: area.code, computed: s })} className="font-medium text-blue-800 underline underline-offset-2">
                {area.computedCounts[s]} {labels[s].toLowerCase()}
              </Link>
            ) : (
              `${area.computedCounts[s]} ${labels[s].toLowerCase()}`
            )}
          </span>
        ))}
      </p>
      <p className="mt-1 text-sm text-slate-800">
        {area.conflicts ? (
          <Link prefetch={false} href={planPath(slug, { area: area.code, conflict: true })} className="font-medium text-red-900 underline underline-offset-2">
            ⚠ {area.conflicts} status {area.conflicts === 1 ? "conflict" : "conflicts"}
          </Link>
        ) : (
          "No status conflicts"
        )}
        {area.overdueActions ? ` · ${area.overdueActions} overdue` : ""}
        {area.kpis.total ? ` · ${area.kpis.total} KPIs (${area.kpis.offTrack} off track, ${area.kpis.noData} no data)` : ""}
      </p>
      <p className="mt-1 text-sm text-slate-800" data-testid="area-owed">
        {area.owedText ? (
          <Link prefetch={false} href={planPath(slug, { area: area.code, owed: true })} className="font-medium text-amber-900 underline underline-offset-2">
            <span aria-hidden="true">◷ </span>
            {area.owedText}
          </Link>
        ) : (
          "Every update is up to date"
        )}
      </p>
    </li>
  );
}

const LINK = "font-medium text-blue-800 underline underline-offset-2";

/** A plan with no areas yet: where to start, for whoever may start it. */
function NoAreas({ slug, links }: { slug: string; links: DashboardLinks }) {
  return (
    <p className="text-slate-700" data-testid="no-areas">
      No priority areas yet.{" "}
      {links.addAreas ? (
        <>
          Add them under{" "}
          <Link prefetch={false} href={planEditorPath(slug)} className={LINK}>
            Edit plan
          </Link>
          {links.importPlan ? (
            <>
              , or{" "}
              <Link prefetch={false} href={planImportPath(slug)} className={LINK}>
                import the plan from a spreadsheet
              </Link>
            </>
          ) : null}
          .
        </>
      ) : (
        "The programme office has not added the plan yet."
      )}
    </p>
  );
}

export function AreasPanel({ areas, labels, slug, links }: { areas: DashboardArea[]; labels: StatusLabels; slug: string; links: DashboardLinks }) {
  return (
    <Panel id="areas-heading" title="Priority areas: reported and computed status" action={<DrillLink href={planPath(slug)}>Whole plan</DrillLink>}>
      {areas.length === 0 ? (
        <NoAreas slug={slug} links={links} />
      ) : (
        <ul className="grid grid-cols-1 gap-3 md:grid-cols-2 xl:grid-cols-3">
          {areas.map((area) => (
            <AreaCard key={area.id} area={area} labels={labels} slug={slug} />
          ))}
        </ul>
      )}
    </Panel>
  );
}
