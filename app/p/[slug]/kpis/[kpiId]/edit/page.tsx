import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { memberOptions } from "@/components/forms/member-options";
import { KpiArchiveButton } from "@/components/kpis/kpi-archive-button";
import { KpiDefinitionForm } from "@/components/kpis/kpi-definition-form";
import { requireMembership } from "@/lib/auth/guards";
import { getEditKpiPage } from "@/lib/kpis/view";

export const metadata: Metadata = { title: "Edit KPI" };

export default async function EditKpiPage({ params }: { params: Promise<{ slug: string; kpiId: string }> }) {
  const { slug, kpiId } = await params;
  const member = await requireMembership(slug);
  const page = await getEditKpiPage(member, kpiId);
  if (!page) notFound();
  const { kpi } = page;
  return (
    <div className="max-w-4xl space-y-6">
      <p className="text-sm">
        <Link prefetch={false} href={page.listHref} className="text-blue-800 underline underline-offset-2">
          KPIs
        </Link>{" "}
        ›{" "}
        <Link prefetch={false} href={page.kpiHref} className="text-blue-800 underline underline-offset-2">
          {kpi.code}
        </Link>{" "}
        › Edit
      </p>
      <h1 className="text-2xl font-semibold text-slate-900">Edit KPI {kpi.code}</h1>
      <section className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <KpiDefinitionForm slug={member.partnership.slug} kpi={page.values} areaOptions={page.areaOptions} memberOptions={memberOptions(page.members)} />
      </section>
      <section aria-labelledby="archive-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="archive-heading" className="text-lg font-semibold text-slate-900">
          Archive this KPI
        </h2>
        <p className="mt-1 mb-3 text-sm text-slate-800">
          An archived KPI leaves the KPI list, the dashboard and value entry. Its values, targets and history are kept, and it can be restored from the KPI list.
        </p>
        <KpiArchiveButton slug={member.partnership.slug} id={kpi.id} version={kpi.version} code={kpi.code} archived={false} />
      </section>
    </div>
  );
}
