import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DecisionLogTable } from "@/components/meetings/decision-log-table";
import { DecisionLogFilters } from "@/components/meetings/log-filters";
import { ExportLinks } from "@/components/ui/export-links";
import { requireMembership } from "@/lib/auth/guards";
import { meetingsPath } from "@/lib/meetings/paths";
import { getDecisionLogPage } from "@/lib/meetings/view";

export const metadata: Metadata = { title: "Decision log" };

export default async function DecisionsPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const member = await requireMembership(slug);
  const page = await getDecisionLogPage(member, query);
  if (!page) notFound();
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-slate-700">
          <Link prefetch={false} href={meetingsPath(slug)} className="text-blue-800 underline underline-offset-2">
            Board meetings
          </Link>
        </p>
        <h1 className="text-2xl font-semibold text-slate-900">Decision log</h1>
        <p className="mt-1 max-w-3xl text-slate-700">
          What each meeting noted, decided and agreed, newest meeting first, with the change requests decided at meetings or noted there.
        </p>
      </div>
      <DecisionLogFilters filters={page.filters} boards={page.boards} />
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-slate-800">{page.rows.length} outcomes.</p>
        <ExportLinks slug={slug} register="meeting-decisions" query={page.exportQuery} label="the decision log" />
      </div>
      <DecisionLogTable rows={page.rows} />
    </div>
  );
}
