import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { DashboardScreen } from "@/components/dashboard/dashboard-screen";
import { AppShell } from "@/components/shell/app-shell";
import { memberContext } from "@/lib/auth/guards";
import { getMembershipInPartnership } from "@/lib/auth/queries";
import { parseIsoDate } from "@/lib/dates/format";
import { DASHBOARD_RENDER_PREFIX } from "@/lib/dashboard/page-cache";
import { DASHBOARD_RENDER_HEADER, verifyDashboardRender } from "@/lib/dashboard/signature";

export type DashboardRenderParams = { partnershipId: string; membershipId: string; day: string; version: string; board?: string };

// The board dashboard of one member, one day, one version of the
// partnership's data and (with several boards) one board. Only the dashboard
// route (app/p/[slug]/route.ts) asks for it, after verifying the session and
// the membership, and it signs the path in a request header: a request from
// anywhere else is a 404.
export async function DashboardDocument({ partnershipId, membershipId, day, version, board }: DashboardRenderParams) {
  const path = `${DASHBOARD_RENDER_PREFIX}/${partnershipId}/${membershipId}/${day}/${version}${board ? `/${board}` : ""}`;
  if (!verifyDashboardRender(path, (await headers()).get(DASHBOARD_RENDER_HEADER))) notFound();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !/^\d+$/.test(version)) notFound();
  const membership = await getMembershipInPartnership(partnershipId, membershipId);
  if (!membership) notFound();
  const member = memberContext({ userId: membership.user.id, name: membership.user.name, email: membership.user.email, sessionVersion: membership.user.sessionVersion }, membership);
  return (
    <AppShell member={member}>
      <DashboardScreen member={member} today={parseIsoDate(day)} dataVersion={Number(version)} boardId={board} />
    </AppShell>
  );
}
