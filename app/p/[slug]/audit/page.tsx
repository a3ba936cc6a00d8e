import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuditLogScreen } from "@/components/audit-log/audit-log-screen";
import { ExportLinks } from "@/components/ui/export-links";
import { getAuditLogPage } from "@/lib/audit-log/view";
import { requireMembership } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Audit log" };

// A document load of this address is served from a kept copy (the proxy sends it to app/audit-view,
// rendered by app/audit-render once per version of the partnership's data); a client-side navigation
// (a React payload request) renders this page.
export default async function AuditLogPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const member = await requireMembership(slug);
  const page = await getAuditLogPage(member, query);
  if (!page) notFound();
  const { downloads } = page;
  return <AuditLogScreen page={page} downloads={downloads ? <ExportLinks register="audit-log" slug={downloads.slug} query={downloads.query} label={downloads.label} /> : null} />;
}
