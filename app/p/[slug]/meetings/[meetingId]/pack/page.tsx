import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { BoardPackDocument } from "@/components/boardpacks/board-pack-document";
import { BoardPackForm } from "@/components/boardpacks/board-pack-form";
import { requireMembership } from "@/lib/auth/guards";
import { boardPackPath } from "@/lib/boardpacks/paths";
import { getDraftPackPage } from "@/lib/boardpacks/view";
import * as clock from "@/lib/clock";
import { meetingPath } from "@/lib/meetings/paths";

export const metadata: Metadata = { title: "Board pack (draft)" };

// A meeting's board pack: the programme office's draft, drawn from live data
// on every view and never cached; once published, everyone who may read it
// is sent to the published pack's own page.
export default async function BoardPackDraftPage({ params }: { params: Promise<{ slug: string; meetingId: string }> }) {
  const { slug, meetingId } = await params;
  const member = await requireMembership(slug);
  const page = await getDraftPackPage(member, meetingId, clock.today());
  if (!page) notFound();
  if (page.kind === "published") redirect(boardPackPath(member.partnership.slug, page.packId));
  const { doc, row } = page;
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="no-print text-sm">
        <Link prefetch={false} href={meetingPath(member.partnership.slug, meetingId)} className="text-blue-800 underline underline-offset-2">
          {doc.meeting.title}
        </Link>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">Board pack (draft)</span>
      </nav>
      <section aria-labelledby="publish-heading" className="no-print rounded-md border border-slate-300 bg-slate-50 p-4">
        <h2 id="publish-heading" className="text-lg font-semibold text-slate-900">
          Prepare and publish
        </h2>
        <div className="mt-2">
          <BoardPackForm slug={member.partnership.slug} meetingId={meetingId} version={row.version} coverNote={row.coverNote} />
        </div>
      </section>
      <article className="rounded-md border border-slate-200 bg-white p-4 sm:p-6">
        <BoardPackDocument doc={doc} />
      </article>
    </div>
  );
}
