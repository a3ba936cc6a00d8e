import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { memberOptions } from "@/components/forms/member-options";
import { RiskForm } from "@/components/risks/risk-form";
import { requireMembership } from "@/lib/auth/guards";
import { getEditRiskPage } from "@/lib/risks/view";

export const metadata: Metadata = { title: "Edit risk" };

export default async function EditRiskPage({ params }: { params: Promise<{ slug: string; riskId: string }> }) {
  const { slug, riskId } = await params;
  const member = await requireMembership(slug);
  const page = await getEditRiskPage(member, riskId);
  if (!page) notFound();
  const { risk } = page;
  return (
    <div className="max-w-5xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <ol className="flex flex-wrap gap-1">
          <li>
            <Link prefetch={false} href={page.registerHref} className="text-blue-800 underline underline-offset-2">
              Risk register
            </Link>
            <span aria-hidden="true"> › </span>
          </li>
          <li>
            <Link prefetch={false} href={page.riskHref} className="text-blue-800 underline underline-offset-2">
              {risk.code}
            </Link>
            <span aria-hidden="true"> › </span>
          </li>
          <li aria-current="page">Edit</li>
        </ol>
      </nav>
      <h1 className="text-2xl font-semibold text-slate-900">Edit risk {risk.code}</h1>
      <section className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <RiskForm slug={member.partnership.slug} risk={page.values} areaOptions={page.areaOptions} memberOptions={memberOptions(page.members)} />
      </section>
    </div>
  );
}
