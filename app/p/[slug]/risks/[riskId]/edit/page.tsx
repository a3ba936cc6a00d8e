import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { memberOptions } from "@/components/forms/member-options";
import { RiskForm } from "@/components/risks/risk-form";
import { requireMembership } from "@/lib/auth/guards";
import { canOnItem } from "@/lib/auth/permissions";
import { riskFormValues } from "@/lib/risks/form-values";
import { getRiskDetail } from "@/lib/risks/queries";
import { listAreaOptions, listMembersForLead } from "@/lib/plan/structure/queries";

export const metadata: Metadata = { title: "Edit risk" };

export default async function EditRiskPage({ params }: { params: Promise<{ slug: string; riskId: string }> }) {
  const { slug, riskId } = await params;
  const member = await requireMembership(slug);
  const [risk, areas, members] = await Promise.all([getRiskDetail(member.partnershipId, riskId), listAreaOptions(member.partnershipId), listMembersForLead(member.partnershipId)]);
  const linked = risk?.areas.map((a) => a.priorityArea.id) ?? [];
  if (!risk || !canOnItem(member.scope, "risks.edit", { priorityAreaIds: linked })) notFound();
  // A lead may keep the areas the risk already has and add the ones they lead.
  const areaOptions = areas
    .filter((a) => linked.includes(a.id) || canOnItem(member.scope, "risks.edit", { priorityAreaIds: [a.id] }))
    .map((a) => ({ value: a.id, label: `${a.code} — ${a.title}` }));
  const base = `/p/${member.partnership.slug}/risks`;
  return (
    <div className="max-w-5xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <ol className="flex flex-wrap gap-1">
          <li>
            <Link href={base} className="text-blue-800 underline underline-offset-2">
              Risk register
            </Link>
            <span aria-hidden="true"> › </span>
          </li>
          <li>
            <Link href={`${base}/${risk.id}`} className="text-blue-800 underline underline-offset-2">
              {risk.code}
            </Link>
            <span aria-hidden="true"> › </span>
          </li>
          <li aria-current="page">Edit</li>
        </ol>
      </nav>
      <h1 className="text-2xl font-semibold text-slate-900">Edit risk {risk.code}</h1>
      <section className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <RiskForm slug={member.partnership.slug} risk={riskFormValues(risk)} areaOptions={areaOptions} memberOptions={memberOptions(members)} />
      </section>
    </div>
  );
}
