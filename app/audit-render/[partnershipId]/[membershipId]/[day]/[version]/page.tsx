import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuditLogScreen } from "@/components/audit-log/audit-log-screen";
import { AppShell } from "@/components/shell/app-shell";
import { ExportLinks } from "@/components/ui/export-links";
import { auditLogPath } from "@/lib/audit-log/paths";
import { canonicalAuditQuery, parseAuditQuery } from "@/lib/audit-log/schema";
import { getAuditLogPage } from "@/lib/audit-log/view";
import { renderMember } from "@/lib/pages/render";

export const metadata: Metadata = { title: "Audit log" };

// A page of the audit log (its query: filters and cursor) for one member and
// one version of the partnership's data. Only the audit log's route
// (app/audit-view, reached through the proxy) asks for it, after verifying the
// session and the membership, and it signs the path with its query: anything
// else is a 404. What it draws is app/p/[slug]/audit's page, its downloads too.
export default async function AuditRenderPage({
  params,
  searchParams,
}: {
  params: Promise<{ partnershipId: string; membershipId: string; day: string; version: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [rendered, query] = await Promise.all([params, searchParams]);
  const member = await renderMember("audit", { ...rendered, query: canonicalAuditQuery(parseAuditQuery(query)) });
  if (!member) notFound();
  const page = await getAuditLogPage(member, query);
  if (!page) notFound();
  return (
    <AppShell member={member} at={auditLogPath(member.partnership.slug)}>
      <AuditLogScreen page={page} downloads={page.downloads ? <ExportLinks {...page.downloads} /> : null} />
    </AppShell>
  );
}
