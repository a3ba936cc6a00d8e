import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditorBreadcrumb } from "@/components/plan/editor/editor-links";
import { ItemControls } from "@/components/plan/editor/item-controls";
import { MilestoneForm } from "@/components/plan/editor/milestone-form";
import { requireMembership } from "@/lib/auth/guards";
import { editActionPath } from "@/lib/plan/paths";
import { getEditMilestonePage } from "@/lib/plan/structure/view";

export const metadata: Metadata = { title: "Edit milestone" };

export default async function EditMilestonePage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const member = await requireMembership(slug);
  const page = await getEditMilestonePage(member, id);
  if (!page) notFound();
  const { action } = page;
  const home = member.partnership.slug;
  return (
    <div className="max-w-3xl space-y-6">
      <EditorBreadcrumb slug={home} trail={[{ href: editActionPath(home, action.id), label: `Action ${action.code}` }]} current="Milestone" />
      <div>
        <p className="text-sm font-medium text-slate-700">
          Action {action.code}: {action.title}
        </p>
        <h1 className="mt-1 text-2xl font-semibold text-slate-900">Edit milestone</h1>
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        {page.archivedOn ? (
          <div className="space-y-3">
            <p className="text-slate-800">
              This milestone was archived on {page.archivedOn}. It is not in the live plan; what was recorded against it is kept.
              {action.archivedAt ? ` Restore action ${action.code} first to restore it.` : " Restore it to edit it."}
            </p>
            {action.archivedAt ? null : <ItemControls slug={home} item="milestone" id={page.id} version={page.version} name="this milestone" archived />}
          </div>
        ) : (
          <MilestoneForm slug={home} actionId={action.id} milestone={page.values} />
        )}
      </div>
      <section aria-labelledby="occurrences-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="occurrences-heading" className="text-lg font-semibold">
          Due dates
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          {page.occurrences.length} in all, {page.settled} already recorded as met or missed.
        </p>
        <ul className="mt-2 grid grid-cols-1 gap-1 text-sm sm:grid-cols-2">
          {page.occurrences.map((occurrence) => (
            <li key={occurrence.id}>
              <span className="font-medium">{occurrence.due}</span> · {occurrence.state}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
