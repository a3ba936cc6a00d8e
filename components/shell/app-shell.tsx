import Link from "next/link";
import { mayReadAuditLog } from "@/lib/audit-log/access";
import { auditLogPath } from "@/lib/audit-log/paths";
import type { MemberContext } from "@/lib/auth/guards";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { mayOpenChangeRequests } from "@/lib/changes/access";
import { changeRequestsPath } from "@/lib/changes/paths";
import { dashboardPath } from "@/lib/dashboard/paths";
import { mayReadKpis } from "@/lib/kpis/access";
import { kpisPath } from "@/lib/kpis/paths";
import { mayReadPublishedMinutes } from "@/lib/meetings/access";
import { meetingsPath } from "@/lib/meetings/paths";
import { mayManageMembers } from "@/lib/members/access";
import { membersPath } from "@/lib/members/paths";
import { mayEditPlan, mayUpdateActions } from "@/lib/plan/access";
import { myUpdatesPath, planEditorPath, planPath } from "@/lib/plan/paths";
import { mayOpenPublicPageScreen } from "@/lib/public-summaries/access";
import { publicSummariesPath } from "@/lib/public-summaries/paths";
import { mayReadSubmittedReports } from "@/lib/reports/access";
import { reportsPath } from "@/lib/reports/paths";
import { mayReadRisks } from "@/lib/risks/access";
import { risksPath } from "@/lib/risks/paths";
import { mayManageSettings } from "@/lib/settings/access";
import { settingsPath } from "@/lib/settings/paths";
import { mayReadPublished as mayReadStocktakes } from "@/lib/stocktakes/access";
import { stocktakesPath } from "@/lib/stocktakes/paths";
import { MainNav, type NavItem } from "./main-nav";
import { SignOutButton } from "./sign-out-button";

/** Navigation asks each domain who may open it: people see only what they can use, and no link leads to a 404. */
function navItems(member: MemberContext): NavItem[] {
  const { scope } = member;
  const slug = member.partnership.slug;
  const items: NavItem[] = [
    { href: dashboardPath(slug), label: "Dashboard", exact: true },
    { href: planPath(slug), label: "Plan" },
  ];
  // The KPI pages, reports and risks are live data: an advisor reads them only where the partnership shares its live dashboard.
  if (mayReadKpis(scope)) items.push({ href: kpisPath(slug), label: "KPIs" });
  if (mayReadSubmittedReports(scope)) items.push({ href: reportsPath(slug), label: "Highlight reports" });
  if (mayReadRisks(scope)) items.push({ href: risksPath(slug), label: "Risks" });
  if (mayUpdateActions(scope)) items.push({ href: myUpdatesPath(slug), label: "My updates" });
  if (mayOpenChangeRequests(scope)) items.push({ href: changeRequestsPath(slug), label: "Change requests" });
  if (mayReadPublishedMinutes(scope)) items.push({ href: meetingsPath(slug), label: "Meetings" });
  if (mayReadStocktakes(scope)) items.push({ href: stocktakesPath(slug), label: "Stocktakes" });
  if (mayEditPlan(scope)) items.push({ href: planEditorPath(slug), label: "Edit plan" });
  if (mayOpenPublicPageScreen(scope)) items.push({ href: publicSummariesPath(slug), label: "Public page" });
  if (mayManageMembers(scope)) items.push({ href: membersPath(slug), label: "Members" });
  if (mayManageSettings(scope)) items.push({ href: settingsPath(slug), label: "Settings" });
  if (mayReadAuditLog(scope)) items.push({ href: auditLogPath(slug), label: "Audit log" });
  return items;
}

/** The header, navigation and main landmark around every partnership page, for one member. */
/** `at`: the address a kept copy stands for (it is rendered at its renderer's), so the navigation marks the right place. */
export function AppShell({ member, children, at }: { member: MemberContext; children: React.ReactNode; at?: string }) {
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
            <Link prefetch={false} href={dashboardPath(slug)} className="text-sm font-semibold tracking-wide text-blue-800 uppercase">
              Stocktake
            </Link>
            <p className="text-lg font-semibold text-slate-900 sm:truncate">{partnershipName}</p>
          </div>
          <div className="flex items-center gap-4 text-sm">
            <div className="sm:text-right">
              <p className="font-medium text-slate-900">{userName}</p>
              <p className="text-slate-700">
                {ROLE_LABELS[role]}
                {jobTitle ? <span className="sr-only">, {jobTitle}</span> : null}
              </p>
            </div>
            {hasOtherPartnerships ? (
              <Link prefetch={false} href="/p" className="text-blue-800 underline underline-offset-2">
                Switch partnership
              </Link>
            ) : null}
            <SignOutButton />
          </div>
        </div>
        <MainNav items={navItems(member)} at={at} />
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
        {member.partnership.archivedAt ? (
          <p role="note" className="mb-4 rounded-md border border-amber-700 bg-amber-50 px-3 py-2 text-sm text-amber-950">
            <strong>{partnershipName} is archived:</strong> you can read and download everything, but nothing can be changed.
          </p>
        ) : null}
        {children}
      </main>
    </div>
  );
}
