import Link from "next/link";
import type { ActionAssessment } from "@/lib/plan/assess";
import type { PlanTree } from "@/lib/plan/queries";
import type { StatusLabels } from "@/lib/plan/status";
import { FREQUENCY_LABELS } from "@/lib/plan/recurrence";
import { formatUkDate } from "@/lib/dates/format";
import { StatusBadge } from "@/components/ui/status-badge";

const KIND_LABELS = {
  PRIORITY_ACTION: "Area for priority action",
  IMPROVEMENT: "Area for improvement",
  LOCAL_PRIORITY: "Local priority",
} as const;

type Area = PlanTree[number];
type Action = Area["outcomes"][number]["actions"][number];
type Milestone = Action["milestones"][number];

function MilestoneLine({ milestone }: { milestone: Milestone }) {
  const met = milestone.occurrences.filter((o) => o.state === "MET").length;
  const missed = milestone.occurrences.filter((o) => o.state === "MISSED").length;
  const when = milestone.frequency
    ? `${FREQUENCY_LABELS[milestone.frequency]}, ${formatUkDate(milestone.recurrenceStart)} to ${formatUkDate(milestone.recurrenceEnd)}`
    : formatUkDate(milestone.dueDate);
  return (
    <li className="border-l-2 border-slate-300 pl-3">
      <p className="text-slate-900">{milestone.text}</p>
      <p className="mt-0.5 text-sm text-slate-700">
        <span className="font-medium">By when:</span> {when}
        {milestone.byWhenText && milestone.frequency ? <span> (plan: “{milestone.byWhenText}”)</span> : null}
        {milestone.frequency ? (
          <span>
            {" "}
            · {met} of {milestone.occurrences.length} met{missed ? `, ${missed} missed` : ""}
          </span>
        ) : milestone.occurrences[0] && milestone.occurrences[0].state !== "PENDING" ? (
          <span> · {milestone.occurrences[0].state === "MET" ? "Met" : "Missed"}</span>
        ) : null}
      </p>
    </li>
  );
}

function ActionRow({ action, labels, assessment, slug }: { action: Action; labels: StatusLabels; assessment: ActionAssessment; slug: string }) {
  const slipped = action.currentDueDate.getTime() !== action.baselineDueDate.getTime();
  return (
    <tr className="align-top" data-testid="plan-action">
      <th scope="row" className="py-3 pr-3 text-left font-mono text-sm font-semibold whitespace-nowrap text-slate-900">
        {action.code}
      </th>
      <td className="py-3 pr-3">
        <Link href={`/p/${slug}/plan/actions/${action.id}`} className="font-medium text-blue-900 underline-offset-2 hover:underline">
          {action.title}
        </Link>
        {assessment.conflict ? (
          <p className="mt-1 text-sm font-medium text-red-900" data-testid="conflict-marker">
            <span aria-hidden="true">⚠ </span>Status conflict: {assessment.conflict.reasons[0]?.text}
            {assessment.conflict.reasons.length > 1 ? ` (and ${assessment.conflict.reasons.length - 1} more)` : ""}
          </p>
        ) : null}
        {action.tags.length ? <p className="mt-1 text-xs text-slate-700">Tags: {action.tags.join(", ")}</p> : null}
        {action.milestones.length ? (
          <details className="mt-2">
            <summary className="cursor-pointer text-sm font-medium text-blue-800">
              {action.milestones.length} {action.milestones.length === 1 ? "milestone" : "milestones"}
              <span className="sr-only"> for action {action.code}</span>
            </summary>
            <ul className="mt-2 space-y-2">
              {action.milestones.map((m) => (
                <MilestoneLine key={m.id} milestone={m} />
              ))}
            </ul>
          </details>
        ) : null}
      </td>
      <td className="py-3 pr-3 text-sm text-slate-800">{action.lead?.user.name ?? action.leadRole ?? "—"}</td>
      <td className="py-3 pr-3 text-sm whitespace-nowrap text-slate-800">
        {formatUkDate(action.currentDueDate)}
        {slipped ? <span className="block text-xs text-slate-700">Baseline {formatUkDate(action.baselineDueDate)}</span> : null}
        {assessment.slip.daysLate > 0 ? (
          <span className="block text-xs font-semibold text-red-900" data-testid="slippage-marker">
            {assessment.slip.daysLate} days late
          </span>
        ) : null}
      </td>
      <td className="py-3 pr-3">
        <StatusBadge status={action.reportedStatus} label={labels[action.reportedStatus]} prefix="Reported status" />
        {action.reportedAt ? <span className="mt-1 block text-xs text-slate-700">Updated {formatUkDate(action.reportedAt)}</span> : null}
      </td>
      <td className="py-3">
        <StatusBadge status={assessment.computed.status} label={labels[assessment.computed.status]} prefix="Computed status" />
      </td>
    </tr>
  );
}

export function PlanTreeView({
  tree,
  labels,
  assessments,
  slug,
}: {
  tree: PlanTree;
  labels: StatusLabels;
  assessments: ReadonlyMap<string, ActionAssessment>;
  slug: string;
}) {
  return (
    <div className="space-y-8">
      {tree.map((area) => (
        <section key={area.id} aria-labelledby={`area-${area.id}`} className="rounded-lg border border-slate-200 bg-white shadow-sm">
          <div className="border-b border-slate-200 px-5 py-4">
            <p className="text-sm font-medium text-slate-700">
              {KIND_LABELS[area.kind]} · {area.code}
            </p>
            <h2 id={`area-${area.id}`} className="mt-1 text-xl font-semibold text-slate-900">
              {area.title}
            </h2>
            <p className="mt-1 text-sm text-slate-800">
              <span className="font-medium">{area.leadRoles.length > 1 ? "Priority leads:" : "Priority lead:"}</span>{" "}
              {area.leadRoles.join("; ") || "—"}
            </p>
            {area.linkedAreas.length ? (
              <p className="mt-1 text-sm text-slate-800">
                <span className="font-medium">Also responds to:</span>{" "}
                {area.linkedAreas.map((linked) => `${linked.code} (${linked.title})`).join("; ")}
              </p>
            ) : null}
            <details className="mt-2">
              <summary className="cursor-pointer text-sm font-medium text-blue-800">Inspection finding</summary>
              <p className="mt-2 text-sm whitespace-pre-line text-slate-800">{area.finding}</p>
              {area.linkedAreas.map((linked) => (
                <p key={linked.id} className="mt-2 text-sm whitespace-pre-line text-slate-800">
                  <span className="font-medium">{linked.code}:</span> {linked.finding}
                </p>
              ))}
            </details>
          </div>
          {area.outcomes.map((outcome) => (
            <div key={outcome.id} className="px-5 py-4">
              <h3 className="text-base font-semibold text-slate-900">Desired outcome {outcome.code}</h3>
              <p className="mt-1 text-slate-800">{outcome.text}</p>
              <div className="mt-3 overflow-x-auto">
                <table className="w-full min-w-[860px] border-collapse">
                  <caption className="sr-only">Actions for outcome {outcome.code}</caption>
                  <thead>
                    <tr className="border-b border-slate-300 text-left text-sm text-slate-700">
                      <th scope="col" className="py-2 pr-3 font-medium">Code</th>
                      <th scope="col" className="py-2 pr-3 font-medium">Action</th>
                      <th scope="col" className="py-2 pr-3 font-medium">Lead</th>
                      <th scope="col" className="py-2 pr-3 font-medium">Due</th>
                      <th scope="col" className="py-2 pr-3 font-medium">Reported</th>
                      <th scope="col" className="py-2 font-medium">Computed</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-200">
                    {outcome.actions.map((action) => (
                      <ActionRow key={action.id} action={action} labels={labels} assessment={assessments.get(action.id)!} slug={slug} />
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
