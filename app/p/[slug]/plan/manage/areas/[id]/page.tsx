import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AreaForm } from "@/components/plan/editor/area-form";
import { EditorBreadcrumb } from "@/components/plan/editor/editor-links";
import { ItemControls } from "@/components/plan/editor/item-controls";
import { requireMembership } from "@/lib/auth/guards";
import { getEditAreaPage } from "@/lib/plan/structure/view";

export const metadata: Metadata = { title: "Edit priority area" };

export default async function EditAreaPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const member = await requireMembership(slug);
  const page = await getEditAreaPage(member, id);
  if (!page) notFound();
  const { code, values, programmeOffice } = page;
  return (
    <div className="max-w-3xl space-y-6">
      <EditorBreadcrumb slug={member.partnership.slug} current={`Priority area ${code}`} />
      <h1 className="text-2xl font-semibold text-slate-900">Edit priority area {code}</h1>
      <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        {page.archivedOn ? (
          <div className="space-y-3">
            <p className="text-slate-800">
              This area was archived on {page.archivedOn}. It is not in the live plan; its history is kept.
              {programmeOffice ? " Restore it to edit it." : " The programme office can restore it."}
            </p>
            {programmeOffice ? <ItemControls slug={member.partnership.slug} item="area" id={values.id} version={values.version} name={`priority area ${code}`} archived /> : null}
          </div>
        ) : (
          <AreaForm slug={member.partnership.slug} area={values} parentOptions={page.parentOptions} structural={programmeOffice} />
        )}
      </div>
    </div>
  );
}
