import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/plan/editor/action-form";
import { EditorBreadcrumb } from "@/components/plan/editor/editor-links";
import { requireMembership } from "@/lib/auth/guards";
import { getNewActionPage } from "@/lib/plan/structure/view";

export const metadata: Metadata = { title: "Add an action" };

export default async function NewActionPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const member = await requireMembership(slug);
  const page = await getNewActionPage(member, typeof query.outcome === "string" ? query.outcome : undefined);
  if (!page) notFound();
  return (
    <div className="max-w-3xl space-y-6">
      <EditorBreadcrumb slug={member.partnership.slug} current="Add an action" />
      <h1 className="text-2xl font-semibold text-slate-900">Add an action</h1>
      <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <ActionForm slug={member.partnership.slug} outcomeOptions={page.outcomeOptions} memberOptions={page.memberOptions} initialOutcomeId={page.initialOutcomeId} />
      </div>
    </div>
  );
}
