import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionScreen } from "@/components/plan/action-screen";
import { requireMembership } from "@/lib/auth/guards";
import * as clock from "@/lib/clock";
import { getActionPage } from "@/lib/plan/view";

export const metadata: Metadata = { title: "Action" };

export default async function ActionPage({ params }: { params: Promise<{ slug: string; actionId: string }> }) {
  const { slug, actionId } = await params;
  const member = await requireMembership(slug);
  const today = clock.today();
  const page = await getActionPage(member, actionId, today);
  if (!page) notFound();
  return <ActionScreen page={page} labels={member.labels} slug={member.partnership.slug} today={today} />;
}
