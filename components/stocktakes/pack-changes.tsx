// "Changes since the last stocktake", per area and for the whole pack: status
// moves with an arrow and words, actions completed and slipped (with the
// change requests the board approved), KPIs against their trajectory, new
// and escalated risks. A function of the comparison of two snapshots.
import { StatusMove } from "@/components/reports/report-comparison";
import { Code, DataTable, ukDate } from "@/components/reports/report-parts";
import { ARROWS } from "@/lib/reports/compare";
import type { AreaChanges, KpiMove, PackComparison } from "@/lib/stocktakes/compute/compare";
import { SubHeading } from "./pack-parts";

const TRAVEL_ARROW: Record<KpiMove["travel"], string> = {
  NOW_MEETS: ARROWS.IMPROVED,
  CLOSER: ARROWS.IMPROVED,
  NO_LONGER_MEETS: ARROWS.WORSENED,
  FURTHER: ARROWS.WORSENED,
  STILL_MEETS: ARROWS.UNCHANGED,
  NO_CLOSER: ARROWS.UNCHANGED,
  NEW: ARROWS.NEW,
  NO_DATA: ARROWS.NONE,
};

export function AreaChangesBlock({ id, changes, comparedWith, level = 3 }: { id: string; changes: AreaChanges; comparedWith: string; level?: 3 | 4 }) {
  const { risks } = changes;
  const nothing =
    !changes.completed.length &&
    !changes.slipped.length &&
    !changes.kpis.length &&
    !risks.raised.length &&
    !risks.escalated.length &&
    !risks.worsened.length &&
    !risks.closed.length;
  return (
    <div className="pack-changes">
      <SubHeading level={level} id={id}>
        Changes since {comparedWith}
      </SubHeading>
      {changes.isNew ? <p className="text-slate-800">This area was not in that stocktake.</p> : null}
      <ul className="mt-1 list-disc space-y-1 pl-5">
        <li>
          Our status: <StatusMove change={changes.status} />
        </li>
        <li>
          What the data suggests: <StatusMove change={changes.suggested} />
        </li>
        <li>
          {changes.completed.length} {changes.completed.length === 1 ? "action" : "actions"} completed, {changes.slipped.length} slipped
          {risks.raised.length || risks.escalated.length
            ? `; ${risks.raised.length} new and ${risks.escalated.length} escalated ${risks.raised.length + risks.escalated.length === 1 ? "risk" : "risks"}`
            : ""}
          .
        </li>
      </ul>
      {nothing ? null : (
        <div className="mt-2 space-y-3">
          <DataTable
            caption="Actions completed"
            empty="None."
            headers={["Action", "Title", "Completed"]}
            rows={changes.completed.map((a) => [<Code key="c">{a.code}</Code>, a.title, ukDate(a.on)])}
          />
          <DataTable
            caption="Actions slipped"
            empty="None."
            headers={["Action", "Title", "What happened", "Change requests approved"]}
            rows={changes.slipped.map((a) => [
              <Code key="c">{a.code}</Code>,
              a.title,
              a.reasons.join("; "),
              a.changeRequests.length
                ? a.changeRequests
                    .map(
                      (c) =>
                        `Due ${c.from ? ukDate(c.from) : "—"} → ${c.to ? ukDate(c.to) : "—"}, approved ${c.decidedOn ? ukDate(c.decidedOn) : ""}${c.meeting ? ` at ${c.meeting}` : ""}: ${c.reason}`,
                    )
                    .join(" ")
                : "None: the date has passed without an approved change",
            ])}
          />
          <DataTable
            caption="KPIs against their trajectory"
            empty="No KPIs."
            headers={["KPI", "Against trajectory", "Status"]}
            rows={changes.kpis.map((k) => [
              <span key="k">
                <Code>{k.code}</Code> {k.name}
              </span>,
              <span key="w">
                <span aria-hidden="true">{TRAVEL_ARROW[k.travel]} </span>
                {k.words}
              </span>,
              <StatusMove key="s" change={k.status} />,
            ])}
          />
          <DataTable
            caption="Risks: new, escalated to the board, or scoring higher"
            empty="None."
            headers={["Risk", "What changed", "Score now"]}
            rows={[
              ...risks.raised.map((r) => [<Code key="c">{r.code}</Code>, `New: ${r.title}${r.escalated ? " (escalated to the board)" : ""}`, String(r.score)]),
              ...risks.escalated.filter((r) => !risks.raised.includes(r)).map((r) => [<Code key="c">{r.code}</Code>, `Escalated to the board: ${r.title}`, String(r.score)]),
              ...risks.worsened.map((r) => [<Code key="c">{r.code}</Code>, `Scores higher (was ${r.from}): ${r.title}`, String(r.score)]),
              ...risks.closed.map((r) => [<Code key="c">{r.code}</Code>, `No longer open: ${r.title}`, "—"]),
            ]}
          />
        </div>
      )}
    </div>
  );
}

/** The pack's changes in numbers, for the top of the document. */
export function ChangesOverview({ comparison }: { comparison: PackComparison }) {
  const t = comparison.totals;
  if (!comparison.previous) return <p className="text-slate-800">This is the first stocktake recorded here: there is no earlier pack to compare with.</p>;
  return (
    <DataTable
      caption={`Since ${comparison.previous.title}${comparison.previous.reviewDate ? ` (review of ${ukDate(comparison.previous.reviewDate)})` : ""}`}
      empty="—"
      headers={["What", "Number"]}
      rows={[
        ["Areas whose status improved", String(t.areasImproved)],
        ["Areas whose status worsened", String(t.areasWorsened)],
        ["Actions completed", String(t.actionsCompleted)],
        ["Actions slipped", String(t.actionsSlipped)],
        ["KPIs closer to, or now meeting, their trajectory", String(t.kpisImproved)],
        ["KPIs further from, or no longer meeting, their trajectory", String(t.kpisWorsened)],
        ["New risks", String(t.risksRaised)],
        ["Risks escalated to the board", String(t.risksEscalated)],
        ["Next steps of the last stocktake answered", `${t.responses - t.unanswered} of ${t.responses}`],
      ]}
    />
  );
}
