// The pulled-in tables of a highlight report that need more than a list:
// KPI movements with status, change requests, other evidence.
import { StatusBadge } from "@/components/ui/status-badge";
import type { StatusLabels } from "@/lib/plan/status";
import type { ReportPrefill } from "@/lib/reports/snapshot";
import { Code, DataTable, ukDate, ukMonth } from "./report-parts";

const MOVEMENT: Record<ReportPrefill["kpis"][number]["movement"], { arrow: string; words: string }> = {
  IMPROVED: { arrow: "▲", words: "Better" },
  WORSENED: { arrow: "▼", words: "Worse" },
  UNCHANGED: { arrow: "▶", words: "No change" },
  NO_NEW_VALUE: { arrow: "–", words: "No new value this month" },
  FIRST_VALUE: { arrow: "●", words: "First value" },
  NO_DATA: { arrow: "–", words: "No data" },
};

export function KpiTable({ kpis, labels }: { kpis: ReportPrefill["kpis"]; labels: StatusLabels }) {
  return (
    <DataTable
      caption="KPI movements"
      empty="No KPIs are linked to this area."
      headers={["KPI", "Latest", "A month earlier", "Movement", "Status", "Target"]}
      rows={kpis.map((k) => [
        <span key="k">
          <Code>{k.code}</Code> {k.name}
          <span className="block text-xs text-slate-700">{k.direction === "LOWER_IS_BETTER" ? "Lower is better" : "Higher is better"}</span>
        </span>,
        k.latest ? `${k.latest.text} (${ukMonth(k.latest.period)})` : "—",
        k.previous ? `${k.previous.text} (${ukMonth(k.previous.period)})` : "—",
        <span key="m">
          <span aria-hidden="true">{MOVEMENT[k.movement].arrow} </span>
          {MOVEMENT[k.movement].words}
        </span>,
        <span key="s">
          {k.noData ? <StatusBadge status="NOT_DUE" label="No data" prefix="KPI status" /> : <StatusBadge status={k.status} label={labels[k.status]} prefix="KPI status" />}
          <span className="mt-1 block text-xs text-slate-800">A month earlier: {k.lastMonthStatus ? labels[k.lastMonthStatus] : "—"}</span>
          <span className="mt-1 block text-xs text-slate-700">{k.reason}</span>
        </span>,
        k.target ?? "—",
      ])}
    />
  );
}

const DECISION: Record<string, string> = { APPROVED: "Approved", REJECTED: "Rejected", PENDING: "Awaiting decision", WITHDRAWN: "Withdrawn" };

function what(c: { actionCode: string | null; milestone: string | null; from: string | null; to: string | null; scope: string | null }) {
  const change = [c.to ? `Due ${c.from ? `${ukDate(c.from)} → ` : ""}${ukDate(c.to)}` : null, c.scope ? `Scope: ${c.scope}` : null].filter(Boolean).join("; ");
  return (
    <span>
      {c.actionCode ? <Code>{c.actionCode}</Code> : null}
      {c.milestone ? ` milestone “${c.milestone}”` : ""}
      <span className="block">{change || "—"}</span>
    </span>
  );
}

export function ChangeRequestTables({ changeRequests, month }: { changeRequests: ReportPrefill["changeRequests"]; month: string }) {
  return (
    <>
      <DataTable
        caption="Change requests raised"
        empty={`None raised in ${month}.`}
        headers={["Change", "Reason", "Raised by", "Raised", "State at the end of the month"]}
        rows={changeRequests.raised.map((c) => [what(c), c.reason, c.by, ukDate(c.on), DECISION[c.state] ?? c.state])}
      />
      <DataTable
        caption="Change requests decided"
        empty={`None decided in ${month}.`}
        headers={["Change", "Decision", "Note", "Decided by", "Decided"]}
        rows={changeRequests.decided.map((c) => [what(c), DECISION[c.decision] ?? c.decision, c.note ?? "—", c.by ?? "—", ukDate(c.on)])}
      />
    </>
  );
}

const KIND: Record<ReportPrefill["evidence"]["other"][number]["kind"], string> = { DATA: "Data", DOCUMENT: "Document", CASE_STUDY: "Case study" };

export function EvidenceTables({ evidence, month }: { evidence: ReportPrefill["evidence"]["other"]; month: string }) {
  return (
    <DataTable
      caption="Data, documents and case studies"
      empty={`None recorded in ${month}.`}
      headers={["Evidence", "Kind", "Date", "On", "What it shows"]}
      rows={evidence.map((e) => [e.title, KIND[e.kind], ukDate(e.date), <Code key="on">{e.on}</Code>, e.text ?? "—"])}
    />
  );
}
