import { MilestoneOutcomeForm } from "@/components/plan/milestone-outcome-form";
import type { ActionDetail } from "@/lib/plan/queries";
import { occurrenceView, type OccurrenceView, type PlanSettings } from "@/lib/plan/compute";
import { DATE_TO_BE_CONFIRMED } from "@/lib/plan/due-date";
import { FREQUENCY_LABELS } from "@/lib/plan/recurrence";
import { formatUkDate } from "@/lib/dates/format";

const VIEW_TEXT: Record<OccurrenceView, { label: string; className: string }> = {
  MET: { label: "✓ Met", className: "border-green-700 bg-green-50 text-green-900" },
  MISSED: { label: "✗ Missed", className: "border-red-700 bg-red-50 text-red-900" },
  OVERDUE: { label: "! Overdue, not recorded", className: "border-red-700 bg-white text-red-900" },
  DUE_SOON: { label: "Due soon", className: "border-amber-600 bg-amber-50 text-amber-900" },
  UPCOMING: { label: "Upcoming", className: "border-slate-400 bg-white text-slate-800" },
};

export function MilestoneList({
  slug,
  milestones,
  mayRecord,
  today,
  settings,
}: {
  slug: string;
  milestones: ActionDetail["milestones"];
  mayRecord: boolean;
  today: Date;
  settings: PlanSettings;
}) {
  return (
    <section aria-labelledby="milestones-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="milestones-heading" className="text-lg font-semibold">
        Milestones: how we will measure impact, and by when
      </h2>
      {milestones.length === 0 ? <p className="mt-2 text-sm text-slate-700">No milestones.</p> : null}
      <ol className="mt-3 space-y-5">
        {milestones.map((milestone) => {
          const recurring = milestone.frequency !== null;
          // Recurring milestones show what needs attention: everything due so far and the next one.
          const shown = recurring ? milestone.occurrences.filter((o, i, all) => o.dueDate <= today || i === all.findIndex((x) => x.dueDate > today)) : milestone.occurrences;
          return (
            <li key={milestone.id}>
              <p className="text-slate-900">{milestone.text}</p>
              <p className="mt-0.5 text-sm text-slate-700">
                By when:{" "}
                {recurring
                  ? `${FREQUENCY_LABELS[milestone.frequency!]}, ${formatUkDate(milestone.recurrenceStart)} to ${formatUkDate(milestone.recurrenceEnd)}`
                  : milestone.dueDate
                    ? formatUkDate(milestone.dueDate)
                    : DATE_TO_BE_CONFIRMED}
                {milestone.byWhenText ? ` (plan: “${milestone.byWhenText}”)` : ""}
                {!recurring && milestone.baselineDueDate && milestone.dueDate && milestone.baselineDueDate.getTime() !== milestone.dueDate.getTime()
                  ? ` · baseline ${formatUkDate(milestone.baselineDueDate)}`
                  : ""}
              </p>
              <ul className="mt-2 space-y-2">
                {shown.map((occurrence) => {
                  const view = occurrenceView({ dueDate: occurrence.dueDate, state: occurrence.state }, today, settings);
                  const text = VIEW_TEXT[view];
                  const open = view === "OVERDUE" || view === "DUE_SOON";
                  return (
                    <li key={occurrence.id} className="text-sm">
                      <span className="font-medium">{formatUkDate(occurrence.dueDate)}</span>{" "}
                      <span className={`ml-1 inline-block rounded border px-1.5 py-0.5 text-xs font-semibold ${text.className}`}>{text.label}</span>
                      {occurrence.note ? <span className="block text-slate-800">{occurrence.note}</span> : null}
                      {occurrence.decidedByName ? (
                        <span className="block text-xs text-slate-700">
                          Recorded by {occurrence.decidedByName}
                          {occurrence.decidedAt ? ` on ${formatUkDate(occurrence.decidedAt)}` : ""}
                          {occurrence.provenance ? <span className="italic"> · {occurrence.provenance}</span> : null}
                        </span>
                      ) : null}
                      {mayRecord && (open || view === "UPCOMING") && occurrence.state === "PENDING" ? (
                        <details open={view === "OVERDUE"} className="mt-1">
                          <summary className="cursor-pointer text-blue-800">
                            Record this milestone<span className="sr-only"> due {formatUkDate(occurrence.dueDate)}</span>
                          </summary>
                          <MilestoneOutcomeForm slug={slug} occurrenceId={occurrence.id} version={occurrence.version} dueLabel={formatUkDate(occurrence.dueDate)} />
                        </details>
                      ) : null}
                    </li>
                  );
                })}
                {recurring && shown.length < milestone.occurrences.length ? (
                  <li className="text-xs text-slate-700">{milestone.occurrences.length - shown.length} later occurrences not shown</li>
                ) : null}
              </ul>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
