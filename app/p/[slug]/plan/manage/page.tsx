import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AddLink } from "@/components/plan/editor/editor-links";
import { PlanStructureTree } from "@/components/plan/editor/plan-structure-tree";
import { requireMembership } from "@/lib/auth/guards";
import { newAreaPath, planEditorPath } from "@/lib/plan/paths";
import { mayImportPlan } from "@/lib/plan-import/access";
import { planImportPath } from "@/lib/plan-import/paths";
import { getPlanEditorPage } from "@/lib/plan/structure/view";

export const metadata: Metadata = { title: "Edit plan" };

export default async function ManagePlanPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const member = await requireMembership(slug);
  const page = await getPlanEditorPage(member, { showArchived: query.archived === "1" });
  if (!page) notFound();
  const { rights, showArchived } = page;
  const home = member.partnership.slug;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">Edit the plan</h1>
          <p className="mt-1 max-w-3xl text-slate-700">
            {rights.programmeOffice
              ? "Add, edit, reorder and archive priority areas, desired outcomes, actions and milestones. Archived items leave the live plan but keep their history, and can be restored."
              : `You can edit the outcomes, actions and milestones of the areas you lead${
                  page.ledAreaCodes.length ? ` (${page.ledAreaCodes.join(", ")})` : ""
                }, and reword those areas. Other areas are shown for reference.`}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-4">
          {rights.programmeOffice ? <AddLink href={newAreaPath(home)}>Add a priority area</AddLink> : null}
          {mayImportPlan(member.scope) ? (
            <Link prefetch={false} href={planImportPath(home)} className="text-sm font-medium text-blue-800 underline underline-offset-2">
              Import from a spreadsheet
            </Link>
          ) : null}
          <Link prefetch={false} href={planEditorPath(home, { archived: !showArchived })} className="text-sm font-medium text-blue-800 underline underline-offset-2">
            {showArchived ? "Hide archived items" : "Show archived items"}
          </Link>
        </div>
      </div>
      {showArchived ? (
        <p role="status" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-800">
          Showing archived items too. Each is marked “Archived” with the date, and can be restored.
        </p>
      ) : null}
      {page.structure.length ? (
        <PlanStructureTree slug={home} structure={page.structure} rights={rights} />
      ) : (
        <p className="rounded-md border border-slate-300 bg-white p-4">The plan has no priority areas yet.</p>
      )}
    </div>
  );
}
