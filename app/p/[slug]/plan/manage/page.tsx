import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AddLink } from "@/components/plan/editor/editor-links";
import { PlanStructureTree } from "@/components/plan/editor/plan-structure-tree";
import { requireMembership } from "@/lib/auth/guards";
import { can, canOnItem } from "@/lib/auth/permissions";
import { listPlanStructure } from "@/lib/plan/structure/queries";

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
  if (!can(member.role, "plan.edit")) notFound();
  const showArchived = query.archived === "1";
  const structure = await listPlanStructure(member.partnershipId, { includeArchived: showArchived });

  const programmeOffice = canOnItem(member.scope, "plan.edit");
  const allAreas = structure.flatMap((area) => [area, ...area.linkedAreas]);
  const areaIds = new Set(allAreas.filter((area) => canOnItem(member.scope, "plan.edit", { priorityAreaIds: [area.id] })).map((area) => area.id));
  const base = `/p/${member.partnership.slug}/plan/manage`;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">Edit the plan</h1>
          <p className="mt-1 max-w-3xl text-slate-700">
            {programmeOffice
              ? "Add, edit, reorder and archive priority areas, desired outcomes, actions and milestones. Archived items leave the live plan but keep their history, and can be restored."
              : `You can edit the outcomes, actions and milestones of the areas you lead${
                  areaIds.size ? ` (${allAreas.filter((a) => areaIds.has(a.id)).map((a) => a.code).join(", ")})` : ""
                }, and reword those areas. Other areas are shown for reference.`}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-4">
          {programmeOffice ? <AddLink href={`${base}/areas/new`}>Add a priority area</AddLink> : null}
          <Link href={showArchived ? base : `${base}?archived=1`} className="text-sm font-medium text-blue-800 underline underline-offset-2">
            {showArchived ? "Hide archived items" : "Show archived items"}
          </Link>
        </div>
      </div>
      {showArchived ? (
        <p role="status" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-800">
          Showing archived items too. Each is marked “Archived” with the date, and can be restored.
        </p>
      ) : null}
      {structure.length ? (
        <PlanStructureTree slug={member.partnership.slug} structure={structure} rights={{ programmeOffice, areaIds }} />
      ) : (
        <p className="rounded-md border border-slate-300 bg-white p-4">The plan has no priority areas yet.</p>
      )}
    </div>
  );
}
