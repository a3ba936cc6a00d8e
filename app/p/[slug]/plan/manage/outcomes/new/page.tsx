import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditorBreadcrumb } from "@/components/plan/editor/editor-links";
import { OutcomeForm } from "@/components/plan/editor/outcome-form";
import { requireMembership } from "@/lib/auth/guards";
import { can, canOnItem } from "@/lib/auth/permissions";
import { listAreaOptions } from "@/lib/plan/structure/queries";

export const metadata: Metadata = { title: "Add a desired outcome" };

export default async function NewOutcomePage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const member = await requireMembership(slug);
  if (!can(member.role, "plan.edit")) notFound();
  const areas = await listAreaOptions(member.partnershipId);
  const editable = areas.filter((a) => canOnItem(member.scope, "plan.edit", { priorityAreaIds: [a.id] }));
  if (editable.length === 0) notFound();
  const requested = typeof query.area === "string" ? query.area : undefined;
  // An area the member may not edit (or another partnership's) is a 404, not a silently different form.
  if (requested && !editable.some((a) => a.id === requested)) notFound();
  return (
    <div className="max-w-3xl space-y-6">
      <EditorBreadcrumb slug={member.partnership.slug} current="Add a desired outcome" />
      <h1 className="text-2xl font-semibold text-slate-900">Add a desired outcome</h1>
      <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <OutcomeForm
          slug={member.partnership.slug}
          areaOptions={editable.map((a) => ({ value: a.id, label: `${a.code} — ${a.title}` }))}
          initialAreaId={requested}
        />
      </div>
    </div>
  );
}
