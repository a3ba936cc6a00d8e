import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MyUpdatesScreen } from "@/components/plan/my-updates-screen";
import { requireMembership } from "@/lib/auth/guards";
import * as clock from "@/lib/clock";
import { getMyUpdatesPage } from "@/lib/plan/view";

export const metadata: Metadata = { title: "My updates" };

export default async function MyUpdatesPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ reviewed?: string; changed?: string }> }) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const member = await requireMembership(slug);
  const today = clock.today();
  const page = await getMyUpdatesPage(member, today);
  if (!page) notFound();
  return (
    <MyUpdatesScreen page={page} labels={member.labels} slug={member.partnership.slug} today={today} notices={{ reviewed: query.reviewed, scoreChanged: query.changed === "1" }} />
  );
}
