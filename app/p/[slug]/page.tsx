import { redirect } from "next/navigation";
import { requireMembership } from "@/lib/auth/guards";

// The board dashboard arrives with the KPI work; until then the plan is home.
export default async function PartnershipHome({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const member = await requireMembership(slug);
  redirect(`/p/${member.partnership.slug}/plan`);
}
