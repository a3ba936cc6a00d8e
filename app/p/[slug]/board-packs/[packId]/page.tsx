import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BoardPackDocument } from "@/components/boardpacks/board-pack-document";
import { SuccessNotice } from "@/components/ui/success-notice";
import { requireMembership } from "@/lib/auth/guards";
import { getPublishedPackPage } from "@/lib/boardpacks/view";

export const metadata: Metadata = { title: "Board pack" };

// A published board pack: the frozen snapshot, read by every member who may
// (DESIGN §4). The HTML is the primary format; the PDF is printed from it.
export default async function BoardPackPage({ params, searchParams }: { params: Promise<{ slug: string; packId: string }>; searchParams: Promise<{ published?: string }> }) {
  const [{ slug, packId }, query] = await Promise.all([params, searchParams]);
  const member = await requireMembership(slug);
  const found = await getPublishedPackPage(member, packId);
  if (!found) notFound();
  const { doc } = found;
  return (
    <div className="space-y-6">
      {query.published ? <SuccessNotice>Board pack published. Members can now read it and download its PDF; it will not change.</SuccessNotice> : null}
      <nav aria-label="Breadcrumb" className="no-print text-sm">
        <Link prefetch={false} href={found.links.meeting} className="text-blue-800 underline underline-offset-2">
          {doc.meeting.title}
        </Link>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">Board pack</span>
      </nav>
      <p className="no-print">
        <a href={found.links.pdf} className="inline-block rounded-md bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
          Download the PDF
        </a>
      </p>
      <article className="rounded-md border border-slate-200 bg-white p-4 sm:p-6">
        <BoardPackDocument doc={doc} />
      </article>
    </div>
  );
}
