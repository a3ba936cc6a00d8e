import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DashboardScreen } from "@/components/dashboard/dashboard-screen";
import { AppShell } from "@/components/shell/app-shell";
import { memberContext } from "@/lib/auth/guards";
import { getMembershipInPartnership } from "@/lib/auth/queries";
import { parseIsoDate } from "@/lib/dates/format";
import { verifyDashboardKey } from "@/lib/dashboard/signature";

export const metadata: Metadata = { title: "Board dashboard" };

// The board dashboard, rendered once per member and day and then served from
// Next's page cache until the partnership's tag is updated by any write (see
// lib/dashboard/route.ts). Only the proxy names these URLs, after verifying
// the session and the membership; the proxy answers 404 to anyone asking
// directly, and the signature stops a guessed or replayed key regardless.
export const dynamicParams = true;
export const revalidate = 86400;
export function generateStaticParams() {
  return [];
}

export default async function CachedDashboardPage({ params }: { params: Promise<{ partnershipId: string; membershipId: string; day: string; signature: string }> }) {
  const { partnershipId, membershipId, day, signature } = await params;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !verifyDashboardKey(partnershipId, membershipId, day, signature)) notFound();
  const membership = await getMembershipInPartnership(partnershipId, membershipId);
  if (!membership) notFound();
  const member = memberContext({ userId: membership.user.id, name: membership.user.name, email: membership.user.email }, membership);
  return (
    <AppShell
      slug={member.partnership.slug}
      partnershipName={member.partnership.name}
      userName={member.user.name}
      role={member.role}
      jobTitle={member.jobTitle}
      hasOtherPartnerships={member.hasOtherPartnerships}
    >
      <DashboardScreen member={member} today={parseIsoDate(day)} />
    </AppShell>
  );
}
