// The board pack as a document: the same component is the read view's body
// and the print view Chromium turns into the PDF. A function of the document
// (a frozen snapshot, or a draft drawn live); nothing here queries anything.
import { IllustrativeNote, SlowFlag } from "@/components/meetings/badges";
import { ReportDocument } from "@/components/reports/report-document";
import { DataTable } from "@/components/reports/report-parts";
import { StatusBadge } from "@/components/ui/status-badge";
import type { BoardPackDocument as Doc } from "@/lib/boardpacks/snapshot";
import { formatUkDate, formatUkDateTime, parseIsoDate } from "@/lib/dates/format";
import { chairDisplayName } from "@/lib/people/names";
import { compareReports } from "@/lib/reports/compare";
import { periodLabel } from "@/lib/reports/period";
import { TREND_ARROWS, TREND_LABELS } from "@/lib/risks/compute";
import { HeatMap } from "@/components/risks/heat-map";
import { DashboardSummary, PackSection } from "./pack-parts";
import { Sparkline } from "./sparkline";

const day = (iso: string) => formatUkDate(parseIsoDate(iso.slice(0, 10)));

export const PACK_SECTIONS = [
  { id: "agenda", title: "Agenda" },
  { id: "dashboard", title: "Dashboard summary" },
  { id: "reports", title: "Highlight reports" },
  { id: "risks", title: "Risk register" },
  { id: "impact-log", title: "Action and impact log" },
  { id: "changes", title: "Change requests for decision" },
  { id: "kpis", title: "Key performance indicators" },
] as const;

/** The cover: what meeting, for whom, as at when, published or not. */
export function PackCover({ doc }: { doc: Doc }) {
  const m = doc.meeting;
  return (
    <div className="space-y-3">
      <p className="text-sm font-medium text-slate-700">{doc.partnership.name}</p>
      <h1 className="text-3xl font-semibold text-slate-900">
        Board pack: {m.title}, {formatUkDate(new Date(m.date))}
      </h1>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-slate-900 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium text-slate-700">Board</dt>
        <dd>{m.board.name}</dd>
        <dt className="font-medium text-slate-700">Meeting</dt>
        <dd>
          {formatUkDateTime(new Date(m.date))}
          {m.durationMinutes ? `, ${m.durationMinutes} minutes` : ""}
          {m.location ? ` · ${m.location}` : ""}
        </dd>
        {m.board.chairName ? (
          <>
            <dt className="font-medium text-slate-700">Chair</dt>
            <dd>{chairDisplayName(m.board)}</dd>
          </>
        ) : null}
        <dt className="font-medium text-slate-700">Data as at</dt>
        <dd>{day(doc.asAt)}</dd>
        <dt className="font-medium text-slate-700">Status</dt>
        <dd>
          {doc.publication ? (
            `Published ${day(doc.publication.publishedAt)} by ${doc.publication.publishedBy}; this pack does not change.`
          ) : (
            <strong>Draft, not published: drawn from live data each time it is opened; members cannot see it yet.</strong>
          )}
        </dd>
      </dl>
      {m.illustrative ? (
        <IllustrativeNote>This meeting is demo data: the documents do not record it. The pack is drawn from the demo plan by the same code as any other.</IllustrativeNote>
      ) : null}
      {doc.provenance ? <p className="rounded-md border border-slate-400 bg-slate-100 px-3 py-2 text-sm text-slate-900">{doc.provenance}</p> : null}
      {doc.coverNote ? (
        <div className="rounded-md border border-slate-300 px-4 py-3">
          <p className="text-sm font-medium text-slate-700">From the programme office</p>
          {doc.coverNote.split(/\n{2,}/).map((p, i) => (
            <p key={i} className="mt-1 whitespace-pre-line text-slate-900">
              {p}
            </p>
          ))}
        </div>
      ) : null}
      <nav aria-label="Contents" className="pack-contents">
        <h2 className="text-lg font-semibold text-slate-900">Contents</h2>
        <ol className="mt-1 list-decimal pl-6 text-slate-900">
          {PACK_SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`} className="text-blue-800 underline underline-offset-2">
                {s.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
    </div>
  );
}

export function BoardPackDocument({ doc }: { doc: Doc }) {
  const label = doc.labels;
  const missing = doc.reports.filter((r) => r.missing);
  const late = doc.reports.filter((r) => !r.missing && r.late);
  return (
    <div className="board-pack space-y-8">
      <PackCover doc={doc} />

      <PackSection id="agenda" title="Agenda">
        {doc.meeting.agenda.length ? (
          <ol className="list-decimal space-y-1 pl-6 text-slate-900">
            {doc.meeting.agenda.map((item) => (
              <li key={item.position}>
                {item.title}
                {item.presenter ? <span className="text-slate-700"> — {item.presenter}</span> : null}
                {item.durationMinutes ? <span className="text-slate-700"> ({item.durationMinutes} min)</span> : null}
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-slate-800">No agenda has been set for this meeting.</p>
        )}
      </PackSection>

      <PackSection id="dashboard" title="Dashboard summary" intro={`The board’s priority areas as at ${day(doc.asAt)}, by the same rules as the live dashboard.`}>
        <DashboardSummary doc={doc} />
      </PackSection>

      <PackSection
        id="reports"
        title="Highlight reports"
        intro={`Each priority area’s latest highlight report submitted to the board by ${day(doc.asAt)}.${missing.length ? ` Missing: ${missing.map((r) => r.areaCode).join(", ")}.` : " None is missing."}${late.length ? ` Last month’s report not yet submitted: ${late.map((r) => r.areaCode).join(", ")}.` : ""}`}
      >
        {doc.reports.map((entry) => {
          const id = `report-${entry.areaCode.replace(/[^A-Za-z0-9]+/g, "-")}`;
          return (
            <section key={entry.areaCode} aria-labelledby={id} className="pack-report space-y-3 border-t border-slate-200 pt-4">
              <h3 id={id} className="text-lg font-semibold text-slate-900">
                {entry.areaCode} · {entry.areaTitle}
                {entry.missing ? " — report missing" : `: ${periodLabel(parseIsoDate(entry.report.period))} report`}
              </h3>
              {entry.missing ? (
                <div className="rounded-md border-l-4 border-red-700 bg-red-50 px-3 py-2 text-red-950">
                  <p className="font-semibold">
                    <span aria-hidden="true">⚠ </span>No highlight report for the board from {entry.areaCode}.
                  </p>
                  <p>{entry.reason}</p>
                  <p>Lead: {entry.leads.join("; ") || "none named"}</p>
                </div>
              ) : (
                <>
                  {entry.late ? (
                    <p className="rounded-md border-l-4 border-amber-600 bg-amber-50 px-3 py-2 text-amber-950">
                      <span aria-hidden="true">⚠ </span>
                      {entry.late}
                    </p>
                  ) : null}
                  <p className="text-sm text-slate-800">
                    Version {entry.report.submission.number}, submitted {day(entry.report.submission.submittedAt)} by {entry.report.submission.submittedBy};{" "}
                    {entry.standing === "NOTED" ? "noted by the board." : "awaiting the board."}
                  </p>
                  <ReportDocument doc={entry.report} comparison={compareReports(entry.report, entry.previous, entry.report.labels)} idPrefix={`${id}-`} headingLevel={4} />
                </>
              )}
            </section>
          );
        })}
      </PackSection>

      <PackSection id="risks" title="Risk register" intro="Open risks in the board’s areas: escalated to the board first, then the highest current score.">
        {doc.risks.illustrative ? <IllustrativeNote>Risks marked as demo data in the register are illustrative.</IllustrativeNote> : null}
        <HeatMap counts={doc.risks.heat} caption={`Current scores of ${doc.risks.items.length} open risks`} />
        <DataTable
          caption="Open risks"
          empty="No open risks in the board’s areas."
          headers={["Risk", "Escalated", "Current (L×I)", "Target", "Trend", "Owner", "Review"]}
          rows={doc.risks.items.map((r) => [
            <span key="r">
              <strong>{r.code}</strong> {r.title}
              {r.areaCodes.length ? <span className="block text-xs text-slate-700">{r.areaCodes.join(", ")}</span> : null}
            </span>,
            r.escalated ? <strong key="e">⬆ Escalated</strong> : "No",
            `${r.score} ${r.band} (${r.likelihood}×${r.impact})`,
            r.targetScore,
            `${TREND_ARROWS[r.trend]} ${TREND_LABELS[r.trend]}`,
            r.owner,
            r.review,
          ])}
        />
      </PackSection>

      <PackSection id="impact-log" title="Action and impact log" intro="Open entries of this board’s log: slow to progress first (Improvement Notice §5e).">
        <DataTable
          caption="Open entries"
          empty="The board’s log has no open entries."
          headers={["Entry", "Owner", "Due", "State", "Latest update"]}
          rows={doc.impactLog.map((e) => [
            <span key="e">
              <strong>{e.number}.</strong> {e.title}
              {e.areaCode || e.actionCode ? <span className="block text-xs text-slate-700">{[e.areaCode, e.actionCode].filter(Boolean).join(" · ")}</span> : null}
              <SlowFlag reasons={e.slow.map((text) => ({ text }))} />
              {e.illustrative ? <span className="block text-xs text-slate-700 italic">Illustrative</span> : null}
            </span>,
            e.owner ?? "—",
            e.due ? day(e.due) : "—",
            e.state,
            e.latestUpdate ?? "No update yet",
          ])}
        />
      </PackSection>

      <PackSection id="changes" title="Change requests for decision" intro="Requests to move a due date or change scope, awaiting the board’s decision.">
        <DataTable
          caption="Awaiting decision"
          empty="No change requests are awaiting a decision."
          headers={["Action", "Due date", "Scope", "Raised", "Waiting"]}
          rows={doc.changeRequests.map((c) => [
            <span key="c">
              <strong>{c.code}</strong> {c.title}
            </span>,
            c.to ? `${c.from} → ${c.to}` : c.from,
            c.scope ?? "—",
            `${c.raised} by ${c.raisedBy}`,
            `${c.waitingDays} days`,
          ])}
        />
      </PackSection>

      <PackSection id="kpis" title="Key performance indicators" intro="The board’s KPIs, worst first, with their last twelve values.">
        <DataTable
          caption="KPIs"
          empty="The board’s areas have no KPIs."
          headers={["KPI", "Status", "Latest", "Target", "Trend"]}
          rows={doc.kpis.map((k) => [
            <span key="k">
              <strong>{k.code}</strong> {k.name}
              {k.areaCodes.length ? <span className="block text-xs text-slate-700">{k.areaCodes.join(", ")}</span> : null}
            </span>,
            <StatusBadge key="s" status={k.status} label={k.noData ? "No data" : label[k.status]} prefix="Status" />,
            k.latest ? `${k.latest} (${k.latestPeriod})` : "No data",
            k.target ?? "—",
            <Sparkline key="t" values={k.spark} label={k.sparkLabel} />,
          ])}
        />
      </PackSection>
    </div>
  );
}
