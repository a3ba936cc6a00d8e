import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { memberOptions } from "@/components/forms/member-options";
import { KpiDefinitionForm } from "@/components/kpis/kpi-definition-form";
import { requireMembership } from "@/lib/auth/guards";
import { getNewKpiPage } from "@/lib/kpis/view";

export const metadata: Metadata = { title: "Add a KPI" };

export default async function NewKpiPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const member = await requireMembership(slug);
  const page = await getNewKpiPage(member);
  if (!page) notFound();
  return (
    <div className="max-w-4xl space-y-6">
      <p className="text-sm">
        <Link prefetch={false} href={page.listHref} className="text-blue-800 underline underline-offset-2">
          KPIs
        </Link>{" "}
        › Add a KPI
      </p>
      <h1 className="text-2xl font-semibold text-slate-900">Add a KPI</h1>
      <section className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <KpiDefinitionForm slug={member.partnership.slug} areaOptions={page.areaOptions} memberOptions={memberOptions(page.members)} />
      </section>
    </div>
  );
}
