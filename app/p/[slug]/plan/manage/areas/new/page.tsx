import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AreaForm } from "@/components/plan/editor/area-form";
import { EditorBreadcrumb } from "@/components/plan/editor/editor-links";
import { requireMembership } from "@/lib/auth/guards";
import { getNewAreaPage } from "@/lib/plan/structure/view";

export const metadata: Metadata = { title: "Add a priority area" };

export default async function NewAreaPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const member = await requireMembership(slug);
  const page = await getNewAreaPage(member);
  if (!page) notFound();
  return (
    <div className="max-w-3xl space-y-6">
      <EditorBreadcrumb slug={member.partnership.slug} current="Add a priority area" />
      <h1 className="text-2xl font-semibold text-slate-900">Add a priority area</h1>
      <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <AreaForm slug={member.partnership.slug} parentOptions={page.parentOptions} structural />
      </div>
    </div>
  );
}
