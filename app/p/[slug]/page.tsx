import type { Metadata } from "next";
import { DashboardScreen } from "@/components/dashboard/dashboard-screen";
import { requireMembership } from "@/lib/auth/guards";
import { todayUtc } from "@/lib/plan/view";

export const metadata: Metadata = { title: "Board dashboard" };

// Most requests never reach this page: the proxy serves members the cached
// copy (app/cached-dashboard). This answers the rest — sign-in redirects,
// 404s, advisors without live access — with the same checks as every page.
export default async function DashboardPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const member = await requireMembership(slug);
  return <DashboardScreen member={member} today={todayUtc()} />;
}
