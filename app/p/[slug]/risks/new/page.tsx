import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { memberOptions } from "@/components/forms/member-options";
import { RiskForm } from "@/components/risks/risk-form";
import { requireMembership } from "@/lib/auth/guards";
import { can, canOnItem } from "@/lib/auth/permissions";
import { toIsoDate } from "@/lib/dates/format";
import { nextReviewAfter } from "@/lib/risks/compute";
import { listAreaOptions, listMembersForLead } from "@/lib/plan/structure/queries";
import * as clock from "@/lib/clock";

export const metadata: Metadata = { title: "Add a risk" };

export default async function NewRiskPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const member = await requireMembership(slug);
  if (!can(member.role, "risks.edit")) notFound();
  const [areas, members] = await Promise.all([listAreaOptions(member.partnershipId), listMembersForLead(member.partnershipId)]);
  // Leads add risks to the areas they lead.
  const areaOptions = areas.filter((a) => canOnItem(member.scope, "risks.edit", { priorityAreaIds: [a.id] })).map((a) => ({ value: a.id, label: `${a.code} — ${a.title}` }));
  if (areaOptions.length === 0) notFound();
  const base = `/p/${member.partnership.slug}/risks`;
  return (
    <div className="max-w-5xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={base} className="text-blue-800 underline underline-offset-2">
          Risk register
        </Link>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">Add a risk</span>
      </nav>
      <h1 className="text-2xl font-semibold text-slate-900">Add a risk</h1>
      <p className="max-w-3xl text-slate-800">
        Score likelihood and impact from 1 to 5 each: before any controls, with the controls in place now, and where the mitigation plan should take it. The risk gets the next
        code on the register; add its mitigations on its page.
      </p>
      <section className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <RiskForm
          slug={member.partnership.slug}
          defaults={{ reviewFrequency: "MONTHLY", nextReviewDate: toIsoDate(nextReviewAfter(clock.today(), "MONTHLY")) }}
          areaOptions={areaOptions}
          memberOptions={memberOptions(members)}
        />
      </section>
    </div>
  );
}
