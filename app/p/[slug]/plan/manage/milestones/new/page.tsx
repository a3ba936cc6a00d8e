import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditorBreadcrumb } from "@/components/plan/editor/editor-links";
import { MilestoneForm } from "@/components/plan/editor/milestone-form";
import { requireMembership } from "@/lib/auth/guards";
import { editActionPath } from "@/lib/plan/paths";
import { getNewMilestonePage } from "@/lib/plan/structure/view";

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
  const page = await getNewMilestonePage(member, typeof query.action === "string" ? query.action : undefined);
  if (!page) notFound();
  const { action } = page;
  const home = member.partnership.slug;
  return (
    <div className="max-w-3xl space-y-6">
      <EditorBreadcrumb slug={home} trail={[{ href: editActionPath(home, action.id), label: `Action ${action.code}` }]} current="Add a milestone" />
      <div>
        <p className="text-sm font-medium text-slate-700">
          Action {action.code}: {action.title}
        </p>
        <h1 className="mt-1 text-2xl font-semibold text-slate-900">Add a milestone to action {action.code}</h1>
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <MilestoneForm slug={home} actionId={action.id} />
      </div>
    </div>
  );
}
