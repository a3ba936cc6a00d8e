import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditorBreadcrumb } from "@/components/plan/editor/editor-links";
import { ItemControls } from "@/components/plan/editor/item-controls";
import { MilestoneForm } from "@/components/plan/editor/milestone-form";
import { requireMembership } from "@/lib/auth/guards";
import { can, canOnItem } from "@/lib/auth/permissions";
import { formatUkDate, toIsoDate } from "@/lib/dates/format";
import { getMilestoneForEdit } from "@/lib/plan/structure/queries";

export const metadata: Metadata = { title: "Edit milestone" };

const STATE_TEXT = { MET: "✓ Met", MISSED: "✗ Missed", PENDING: "Pending" } as const;

export default async function EditMilestonePage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const member = await requireMembership(slug);
  if (!can(member.role, "plan.edit")) notFound();
  const milestone = await getMilestoneForEdit(member.partnershipId, id);
  if (!milestone || !canOnItem(member.scope, "plan.edit", { priorityAreaIds: [milestone.action.priorityAreaId] })) notFound();
  const base = `/p/${member.partnership.slug}/plan/manage`;
  const iso = (date: Date | null) => (date ? toIsoDate(date) : null);
  const settled = milestone.occurrences.filter((o) => o.state !== "PENDING").length;
  return (
    <div className="max-w-3xl space-y-6">
      <EditorBreadcrumb slug={member.partnership.slug} trail={[{ href: `${base}/actions/${milestone.action.id}`, label: `Action ${milestone.action.code}` }]} current="Milestone" />
      <div>
        <p className="text-sm font-medium text-slate-700">
          Action {milestone.action.code}: {milestone.action.title}
        </p>
        <h1 className="mt-1 text-2xl font-semibold text-slate-900">Edit milestone</h1>
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        {milestone.archivedAt ? (
          <div className="space-y-3">
            <p className="text-slate-800">
              This milestone was archived on {formatUkDate(milestone.archivedAt)}. It is not in the live plan; what was recorded against it is kept.
              {milestone.action.archivedAt ? ` Restore action ${milestone.action.code} first to restore it.` : " Restore it to edit it."}
            </p>
            {milestone.action.archivedAt ? null : (
              <ItemControls slug={member.partnership.slug} item="milestone" id={milestone.id} version={milestone.version} name="this milestone" archived />
            )}
          </div>
        ) : (
          <MilestoneForm
            slug={member.partnership.slug}
            actionId={milestone.action.id}
            milestone={{
              id: milestone.id,
              version: milestone.version,
              text: milestone.text,
              byWhenText: milestone.byWhenText,
              frequency: milestone.frequency,
              recurrenceStart: iso(milestone.recurrenceStart),
              recurrenceEnd: iso(milestone.recurrenceEnd),
              dueDateText: milestone.dueDate ? formatUkDate(milestone.dueDate) : null,
              baselineDueDateText: milestone.baselineDueDate ? formatUkDate(milestone.baselineDueDate) : null,
            }}
          />
        )}
      </div>
      <section aria-labelledby="occurrences-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="occurrences-heading" className="text-lg font-semibold">
          Due dates
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          {milestone.occurrences.length} in all, {settled} already recorded as met or missed.
        </p>
        <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
          {milestone.occurrences.map((occurrence) => (
            <li key={occurrence.id}>
              <span className="font-medium">{formatUkDate(occurrence.dueDate)}</span> · {STATE_TEXT[occurrence.state]}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
