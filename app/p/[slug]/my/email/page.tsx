import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmailReminders } from "@/components/digests/email-reminders";
import { requireMembership } from "@/lib/auth/guards";
import { getMyEmailPage } from "@/lib/digests/view";

export const metadata: Metadata = { title: "Email reminders" };

export default async function MyEmailPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const member = await requireMembership(slug);
  const page = await getMyEmailPage(member);
  if (!page) notFound();
  return <EmailReminders slug={member.partnership.slug} page={page} />;
}
