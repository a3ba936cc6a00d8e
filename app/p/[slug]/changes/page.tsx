import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DecidedChangeRequests } from "@/components/changes/decided-change-requests";
import { PendingChangeRequestCard } from "@/components/changes/pending-change-request";
import { ExportLinks } from "@/components/ui/export-links";
import { SuccessNotice } from "@/components/ui/success-notice";
import { requireMembership } from "@/lib/auth/guards";
import { getChangeRequestsPage } from "@/lib/changes/view";

export const metadata: Metadata = { title: "Change requests" };

export default async function ChangeRequestsPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ decided?: string }> }) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const member = await requireMembership(slug);
  const page = await getChangeRequestsPage(member, query.decided);
  if (!page) notFound();
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">Change requests</h1>
        <p className="mt-1 text-slate-700">Delays and scope changes go to the board. Approval moves the current due date; the baseline stays, so slippage is always visible.</p>
        <div className="mt-2">
          <ExportLinks slug={slug} register="change-requests" label="all change requests" />
        </div>
      </div>
      <div aria-live="polite">{page.notice ? <SuccessNotice key={page.notice.key}>{page.notice.text}</SuccessNotice> : null}</div>
      <section aria-labelledby="pending-heading">
        <h2 id="pending-heading" className="text-xl font-semibold">
          Awaiting decision ({page.pending.length})
        </h2>
        {page.pending.length === 0 ? <p className="mt-2 text-slate-700">Nothing is waiting for the board.</p> : null}
        <ul className="mt-3 space-y-4">
          {page.pending.map((cr) => (
            <PendingChangeRequestCard key={cr.id} request={cr} slug={slug} meetings={page.meetings} mayDecide={page.mayDecide} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="decided-heading">
        <h2 id="decided-heading" className="text-xl font-semibold">
          Decided
        </h2>
        {page.decided.length === 0 ? <p className="mt-2 text-slate-700">No decisions yet.</p> : <DecidedChangeRequests requests={page.decided} slug={slug} />}
      </section>
    </div>
  );
}
