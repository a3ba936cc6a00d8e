// A highlight report as a document: the same component is the read view's
// body and the print view Chromium turns into the PDF. A function of the
// document (a frozen snapshot, or a draft drawn live) and its comparison with
// last month's report; nothing here queries anything.
import { StatusBadge } from "@/components/ui/status-badge";
import type { ReportComparison } from "@/lib/reports/compare";
import { periodLabel } from "@/lib/reports/period";
import type { ReportDocument as Doc } from "@/lib/reports/snapshot";
import { parseIsoDate } from "@/lib/dates/format";
import { ReportComparisonSection, StatusMove } from "./report-comparison";
import { Code, DataTable, Section, ukDate, Written } from "./report-parts";
import { ChangeRequestTables, EvidenceTables, KpiTable } from "./report-tables";

/** `headingLevel` 3 when the document sits under a page's own h2 (the editor's preview), 4 under a board pack's report heading. */
export function ReportDocument({ doc, comparison, idPrefix = "", headingLevel = 2 }: { doc: Doc; comparison: ReportComparison; idPrefix?: string; headingLevel?: 2 | 3 | 4 }) {
  const { labels, prefill, written } = doc;
  const month = periodLabel(parseIsoDate(doc.period));
  const nextMonth = periodLabel(parseIsoDate(prefill.dueNext.period));
  const id = (name: string) => `${idPrefix}${name}`;
  const inMonth = `in ${month}`;
  return (
    <div className="report-document space-y-6">
      <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium text-slate-700">Priority area</dt>
        <dd>
          {doc.area.code} · {doc.area.title}
          {doc.area.linked.length ? ` (with ${doc.area.linked.join(", ")})` : ""}
        </dd>
        <dt className="font-medium text-slate-700">Period</dt>
        <dd>
          {month}, drawn as at {ukDate(prefill.asAt)}
        </dd>
        <dt className="font-medium text-slate-700">Lead</dt>
        <dd>{doc.area.leads.join("; ") || "—"}</dd>
        {doc.board ? (
          <>
            <dt className="font-medium text-slate-700">To</dt>
            <dd>{doc.board}</dd>
          </>
        ) : null}
        <dt className="font-medium text-slate-700">Version</dt>
        <dd>
          {doc.submission
            ? `${doc.submission.number}, submitted ${ukDate(doc.submission.submittedAt.slice(0, 10))} by ${doc.submission.submittedBy}`
            : "Draft, not yet submitted: the tables are drawn live and freeze when it is submitted"}
        </dd>
      </dl>
      {doc.provenance ? <p className="report-provenance rounded-md border border-slate-400 bg-slate-100 px-3 py-2 text-sm text-slate-900">{doc.provenance}</p> : null}

      <Section level={headingLevel} id={id("status")} title="Overall status">
        <dl className="grid grid-cols-1 items-start gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="font-medium text-slate-800">The lead reports</dt>
          <dd>
            {written.overallStatus ? (
              <StatusBadge status={written.overallStatus} label={labels[written.overallStatus]} prefix="Overall status" />
            ) : (
              <span className="italic">Not given yet</span>
            )}
          </dd>
          <dt className="font-medium text-slate-800">Against last month’s report</dt>
          <dd>
            <StatusMove change={comparison.overall} />
          </dd>
          <dt className="font-medium text-slate-800">The data suggests</dt>
          <dd>
            <StatusBadge status={prefill.suggested.status} label={labels[prefill.suggested.status]} prefix="Suggested status" />
            <span className="mt-1 block text-sm text-slate-800">{prefill.suggested.basis}</span>
            <span className="mt-1 block text-sm">
              <StatusMove change={comparison.suggested} />
              <span className="text-slate-700"> (the same roll-up at the end of the month before)</span>
            </span>
          </dd>
          {written.statusReason ? (
            <>
              <dt className="font-medium text-slate-800">Why the lead’s status differs</dt>
              <dd>
                <Written text={written.statusReason} />
              </dd>
            </>
          ) : null}
        </dl>
      </Section>

      <Section level={headingLevel} id={id("summary")} title="Summary">
        <Written text={written.summary} />
      </Section>

      <Section level={headingLevel} id={id("impact")} title="Impact on children, young people and families">
        <Written text={written.impactOnFamilies} empty="Not written yet: it is required before the report can be submitted (Improvement Notice §5d)." />
        <DataTable
          caption="You said, we did: feedback from families and young people recorded"
          empty={`None recorded ${inMonth}.`}
          headers={["Feedback", "Date", "On", "What we did"]}
          rows={prefill.evidence.feedback.map((e) => [e.title, ukDate(e.date), <Code key="on">{e.on}</Code>, e.text ?? "—"])}
        />
      </Section>

      <Section level={headingLevel} id={id("achievements")} title={`Achievements ${inMonth}`}>
        <Written text={written.achievements} />
        <DataTable
          caption="Actions completed"
          empty={`None ${inMonth}.`}
          headers={["Action", "Title", "Lead", "Completed"]}
          rows={prefill.actions.completed.map((a) => [<Code key="c">{a.code}</Code>, a.title, a.lead ?? "—", ukDate(a.on)])}
        />
        <DataTable
          caption="Milestones met"
          empty={`None ${inMonth}.`}
          headers={["Action", "Milestone", "Due", "Evidence"]}
          rows={prefill.milestones.met.map((m) => [<Code key="c">{m.actionCode}</Code>, m.text, ukDate(m.due), m.note ?? "—"])}
        />
        <DataTable
          caption="Actions started"
          empty={`None ${inMonth}.`}
          headers={["Action", "Title", "Lead", "Started"]}
          rows={prefill.actions.started.map((a) => [<Code key="c">{a.code}</Code>, a.title, a.lead ?? "—", ukDate(a.on)])}
        />
      </Section>

      <Section level={headingLevel} id={id("slippage")} title={`Slippage ${inMonth}`}>
        <DataTable
          caption="Actions slipped"
          empty={`None ${inMonth}.`}
          headers={["Action", "Title", "Lead", "What happened"]}
          rows={prefill.actions.slipped.map((a) => [<Code key="c">{a.code}</Code>, a.title, a.lead ?? "—", a.reasons.join("; ")])}
        />
        <DataTable
          caption="Milestones missed, or passed without being recorded"
          empty={`None ${inMonth}.`}
          headers={["Action", "Milestone", "Due", "Recorded"]}
          rows={prefill.milestones.missed.map((m) => [
            <Code key="c">{m.actionCode}</Code>,
            m.text,
            ukDate(m.due),
            m.recorded ? `Missed${m.note ? `: ${m.note}` : ""}` : "Not recorded: the date passed unmet",
          ])}
        />
      </Section>

      <Section level={headingLevel} id={id("kpis")} title="KPIs">
        <KpiTable kpis={prefill.kpis} labels={labels} />
      </Section>

      <Section level={headingLevel} id={id("changes")} title="Change requests">
        <ChangeRequestTables changeRequests={prefill.changeRequests} month={month} />
      </Section>

      <Section level={headingLevel} id={id("evidence")} title="Other evidence recorded">
        <EvidenceTables evidence={prefill.evidence.other} month={month} />
      </Section>

      <Section level={headingLevel} id={id("next")} title={`Next period: ${nextMonth}`}>
        <Written text={written.nextPeriod} />
        <DataTable
          caption={`Actions due in ${nextMonth}`}
          empty="None."
          headers={["Action", "Title", "Lead", "Due"]}
          rows={prefill.dueNext.actions.map((a) => [<Code key="c">{a.code}</Code>, a.title, a.lead ?? "—", ukDate(a.due)])}
        />
        <DataTable
          caption={`Milestones due in ${nextMonth}`}
          empty="None."
          headers={["Action", "Milestone", "Due"]}
          rows={prefill.dueNext.milestones.map((m) => [<Code key="c">{m.actionCode}</Code>, m.text, ukDate(m.due)])}
        />
      </Section>

      <Section level={headingLevel} id={id("risks")} title="Risks and issues">
        <Written text={written.risksAndIssues} />
      </Section>

      <Section level={headingLevel} id={id("decisions")} title="Decisions needed from the board">
        <Written text={written.decisionsNeeded} empty="None asked for." />
      </Section>

      <ReportComparisonSection level={headingLevel} id={id("compared")} comparison={comparison} />
    </div>
  );
}
