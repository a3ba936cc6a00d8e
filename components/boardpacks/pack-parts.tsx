// Pieces of the board pack document: the section frame, the dashboard
// summary and the frozen heat map. Functions of the document alone.
import type { ReactNode } from "react";
import { StatusBadge } from "@/components/ui/status-badge";
import type { BoardPackDocument } from "@/lib/boardpacks/snapshot";
import { DataTable } from "@/components/reports/report-parts";

export function PackSection({ id, title, intro, children }: { id: string; title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="pack-section report-section border-t border-slate-300 pt-5">
      <h2 id={id} className="text-xl font-semibold text-slate-900">
        {title}
      </h2>
      {intro ? <p className="mt-1 text-sm text-slate-800">{intro}</p> : null}
      <div className="mt-3 space-y-4">{children}</div>
    </section>
  );
}

type Doc = BoardPackDocument;

export function DashboardSummary({ doc }: { doc: Doc }) {
  const { totals, areas, conflicts, kpisOffTrack } = doc.dashboard;
  const label = doc.labels;
  return (
    <>
      <ul className="grid grid-cols-1 gap-2 text-sm sm:grid-cols-3" aria-label="Totals">
        <Total value={totals.actions} label="actions in the board’s areas" />
        <Total value={totals.computed.OFF_TRACK} label={`actions ${label.OFF_TRACK.toLowerCase()} by the data`} />
        <Total value={totals.computed.AT_RISK} label={`actions ${label.AT_RISK.toLowerCase()} by the data`} />
        <Total value={totals.conflicts} label="conflicts: reported status differs from the data" />
        <Total value={totals.overdueActions} label="actions overdue" />
        {totals.noDueDate ? <Total value={totals.noDueDate} label="actions with no agreed due date (never counted as late)" /> : null}
        <Total value={totals.kpisOffTrack} label={`of ${totals.kpis} KPIs off track`} />
      </ul>
      <DataTable
        caption="Priority areas: what the leads report and what the data says"
        empty="The board oversees no priority areas."
        headers={["Area", "Leads report", "Data says", "Actions", `${label.OFF_TRACK} / ${label.AT_RISK}`, "Conflicts", "Overdue", "KPIs off track"]}
        rows={areas.map((a) => [
          <span key="a">
            <strong>{a.code}</strong> {a.title}
          </span>,
          <StatusBadge key="r" status={a.reported} label={label[a.reported]} prefix="Reported" />,
          <StatusBadge key="c" status={a.computed} label={label[a.computed]} prefix="Data says" />,
          a.actions,
          `${a.counts.OFF_TRACK} / ${a.counts.AT_RISK}`,
          a.conflicts,
          a.overdueActions,
          a.kpisOffTrack,
        ])}
      />
      <DataTable
        caption="Conflicts: the reported status differs from what the data says"
        empty="None: every action’s reported status agrees with the data."
        headers={["Action", "Reported", "Data says", "Why"]}
        rows={conflicts.map((c) => [
          <span key="a">
            <strong>{c.code}</strong> {c.title}
          </span>,
          label[c.reported],
          label[c.computed],
          c.reason,
        ])}
      />
      <DataTable
        caption="KPIs off track"
        empty="None."
        headers={["KPI", "Latest", "Target"]}
        rows={kpisOffTrack.map((k) => [
          <span key="k">
            <strong>{k.code}</strong> {k.name}
          </span>,
          k.latest ?? "No data",
          k.target ?? "—",
        ])}
      />
    </>
  );
}

function Total({ value, label }: { value: number; label: string }) {
  return (
    <li className="rounded-md border border-slate-300 px-3 py-2">
      <span className="text-2xl font-semibold text-slate-900">{value}</span> <span className="text-slate-800">{label}</span>
    </li>
  );
}
