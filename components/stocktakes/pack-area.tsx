// One area's section of the stocktake pack: the inspection finding, the
// partnership's status and progress update, its response to the last
// stocktake's next steps, the changes since then, the dashboard of actions,
// milestones, KPIs, change requests and risks as at the pack's day, the
// evidence, and the review's findings.
import { Fragment, type ReactNode } from "react";
import { Code, DataTable, ukDate, ukMonth } from "@/components/reports/report-parts";
import { StatusBadge } from "@/components/ui/status-badge";
import { DUE_DATE_TO_BE_CONFIRMED } from "@/lib/plan/due-date";
import { AREA_KIND_LABELS } from "@/lib/plan/structure/schema";
import type { StatusLabels } from "@/lib/plan/status";
import type { AreaChanges } from "@/lib/stocktakes/compute/compare";
import { actionCodeRuns, groupMilestones, type MilestoneGroup, type MilestoneLine } from "@/lib/stocktakes/compute/milestone-groups";
import { sectionAnchor } from "@/lib/stocktakes/paths";
import type { ShownFinding } from "@/lib/stocktakes/access";
import type { AreaData, AreaSection, PackAction, PackResponse } from "@/lib/stocktakes/snapshot";
import { AreaChangesBlock } from "./pack-changes";
import { ChartKey, PackKpiChart } from "./pack-kpi-chart";
import { EvidenceTables, FindingsBlock, ResponsesTable, SubHeading, WrittenParts } from "./pack-parts";

const REPORT_STATE: Record<string, string> = { DRAFT: "Not submitted", SUBMITTED: "Submitted", NOTED: "Noted", RETURNED: "Returned" };

/** "due 31 March 2026", "due 31 March 2026 → 30 June 2026" where a change moved it, or that no date is agreed yet. */
function dueLine(a: PackAction): string {
  if (!a.currentDue) return DUE_DATE_TO_BE_CONFIRMED.toLowerCase();
  return `due ${!a.baselineDue || a.baselineDue === a.currentDue ? ukDate(a.currentDue) : `${ukDate(a.baselineDue)} → ${ukDate(a.currentDue)}`}`;
}

/** The data's reason is printed where it tells the reader something: the data disagrees with the lead, or sees a problem. */
function needsReason(a: PackAction): boolean {
  return a.computed !== a.reported || a.computed === "AT_RISK" || a.computed === "OFF_TRACK";
}

/** A milestone table: one row per milestone and date, naming every action it belongs to (a recurring milestone shared by many actions is one row). */
function MilestoneTable({
  caption,
  empty,
  lines,
  actionOrder,
  last,
}: {
  caption: string;
  empty: string;
  lines: readonly MilestoneLine[];
  actionOrder: readonly string[];
  last?: [header: string, cell: (group: MilestoneGroup) => string];
}) {
  const groups = groupMilestones(lines, actionOrder);
  return (
    <DataTable
      caption={caption}
      empty={empty}
      count={lines.length}
      headers={["Milestone", "Due", "Actions", ...(last ? [last[0]] : [])]}
      rows={groups.map((g) => [
        g.text,
        ukDate(g.due),
        g.actionCodes.length === 1 ? (
          <Code key="a">{g.actionCodes[0]}</Code>
        ) : (
          <span key="a">
            <Code>{actionCodeRuns(g.actionCodes, actionOrder)}</Code> ({g.actionCodes.length} actions)
          </span>
        ),
        ...(last ? [last[1](g)] : []),
      ])}
    />
  );
}

function Dashboard({
  data,
  labels,
  anchor,
  asAt,
  nextWindowEnd,
  periodStart,
  level,
}: {
  data: AreaData;
  labels: StatusLabels;
  anchor: string;
  asAt: string;
  nextWindowEnd: string;
  periodStart: string;
  level: 3 | 4;
}) {
  const since = `since ${ukDate(periodStart)}`;
  const actionOrder = data.actions.map((a) => a.code);
  return (
    <div className="pack-dashboard space-y-3">
      <SubHeading level={level} id={`${anchor}-actions`}>
        Actions as at {ukDate(asAt)}
      </SubHeading>
      <DataTable
        caption="Every action of the area, with what its lead reported and what the data says"
        empty="The area has no actions."
        headers={["Action", "Title, lead and due date", "Lead reports", "The data says"]}
        // Fragments rather than wrappers: a row is printed 300 times in the largest pack, and each element costs Chromium time to lay out and tag.
        rows={data.actions.map((a) => [
          <Code key="c">{a.code}</Code>,
          <Fragment key="t">
            {a.title}
            <span className="block text-xs text-slate-700">
              {a.lead ?? "No lead"} · {dueLine(a)}
              {a.completedOn ? ` · completed ${ukDate(a.completedOn)}` : a.daysLate > 0 ? ` · ${a.daysLate} days late` : ""}
            </span>
          </Fragment>,
          // The column headers say whose status each is, so the badges carry no prefix of their own.
          <StatusBadge key="r" status={a.reported} label={labels[a.reported]} />,
          <Fragment key="s">
            <StatusBadge status={a.computed} label={labels[a.computed]} />
            {a.reasons[0] && needsReason(a) ? <span className="mt-1 block text-xs text-slate-800">{a.reasons[0]}</span> : null}
          </Fragment>,
        ])}
      />
      <SubHeading level={level} id={`${anchor}-milestones`}>
        Milestones
      </SubHeading>
      <MilestoneTable caption={`Milestones met ${since}`} empty="None." lines={data.milestones.met} actionOrder={actionOrder} last={["Evidence", (m) => m.note ?? "—"]} />
      <MilestoneTable
        caption={`Milestones missed, or passed without being recorded, ${since}`}
        empty="None."
        lines={data.milestones.missed}
        actionOrder={actionOrder}
        last={["Recorded", (m) => (m.recorded ? `Missed${m.note ? `: ${m.note}` : ""}` : "Not recorded: the date passed unmet")]}
      />
      <MilestoneTable caption={`The next set of milestones: due by ${ukDate(nextWindowEnd)}`} empty="None due." lines={data.milestones.dueNext} actionOrder={actionOrder} />
      <SubHeading level={level} id={`${anchor}-kpis`}>
        KPIs
      </SubHeading>
      <DataTable
        caption="KPIs against their trajectory"
        empty="No KPIs are linked to this area."
        headers={["KPI", "Latest", "Expected", "Status", "Target and forecast"]}
        rows={data.kpis.map((k) => [
          <Fragment key="k">
            <Code>{k.code}</Code> {k.name}
            <span className="block text-xs text-slate-700">{k.direction === "LOWER_IS_BETTER" ? "Lower is better" : "Higher is better"}</span>
          </Fragment>,
          k.latest ? `${k.latest.text} (${ukMonth(k.latest.period)})` : "—",
          k.expected?.text ?? "—",
          // The column header says it is the KPI's status, so the badge carries no prefix of its own.
          <Fragment key="s">
            {k.noData ? <StatusBadge status="NOT_DUE" label="No data" /> : <StatusBadge status={k.status} label={labels[k.status]} />}
            <span className="mt-1 block text-xs text-slate-800">{k.reason}</span>
          </Fragment>,
          <Fragment key="t">
            {k.target ?? "No target set"}
            {k.forecast ? <span className="mt-1 block text-xs text-slate-800">{k.forecast}</span> : null}
          </Fragment>,
        ])}
      />
      {data.kpis.some((k) => k.series.length) ? (
        <>
          <ChartKey />
          <div className="pack-charts grid grid-cols-1 gap-4 sm:grid-cols-2">
            {data.kpis
              .filter((k) => k.series.length)
              .map((k) => (
                <PackKpiChart key={k.code} kpi={k} />
              ))}
          </div>
        </>
      ) : null}
      <SubHeading level={level} id={`${anchor}-changes-requested`}>
        Change requests
      </SubHeading>
      <DataTable
        caption={`Change requests raised or decided ${since}`}
        empty="None."
        headers={["Action", "Change", "Why", "Decision"]}
        rows={data.changeRequests.map((c) => [
          <Code key="c">{c.actionCode ?? "—"}</Code>,
          [c.to ? `Due ${c.from ? `${ukDate(c.from)} → ` : ""}${ukDate(c.to)}` : null, c.scope ? `Scope: ${c.scope}` : null, c.milestone ? `Milestone: ${c.milestone}` : null]
            .filter(Boolean)
            .join("; ") || "—",
          c.reason,
          c.state === "PENDING"
            ? `Awaiting the board (raised ${ukDate(c.raisedOn)})`
            : `${c.state === "APPROVED" ? "Approved" : c.state === "REJECTED" ? "Rejected" : "Withdrawn"}${c.decidedOn ? ` ${ukDate(c.decidedOn)}` : ""}${c.meeting ? ` at ${c.meeting}` : ""}${c.note ? `: ${c.note}` : ""}`,
        ])}
      />
      <SubHeading level={level} id={`${anchor}-risks`}>
        Risks
      </SubHeading>
      <DataTable
        caption={`Open risks as at ${ukDate(asAt)}, highest first`}
        empty="No open risks are linked to this area."
        headers={["Risk", "Owner", "Likelihood × impact", "Escalated"]}
        rows={data.risks.map((r) => [
          <Fragment key="r">
            <Code>{r.code}</Code> {r.title}
          </Fragment>,
          r.owner ?? "—",
          `${r.likelihood} × ${r.impact} = ${r.score}${r.targetScore ? ` (target ${r.targetScore})` : ""}`,
          r.escalated ? "Escalated to the board" : "No",
        ])}
      />
    </div>
  );
}

export function PackArea({
  area,
  labels,
  changes,
  comparedWith,
  responses,
  findings,
  doc,
  aside,
  headingLevel = 2,
}: {
  area: AreaSection;
  labels: StatusLabels;
  changes: AreaChanges | undefined;
  comparedWith: string | null;
  responses: readonly PackResponse[];
  findings: ShownFinding[] | undefined;
  doc: { asAt: string; nextWindowEnd: string; period: { start: string } };
  aside?: ReactNode;
  /** 3 where the section sits under a page's own h2 (the editor's preview). */
  headingLevel?: 2 | 3;
}) {
  const anchor = sectionAnchor(area.code);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const level = headingLevel === 2 ? 3 : 4;
  const reports = area.data?.reports ?? [];
  return (
    <section id={anchor} aria-labelledby={`${anchor}-heading`} className="report-section pack-area border-t-2 border-slate-300 pt-5" data-testid="pack-area">
      <Heading id={`${anchor}-heading`} className="text-xl font-semibold text-slate-900">
        {area.code} · {area.title}
      </Heading>
      <p className="mt-1 text-sm text-slate-700">
        {AREA_KIND_LABELS[area.kind]}
        {area.parent ? ` · reported with ${area.parent.code}` : ""}
        {area.linked.length ? ` · with ${area.linked.join(", ")}` : ""}
      </p>
      <blockquote className="mt-2 border-l-4 border-slate-300 pl-3 text-sm whitespace-pre-line text-slate-800">
        <span className="font-medium">{area.kind === "DFE_RECOMMENDATION" ? "The DfE recommended: " : "The inspection found: "}</span>
        {area.finding}
      </blockquote>
      <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium text-slate-800">Lead</dt>
        <dd>{area.leads.join("; ") || "—"}</dd>
        <dt className="font-medium text-slate-800">Our assessment</dt>
        <dd>
          {area.written.status ? (
            <StatusBadge status={area.written.status} label={labels[area.written.status]} prefix="Our status" />
          ) : (
            <span className="italic">Not given yet</span>
          )}
        </dd>
        {area.data ? (
          <>
            <dt className="font-medium text-slate-800">What the data suggests</dt>
            <dd>
              <StatusBadge status={area.data.suggested.status} label={labels[area.data.suggested.status]} prefix="Suggested status" />
              <span className="mt-1 block text-slate-800">{area.data.suggested.basis}</span>
            </dd>
          </>
        ) : null}
        {reports.some((r) => r.state) ? (
          <>
            <dt className="font-medium text-slate-800">Highlight reports to the board</dt>
            <dd>{reports.map((r) => `${ukMonth(r.period)}: ${r.state ? REPORT_STATE[r.state] : "None"}${r.status ? ` (${labels[r.status]})` : ""}`).join(" · ")}</dd>
          </>
        ) : null}
      </dl>
      {aside}
      <WrittenParts level={level} written={area.written} idPrefix={anchor} emptyNote="No progress update written yet: one is required before the stocktake is published." />
      <ResponsesTable responses={responses} labels={labels} caption={`Our response to the last stocktake’s next steps for ${area.code}`} />
      {changes && comparedWith ? <AreaChangesBlock level={level} id={`${anchor}-changes`} changes={changes} comparedWith={comparedWith} /> : null}
      {area.data ? (
        <Dashboard level={level} data={area.data} labels={labels} anchor={anchor} asAt={doc.asAt} nextWindowEnd={doc.nextWindowEnd} periodStart={doc.period.start} />
      ) : (
        <p className="mt-3 text-slate-800">Its actions, milestones, KPIs and risks are reported with {area.parent?.code ?? "its priority area"}, above.</p>
      )}
      <SubHeading level={level} id={`${anchor}-evidence`}>
        Evidence
      </SubHeading>
      <EvidenceTables evidence={area.evidence} />
      <FindingsBlock level={level} id={`${anchor}-review`} findings={findings} title={`Findings of the review: ${area.code}`} />
    </section>
  );
}
