import { AppShell } from "@/components/shell/app-shell";
import { requireMembership } from "@/lib/auth/guards";
import { countMembershipsForUser } from "@/lib/auth/queries";

export default async function PartnershipLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const { slug } = await params;
  const member = await requireMembership(slug);
  const memberships = await countMembershipsForUser(member.user.userId);
  return (
    <AppShell
      slug={member.partnership.slug}
      partnershipName={member.partnership.name}
      userName={member.user.name}
      role={member.role}
      jobTitle={member.jobTitle}
      hasOtherPartnerships={memberships > 1}
    >
      {children}
    </AppShell>
  );
}
