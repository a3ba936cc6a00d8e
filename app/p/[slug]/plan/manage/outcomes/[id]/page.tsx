import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditorBreadcrumb } from "@/components/plan/editor/editor-links";
import { ItemControls } from "@/components/plan/editor/item-controls";
import { OutcomeForm } from "@/components/plan/editor/outcome-form";
import { requireMembership } from "@/lib/auth/guards";
import { can, canOnItem } from "@/lib/auth/permissions";
import { formatUkDate } from "@/lib/dates/format";
import { getOutcomeForEdit, listAreaOptions } from "@/lib/plan/structure/queries";

export const metadata: Metadata = { title: "Edit desired outcome" };

export default async function EditOutcomePage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const member = await requireMembership(slug);
  if (!can(member.role, "plan.edit")) notFound();
  const [outcome, areas] = await Promise.all([getOutcomeForEdit(member.partnershipId, id), listAreaOptions(member.partnershipId)]);
  if (!outcome || !canOnItem(member.scope, "plan.edit", { priorityAreaIds: [outcome.priorityAreaId] })) notFound();
  const editable = areas.filter((a) => canOnItem(member.scope, "plan.edit", { priorityAreaIds: [a.id] }));
  return (
    <div className="max-w-3xl space-y-6">
      <EditorBreadcrumb slug={member.partnership.slug} current={`Outcome ${outcome.code}`} />
      <div>
        <p className="text-sm font-medium text-slate-700">
          {outcome.priorityArea.code} — {outcome.priorityArea.title}
        </p>
        <h1 className="mt-1 text-2xl font-semibold text-slate-900">Edit desired outcome {outcome.code}</h1>
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        {outcome.archivedAt ? (
          <div className="space-y-3">
            <p className="text-slate-800">
              This outcome was archived on {formatUkDate(outcome.archivedAt)}, with its actions. It is not in the live plan; its history is kept.
              Restore it to edit it.
            </p>
            <ItemControls slug={member.partnership.slug} item="outcome" id={outcome.id} version={outcome.version} name={`outcome ${outcome.code}`} archived />
          </div>
        ) : (
          <OutcomeForm
            slug={member.partnership.slug}
            outcome={{ id: outcome.id, version: outcome.version, priorityAreaId: outcome.priorityAreaId, code: outcome.code, text: outcome.text }}
            areaOptions={editable.map((a) => ({ value: a.id, label: `${a.code} — ${a.title}` }))}
          />
        )}
      </div>
    </div>
  );
}
