import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditorBreadcrumb } from "@/components/plan/editor/editor-links";
import { MilestoneForm } from "@/components/plan/editor/milestone-form";
import { requireMembership } from "@/lib/auth/guards";
import { can, canOnItem } from "@/lib/auth/permissions";
import { getActionForEdit } from "@/lib/plan/structure/queries";

export const metadata: Metadata = { title: "Add a milestone" };

export default async function NewMilestonePage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const member = await requireMembership(slug);
  if (!can(member.role, "plan.edit")) notFound();
  if (typeof query.action !== "string") notFound();
  const action = await getActionForEdit(member.partnershipId, query.action);
  if (!action || action.archivedAt || !canOnItem(member.scope, "plan.edit", { priorityAreaIds: [action.priorityAreaId] })) notFound();
  const base = `/p/${member.partnership.slug}/plan/manage`;
  return (
    <div className="max-w-3xl space-y-6">
      <EditorBreadcrumb slug={member.partnership.slug} trail={[{ href: `${base}/actions/${action.id}`, label: `Action ${action.code}` }]} current="Add a milestone" />
      <div>
        <p className="text-sm font-medium text-slate-700">
          Action {action.code}: {action.title}
        </p>
        <h1 className="mt-1 text-2xl font-semibold text-slate-900">Add a milestone to action {action.code}</h1>
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <MilestoneForm slug={member.partnership.slug} actionId={action.id} />
      </div>
    </div>
  );
}
