import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { memberOptions as toMemberOptions } from "@/components/forms/member-options";
import { ActionForm } from "@/components/plan/editor/action-form";
import { EditorBreadcrumb } from "@/components/plan/editor/editor-links";
import { ItemControls } from "@/components/plan/editor/item-controls";
import { MilestoneEditorList } from "@/components/plan/editor/milestone-editor-list";
import { requireMembership } from "@/lib/auth/guards";
import { can, canOnItem } from "@/lib/auth/permissions";
import { formatUkDate, toIsoDate } from "@/lib/dates/format";
import { getActionForEdit, listMembersForLead, listOutcomeOptions } from "@/lib/plan/structure/queries";

export const metadata: Metadata = { title: "Edit action" };

export default async function EditActionPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const member = await requireMembership(slug);
  if (!can(member.role, "plan.edit")) notFound();
  const [action, outcomes, members] = await Promise.all([
    getActionForEdit(member.partnershipId, id),
    listOutcomeOptions(member.partnershipId),
    listMembersForLead(member.partnershipId),
  ]);
  if (!action || !canOnItem(member.scope, "plan.edit", { priorityAreaIds: [action.priorityAreaId] })) notFound();
  const base = `/p/${member.partnership.slug}`;
  const outcomeOptions = outcomes
    .filter((o) => canOnItem(member.scope, "plan.edit", { priorityAreaIds: [o.priorityAreaId] }))
    .map((o) => ({ value: o.id, label: `${o.priorityArea.code} · ${o.code} — ${o.text.length > 90 ? `${o.text.slice(0, 90)}…` : o.text}` }));
  const memberOptions = toMemberOptions(members);
  // A lead who can no longer update actions stays selectable, so saving other fields does not drop them.
  if (action.leadMembershipId && !memberOptions.some((o) => o.value === action.leadMembershipId)) {
    memberOptions.push({ value: action.leadMembershipId, label: `${action.lead?.user.name ?? "Current lead"} (can no longer update actions)` });
  }

  return (
    <div className="space-y-6">
      <EditorBreadcrumb slug={member.partnership.slug} current={`Action ${action.code}`} />
      <div>
        <p className="text-sm font-medium text-slate-700">
          {action.priorityArea.code} — {action.priorityArea.title} · Outcome {action.outcome.code}
        </p>
        <h1 className="mt-1 text-2xl font-semibold text-slate-900">Edit action {action.code}</h1>
        {action.archivedAt ? null : (
          <p className="mt-1">
            <Link href={`${base}/plan/actions/${action.id}`} className="text-sm text-blue-800 underline underline-offset-2">
              See action {action.code} in the plan
            </Link>
          </p>
        )}
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="details-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="details-heading" className="text-lg font-semibold">
            Details
          </h2>
          <div className="mt-3">
            {action.archivedAt ? (
              <div className="space-y-3">
                <p className="text-slate-800">
                  This action was archived on {formatUkDate(action.archivedAt)}. It is not in the live plan; its updates, evidence and change
                  requests are kept. Restore it to edit it.
                </p>
                <ItemControls slug={member.partnership.slug} item="action" id={action.id} version={action.version} name={`action ${action.code}`} archived />
              </div>
            ) : (
              <ActionForm
                slug={member.partnership.slug}
                action={{
                  id: action.id,
                  version: action.version,
                  outcomeId: action.outcomeId,
                  code: action.code,
                  title: action.title,
                  description: action.description,
                  leadRole: action.leadRole,
                  leadMembershipId: action.leadMembershipId,
                  workstream: action.workstream,
                  startDate: action.startDate ? toIsoDate(action.startDate) : null,
                  tags: action.tags,
                  baselineDueDateText: formatUkDate(action.baselineDueDate),
                  currentDueDateText: formatUkDate(action.currentDueDate),
                }}
                outcomeOptions={outcomeOptions}
                memberOptions={memberOptions}
              />
            )}
          </div>
        </section>
        <MilestoneEditorList slug={member.partnership.slug} action={action} />
      </div>
    </div>
  );
}
