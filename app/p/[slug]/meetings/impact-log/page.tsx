import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { IllustrativeNote } from "@/components/meetings/badges";
import { ImpactLogTable } from "@/components/meetings/impact-log-table";
import { ImpactLogFilters } from "@/components/meetings/log-filters";
import { ExportLinks } from "@/components/ui/export-links";
import { requireMembership } from "@/lib/auth/guards";
import * as clock from "@/lib/clock";
import { meetingsPath } from "@/lib/meetings/paths";
import { getImpactLogPage } from "@/lib/meetings/view";

export const metadata: Metadata = { title: "Action and impact log" };

export default async function ImpactLogPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const member = await requireMembership(slug);
  const page = await getImpactLogPage(member, query, clock.today());
  if (!page) notFound();
  const shown = page.entries.length;
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-slate-700">
          <Link prefetch={false} href={meetingsPath(slug)} className="text-blue-800 underline underline-offset-2">
            Board meetings
          </Link>
        </p>
        <h1 className="text-2xl font-semibold text-slate-900">Action and impact log</h1>
        <p className="mt-1 max-w-3xl text-slate-700">
          Updated at each board meeting, highlighting objectives that are slow to progress and where contributions need to be strengthened (Improvement Notice §5e). Slow entries
          come first: overdue, no progress across two meetings, or a plan action off track.
        </p>
      </div>
      {page.illustrative ? (
        <IllustrativeNote>
          Updates given at illustrative meetings are demo data, marked so beside them; the entries drawn from the stocktake letter and the Improvement Notice say where they come
          from.
        </IllustrativeNote>
      ) : null}
      <ImpactLogFilters filters={page.filters} boards={page.boards} areas={page.areas} />
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-slate-800" aria-live="polite">
          {shown} {shown === 1 ? "entry" : "entries"}, {page.slow} slow to progress.
        </p>
        <ExportLinks slug={slug} register="impact-log" query={page.exportQuery} label="the action and impact log" />
      </div>
      <ImpactLogTable entries={page.entries} slug={slug} manage={page.manage} areas={page.areas} />
    </div>
  );
}
