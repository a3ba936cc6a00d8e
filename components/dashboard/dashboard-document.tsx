import { notFound } from "next/navigation";
import { DashboardScreen } from "@/components/dashboard/dashboard-screen";
import { AppShell } from "@/components/shell/app-shell";
import { getDashboardPage } from "@/lib/dashboard/view";
import { parseIsoDate } from "@/lib/dates/format";
import { renderMember } from "@/lib/pages/render";

export type DashboardRenderParams = { partnershipId: string; membershipId: string; day: string; version: string; board?: string };

// The board dashboard of one member, one day, one version of the
// partnership's data and (with several boards) one board. Only the dashboard
// route (app/p/[slug]/route.ts) asks for it, after verifying the session and
// the membership, and it signs the path in a request header: a request from
// anywhere else is a 404 (lib/pages/render.ts).
export async function DashboardDocument(params: DashboardRenderParams) {
  const member = await renderMember("dashboard", params);
  if (!member) notFound();
  const today = parseIsoDate(params.day);
  const page = await getDashboardPage(member, today, Number(params.version), params.board);
  if (!page) notFound();
  return (
    <AppShell member={member}>
      <DashboardScreen page={page} labels={member.labels} slug={member.partnership.slug} today={today} />
    </AppShell>
  );
}
