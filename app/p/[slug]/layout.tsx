import { AppShell } from "@/components/shell/app-shell";
import { requireMembership } from "@/lib/auth/guards";

export default async function PartnershipLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const member = await requireMembership(slug);
  return <AppShell member={member}>{children}</AppShell>;
}
