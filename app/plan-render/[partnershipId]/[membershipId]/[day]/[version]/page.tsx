import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { PlanScreen } from "@/components/plan/plan-screen";
import { AppShell } from "@/components/shell/app-shell";
import { memberContext } from "@/lib/auth/guards";
import { getMembershipInPartnership } from "@/lib/auth/queries";
import { parseIsoDate } from "@/lib/dates/format";
import { PLAN_RENDER_PREFIX } from "@/lib/dashboard/page-cache";
import { DASHBOARD_RENDER_HEADER, verifyDashboardRender } from "@/lib/dashboard/signature";

export const metadata: Metadata = { title: "Plan" };

// The plan's first view (no query: every area collapsed) for one member, one
// day and one version of the partnership's data. Only the plan route
// (app/plan-view, reached through the proxy) asks for it, after verifying the
// session and the membership, and it signs the path: anything else is a 404.
export default async function PlanRenderPage({ params }: { params: Promise<{ partnershipId: string; membershipId: string; day: string; version: string }> }) {
  const { partnershipId, membershipId, day, version } = await params;
  const path = `${PLAN_RENDER_PREFIX}/${partnershipId}/${membershipId}/${day}/${version}`;
  if (!verifyDashboardRender(path, (await headers()).get(DASHBOARD_RENDER_HEADER))) notFound();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !/^\d+$/.test(version)) notFound();
  const membership = await getMembershipInPartnership(partnershipId, membershipId);
  if (!membership) notFound();
  const member = memberContext({ userId: membership.user.id, name: membership.user.name, email: membership.user.email, sessionVersion: membership.user.sessionVersion }, membership);
  return (
    <AppShell member={member}>
      <PlanScreen member={member} query={{}} today={parseIsoDate(day)} />
    </AppShell>
  );
}
