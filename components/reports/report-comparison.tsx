// "Compared with last month": status moves with an arrow and words, what
// last month's report said was due and what became of it, and the counts.
import { ARROWS, type ReportComparison, type StatusChange } from "@/lib/reports/compare";
import { Code, DataTable, Section, ukDate, ukMonth } from "./report-parts";

/** An arrow for the eye, the words for everyone (status is never shown by colour alone). */
export function StatusMove({ change }: { change: StatusChange }) {
  return (
    <span className="font-medium" data-direction={change.direction}>
      <span aria-hidden="true">{ARROWS[change.direction]} </span>
      {change.words}
    </span>
  );
}

const OUTCOME = { DONE: "✓ Done", MISSED: "✗ Missed or slipped", OPEN: "Still open" } as const;

export function ReportComparisonSection({ id, comparison, level = 2 }: { id: string; comparison: ReportComparison; level?: 2 | 3 | 4 }) {
  const previous = comparison.previous;
  return (
    <Section level={level} id={id} title="Compared with last month">
      {previous ? (
        <p className="text-slate-800">
          Against the {ukMonth(previous.period)} report{previous.number ? ` (version ${previous.number})` : ""}.
        </p>
      ) : (
        <p className="text-slate-800">There is no report for the month before to compare with; the suggested status is compared with the data a month earlier.</p>
      )}
      <ul className="list-disc space-y-1 pl-5">
        <li>
          Lead’s status: <StatusMove change={comparison.overall} />
        </li>
        <li>
          Suggested by the data: <StatusMove change={comparison.suggested} />
        </li>
        {comparison.kpis.map((k) => (
          <li key={k.code}>
            KPI <Code>{k.code}</Code> {k.name}: <StatusMove change={k.change} />
          </li>
        ))}
        {comparison.newlySlipped.length ? <li>Newly slipping this month: {comparison.newlySlipped.join(", ")}</li> : null}
      </ul>
      {previous ? (
        <>
          <DataTable
            caption="What last month’s report said was due this month"
            empty="Last month’s report listed nothing due this month."
            headers={["Action", "What", "Due", "What happened"]}
            rows={comparison.promised.map((p) => [<Code key="c">{p.code}</Code>, p.kind === "milestone" ? `Milestone: ${p.text}` : p.text, ukDate(p.due), OUTCOME[p.outcome]])}
          />
          <DataTable
            caption="This month against last month"
            empty="—"
            headers={["Count", "This month", "Last month"]}
            rows={comparison.counts.map((c) => [c.label, String(c.now), c.before === null ? "—" : String(c.before)])}
          />
        </>
      ) : null}
    </Section>
  );
}
