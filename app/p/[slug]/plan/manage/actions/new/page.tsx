import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { memberOptions } from "@/components/forms/member-options";
import { ActionForm } from "@/components/plan/editor/action-form";
import { EditorBreadcrumb } from "@/components/plan/editor/editor-links";
import { requireMembership } from "@/lib/auth/guards";
import { can, canOnItem } from "@/lib/auth/permissions";
import { listMembersForLead, listOutcomeOptions } from "@/lib/plan/structure/queries";

export const metadata: Metadata = { title: "Add an action" };

export default async function NewActionPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const member = await requireMembership(slug);
  if (!can(member.role, "plan.edit")) notFound();
  const [outcomes, members] = await Promise.all([listOutcomeOptions(member.partnershipId), listMembersForLead(member.partnershipId)]);
  const editable = outcomes.filter((o) => canOnItem(member.scope, "plan.edit", { priorityAreaIds: [o.priorityAreaId] }));
  if (editable.length === 0) notFound();
  const requested = typeof query.outcome === "string" ? query.outcome : undefined;
  if (requested && !editable.some((o) => o.id === requested)) notFound();
  return (
    <div className="max-w-3xl space-y-6">
      <EditorBreadcrumb slug={member.partnership.slug} current="Add an action" />
      <h1 className="text-2xl font-semibold text-slate-900">Add an action</h1>
      <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <ActionForm
          slug={member.partnership.slug}
          outcomeOptions={editable.map((o) => ({ value: o.id, label: `${o.priorityArea.code} · ${o.code} — ${shorten(o.text)}` }))}
          memberOptions={memberOptions(members)}
          initialOutcomeId={requested}
        />
      </div>
    </div>
  );
}

function shorten(text: string): string {
  return text.length > 90 ? `${text.slice(0, 90)}…` : text;
}
