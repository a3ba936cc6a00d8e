import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/plan/editor/action-form";
import { EditorBreadcrumb } from "@/components/plan/editor/editor-links";
import { ItemControls } from "@/components/plan/editor/item-controls";
import { MilestoneEditorList } from "@/components/plan/editor/milestone-editor-list";
import { requireMembership } from "@/lib/auth/guards";
import { actionPath } from "@/lib/plan/paths";
import { getEditActionPage } from "@/lib/plan/structure/view";

export const metadata: Metadata = { title: "Edit action" };

export default async function EditActionPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const member = await requireMembership(slug);
  const page = await getEditActionPage(member, id);
  if (!page) notFound();
  const { action } = page;
  const home = member.partnership.slug;

  return (
    <div className="space-y-6">
      <EditorBreadcrumb slug={home} current={`Action ${action.code}`} />
      <div>
        <p className="text-sm font-medium text-slate-700">
          {action.priorityArea.code} — {action.priorityArea.title} · Outcome {action.outcome.code}
        </p>
        <h1 className="mt-1 text-2xl font-semibold text-slate-900">Edit action {action.code}</h1>
        {page.archivedOn ? null : (
          <p className="mt-1">
            <Link prefetch={false} href={actionPath(home, action.id)} className="text-sm text-blue-800 underline underline-offset-2">
              See action {action.code} in the plan
            </Link>
          </p>
        )}
      </div>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <section aria-labelledby="details-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="details-heading" className="text-lg font-semibold">
            Details
          </h2>
          <div className="mt-3">
            {page.archivedOn ? (
              <div className="space-y-3">
                <p className="text-slate-800">
                  This action was archived on {page.archivedOn}. It is not in the live plan; its updates, evidence and change requests are kept. Restore it to edit it.
                </p>
                <ItemControls slug={home} item="action" id={action.id} version={action.version} name={`action ${action.code}`} archived />
              </div>
            ) : (
              <ActionForm slug={home} action={page.values} outcomeOptions={page.outcomeOptions} memberOptions={page.memberOptions} />
            )}
          </div>
        </section>
        <MilestoneEditorList slug={home} action={action} />
      </div>
    </div>
  );
}
