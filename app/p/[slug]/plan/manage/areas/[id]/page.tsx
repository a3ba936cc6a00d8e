import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AreaForm } from "@/components/plan/editor/area-form";
import { EditorBreadcrumb } from "@/components/plan/editor/editor-links";
import { ItemControls } from "@/components/plan/editor/item-controls";
import { requireMembership } from "@/lib/auth/guards";
import { can, canOnItem } from "@/lib/auth/permissions";
import { formatUkDate } from "@/lib/dates/format";
import { getAreaForEdit, listAreaOptions } from "@/lib/plan/structure/queries";

export const metadata: Metadata = { title: "Edit priority area" };

export default async function EditAreaPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const member = await requireMembership(slug);
  if (!can(member.role, "plan.edit")) notFound();
  const [area, areas] = await Promise.all([getAreaForEdit(member.partnershipId, id), listAreaOptions(member.partnershipId)]);
  if (!area || !canOnItem(member.scope, "plan.edit", { priorityAreaIds: [area.id] })) notFound();
  const programmeOffice = canOnItem(member.scope, "plan.edit");
  const parentOptions = areas.filter((a) => a.parentId === null && a.id !== area.id).map((a) => ({ value: a.id, label: `${a.code} — ${a.title}` }));
  if (area.parentId && area.parent && !parentOptions.some((o) => o.value === area.parentId)) {
    parentOptions.push({ value: area.parentId, label: `${area.parent.code} — ${area.parent.title}` });
  }
  return (
    <div className="max-w-3xl space-y-6">
      <EditorBreadcrumb slug={member.partnership.slug} current={`Priority area ${area.code}`} />
      <h1 className="text-2xl font-semibold text-slate-900">Edit priority area {area.code}</h1>
      <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        {area.archivedAt ? (
          <div className="space-y-3">
            <p className="text-slate-800">
              This area was archived on {formatUkDate(area.archivedAt)}. It is not in the live plan; its history is kept.
              {programmeOffice ? " Restore it to edit it." : " The programme office can restore it."}
            </p>
            {programmeOffice ? (
              <ItemControls slug={member.partnership.slug} item="area" id={area.id} version={area.version} name={`priority area ${area.code}`} archived />
            ) : null}
          </div>
        ) : (
          <AreaForm
            slug={member.partnership.slug}
            area={{ id: area.id, version: area.version, code: area.code, kind: area.kind, title: area.title, finding: area.finding, leadRoles: area.leadRoles, parentId: area.parentId }}
            parentOptions={parentOptions}
            structural={programmeOffice}
          />
        )}
      </div>
    </div>
  );
}
