import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { memberOptions } from "@/components/forms/member-options";
import { RiskForm } from "@/components/risks/risk-form";
import { requireMembership } from "@/lib/auth/guards";
import * as clock from "@/lib/clock";
import { getNewRiskPage } from "@/lib/risks/view";

export const metadata: Metadata = { title: "Add a risk" };

export default async function NewRiskPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const member = await requireMembership(slug);
  const page = await getNewRiskPage(member, clock.today());
  if (!page) notFound();
  return (
    <div className="max-w-5xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link prefetch={false} href={page.registerHref} className="text-blue-800 underline underline-offset-2">
          Risk register
        </Link>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">Add a risk</span>
      </nav>
      <h1 className="text-2xl font-semibold text-slate-900">Add a risk</h1>
      <p className="max-w-3xl text-slate-800">
        Score likelihood and impact from 1 to 5 each: before any controls, with the controls in place now, and where the mitigation plan should take it. The risk gets the next code
        on the register; add its mitigations on its page.
      </p>
      <section className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <RiskForm slug={member.partnership.slug} defaults={page.defaults} areaOptions={page.areaOptions} memberOptions={memberOptions(page.members)} />
      </section>
    </div>
  );
}
