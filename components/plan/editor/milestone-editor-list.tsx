import { formatUkDate } from "@/lib/dates/format";
import { editMilestonePath, newMilestonePath } from "@/lib/plan/paths";
import { DATE_TO_BE_CONFIRMED } from "@/lib/plan/due-date";
import { FREQUENCY_LABELS } from "@/lib/plan/recurrence";
import type { ActionForEdit } from "@/lib/plan/structure/queries";
import { AddLink, ArchivedTag, EditLink } from "./editor-links";
import { ItemControls } from "./item-controls";

type Milestone = ActionForEdit["milestones"][number];

function when(milestone: Milestone): string {
  return milestone.frequency
    ? `${FREQUENCY_LABELS[milestone.frequency]}, ${formatUkDate(milestone.recurrenceStart)} to ${formatUkDate(milestone.recurrenceEnd)}`
    : milestone.dueDate
      ? `Due ${formatUkDate(milestone.dueDate)}`
      : DATE_TO_BE_CONFIRMED;
}

/** An action's milestones in the editor, each with its controls; archived ones below, to restore. */
export function MilestoneEditorList({ slug, action }: { slug: string; action: ActionForEdit }) {
  const live = action.milestones.filter((m) => !m.archivedAt);
  const archived = action.milestones.filter((m) => m.archivedAt);
  const name = (m: Milestone) => `milestone “${m.text.length > 50 ? `${m.text.slice(0, 50)}…` : m.text}”`;
  return (
    <section aria-labelledby="milestones-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="milestones-heading" className="text-lg font-semibold">
        Milestones: how we will measure impact, and by when
      </h2>
      {live.length === 0 ? <p className="mt-2 text-sm text-slate-700">No milestones yet.</p> : null}
      <ol className="mt-3 divide-y divide-slate-200">
        {live.map((milestone, i) => (
          <li key={milestone.id} className="space-y-2 py-3" data-testid="manage-milestone">
            <div>
              <p className="text-slate-900">{milestone.text}</p>
              <p className="mt-0.5 text-sm text-slate-700">
                {when(milestone)}
                {milestone.byWhenText ? ` (plan: “${milestone.byWhenText}”)` : ""} · {milestone._count.occurrences} {milestone._count.occurrences === 1 ? "due date" : "due dates"}
              </p>
            </div>
            {action.archivedAt ? null : (
              <div className="flex flex-wrap items-start gap-2">
                <EditLink href={editMilestonePath(slug, milestone.id)} name={name(milestone)} />
                <ItemControls
                  align="start"
                  slug={slug}
                  item="milestone"
                  id={milestone.id}
                  version={milestone.version}
                  name={name(milestone)}
                  canMoveUp={i > 0}
                  canMoveDown={i < live.length - 1}
                />
              </div>
            )}
          </li>
        ))}
      </ol>
      {action.archivedAt ? null : (
        <p className="mt-3">
          <AddLink href={newMilestonePath(slug, action.id)}>Add a milestone to action {action.code}</AddLink>
        </p>
      )}
      {archived.length ? (
        <details className="mt-4">
          <summary className="cursor-pointer text-sm font-medium text-blue-800">
            {archived.length} archived {archived.length === 1 ? "milestone" : "milestones"}
          </summary>
          <ul className="mt-2 divide-y divide-slate-200">
            {archived.map((milestone) => (
              <li key={milestone.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
                <div className="min-w-0 flex-1">
                  <p className="text-slate-900">
                    {milestone.text}
                    <ArchivedTag at={formatUkDate(milestone.archivedAt)} />
                  </p>
                  <p className="mt-0.5 text-sm text-slate-700">{when(milestone)}</p>
                </div>
                {action.archivedAt ? null : <ItemControls slug={slug} item="milestone" id={milestone.id} version={milestone.version} name={name(milestone)} archived />}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
