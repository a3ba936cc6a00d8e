import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PlanScreen } from "@/components/plan/plan-screen";
import { AppShell } from "@/components/shell/app-shell";
import { ExportLinks } from "@/components/ui/export-links";
import { parseIsoDate } from "@/lib/dates/format";
import { renderMember } from "@/lib/pages/render";
import { planPath } from "@/lib/plan/paths";
import { getPlanPage, planDownloads } from "@/lib/plan/view";

export const metadata: Metadata = { title: "Plan" };

// The plan's first view (no query: every area collapsed) for one member, one
// day and one version of the partnership's data. Only the plan route
// (app/plan-view, reached through the proxy) asks for it, after verifying the
// session and the membership, and it signs the path: anything else is a 404.
export default async function PlanRenderPage({ params }: { params: Promise<{ partnershipId: string; membershipId: string; day: string; version: string }> }) {
  const rendered = await params;
  const member = await renderMember("plan", rendered);
  if (!member) notFound();
  const page = await getPlanPage(member, {}, parseIsoDate(rendered.day));
  return (
    <AppShell member={member} at={planPath(member.partnership.slug)}>
      <PlanScreen page={page} labels={member.labels} slug={member.partnership.slug} downloads={page.shared ? <ExportLinks {...planDownloads(member.partnership.slug)} /> : null} />
    </AppShell>
  );
}
