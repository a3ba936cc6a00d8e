import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { memberOptions } from "@/components/forms/member-options";
import { KpiDefinitionForm } from "@/components/kpis/kpi-definition-form";
import { requireMembership } from "@/lib/auth/guards";
import { can, canOnItem } from "@/lib/auth/permissions";
import { listAreaOptions, listMembersForLead } from "@/lib/plan/structure/queries";

export const metadata: Metadata = { title: "Add a KPI" };

export default async function NewKpiPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const member = await requireMembership(slug);
  if (!can(member.role, "plan.edit")) notFound();
  const [areas, members] = await Promise.all([listAreaOptions(member.partnershipId), listMembersForLead(member.partnershipId)]);
  const areaOptions = areas
    .filter((a) => canOnItem(member.scope, "plan.edit", { priorityAreaIds: [a.id] }))
    .map((a) => ({ value: a.id, label: `${a.code} — ${a.title}` }));
  if (areaOptions.length === 0) notFound();
  return (
    <div className="max-w-4xl space-y-6">
      <p className="text-sm">
        <Link href={`/p/${member.partnership.slug}/kpis`} className="text-blue-800 underline underline-offset-2">
          KPIs
        </Link>{" "}
        › Add a KPI
      </p>
      <h1 className="text-2xl font-semibold text-slate-900">Add a KPI</h1>
      <section className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <KpiDefinitionForm
          slug={member.partnership.slug}
          areaOptions={areaOptions}
          memberOptions={memberOptions(members)}
        />
      </section>
    </div>
  );
}
