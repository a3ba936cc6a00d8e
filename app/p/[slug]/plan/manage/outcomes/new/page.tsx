import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditorBreadcrumb } from "@/components/plan/editor/editor-links";
import { OutcomeForm } from "@/components/plan/editor/outcome-form";
import { requireMembership } from "@/lib/auth/guards";
import { getNewOutcomePage } from "@/lib/plan/structure/view";

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
  const page = await getNewOutcomePage(member, typeof query.area === "string" ? query.area : undefined);
  if (!page) notFound();
  return (
    <div className="max-w-3xl space-y-6">
      <EditorBreadcrumb slug={member.partnership.slug} current="Add a desired outcome" />
      <h1 className="text-2xl font-semibold text-slate-900">Add a desired outcome</h1>
      <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <OutcomeForm slug={member.partnership.slug} areaOptions={page.areaOptions} initialAreaId={page.initialAreaId} />
      </div>
    </div>
  );
}
