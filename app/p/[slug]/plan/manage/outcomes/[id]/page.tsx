import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditorBreadcrumb } from "@/components/plan/editor/editor-links";
import { ItemControls } from "@/components/plan/editor/item-controls";
import { OutcomeForm } from "@/components/plan/editor/outcome-form";
import { requireMembership } from "@/lib/auth/guards";
import { getEditOutcomePage } from "@/lib/plan/structure/view";

export const metadata: Metadata = { title: "Edit desired outcome" };

export default async function EditOutcomePage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const member = await requireMembership(slug);
  const page = await getEditOutcomePage(member, id);
  if (!page) notFound();
  const { code, values } = page;
  return (
    <div className="max-w-3xl space-y-6">
      <EditorBreadcrumb slug={member.partnership.slug} current={`Outcome ${code}`} />
      <div>
        <p className="text-sm font-medium text-slate-700">
          {page.area.code} — {page.area.title}
        </p>
        <h1 className="mt-1 text-2xl font-semibold text-slate-900">Edit desired outcome {code}</h1>
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        {page.archivedOn ? (
          <div className="space-y-3">
            <p className="text-slate-800">
              This outcome was archived on {page.archivedOn}, with its actions. It is not in the live plan; its history is kept. Restore it to edit it.
            </p>
            <ItemControls slug={member.partnership.slug} item="outcome" id={values.id} version={values.version} name={`outcome ${code}`} archived />
          </div>
        ) : (
          <OutcomeForm slug={member.partnership.slug} outcome={values} areaOptions={page.areaOptions} />
        )}
      </div>
    </div>
  );
}
