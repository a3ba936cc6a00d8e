import type { Metadata } from "next";
import { PlanScreen } from "@/components/plan/plan-screen";
import { ExportLinks } from "@/components/ui/export-links";
import { requireMembership } from "@/lib/auth/guards";
import * as clock from "@/lib/clock";
import { getPlanPage } from "@/lib/plan/view";

export const metadata: Metadata = { title: "Plan" };

export default async function PlanPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const member = await requireMembership(slug);
  const page = await getPlanPage(member, query, clock.today());
  const downloads = page.shared ? <ExportLinks slug={member.partnership.slug} register="plan" query={page.exportQuery} label="the plan" /> : null;
  return <PlanScreen page={page} labels={member.labels} slug={member.partnership.slug} downloads={downloads} />;
}
