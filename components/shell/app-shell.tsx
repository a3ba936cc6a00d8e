import Link from "next/link";
import type { Role } from "@/lib/generated/prisma/enums";
import type { MemberContext } from "@/lib/auth/guards";
import { can, canOnItem, canOpenChangeRequests, ROLE_LABELS, type Scope } from "@/lib/auth/permissions";
import { MainNav, type NavItem } from "./main-nav";
import { SignOutButton } from "./sign-out-button";

/** Navigation reads the permission table: people see only what they can use. */
function navItems(role: Role, scope: Scope): NavItem[] {
  const items: NavItem[] = [
    { href: "", label: "Dashboard" },
    { href: "plan", label: "Plan" },
  ];
  // The KPI pages are the live data: an advisor reads them only where the partnership shares its live dashboard (no link to a 404).
  if (canOnItem(scope, "dashboard.read")) items.push({ href: "kpis", label: "KPIs" });
  // Scoped: an advisor reads reports only where the partnership shares its live dashboard.
  if (canOnItem(scope, "highlightReport.read") || can(role, "highlightReport.write")) items.push({ href: "reports", label: "Highlight reports" });
  // Advisors read the register only where the partnership shares its live dashboard: no link to a page that would be a 404.
  if (canOnItem(scope, "risks.read")) items.push({ href: "risks", label: "Risks" });
  if (can(role, "status.update")) items.push({ href: "my", label: "My updates" });
  if (canOpenChangeRequests(role)) items.push({ href: "changes", label: "Change requests" });
  if (can(role, "meetings.readPublished")) items.push({ href: "meetings", label: "Meetings" });
  if (can(role, "stocktake.readPublished") || can(role, "stocktake.contribute")) items.push({ href: "stocktakes", label: "Stocktakes" });
  if (can(role, "plan.edit")) items.push({ href: "plan/manage", label: "Edit plan" });
  if (can(role, "settings.manage")) items.push({ href: "settings", label: "Settings" });
  return items;
}

/** The header, navigation and main landmark around every partnership page, for one member. */
export function AppShell({ member, children }: { member: MemberContext; children: React.ReactNode }) {
  const { role, jobTitle, hasOtherPartnerships } = member;
  const { slug, name: partnershipName } = member.partnership;
  const userName = member.user.name;
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Skip to main content
      </a>
      <header className="no-print border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-4 py-3 sm:px-6">
          <div className="min-w-0">
            <Link href={`/p/${slug}`} className="text-sm font-semibold tracking-wide text-blue-800 uppercase">
              Stocktake
            </Link>
            <p className="truncate text-lg font-semibold text-slate-900">{partnershipName}</p>
          </div>
          <div className="flex items-center gap-4 text-sm">
            <div className="text-right">
              <p className="font-medium text-slate-900">{userName}</p>
              <p className="text-slate-700">
                {ROLE_LABELS[role]}
                {jobTitle ? <span className="sr-only">, {jobTitle}</span> : null}
              </p>
            </div>
            {hasOtherPartnerships ? (
              <Link href="/p" className="text-blue-800 underline underline-offset-2">
                Switch partnership
              </Link>
            ) : null}
            <SignOutButton />
          </div>
        </div>
        <MainNav slug={slug} items={navItems(role, member.scope)} />
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
        {children}
      </main>
    </div>
  );
}
