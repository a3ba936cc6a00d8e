import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { BoardPackDocument } from "@/components/boardpacks/board-pack-document";
import { boardPackPrintPath } from "@/lib/boardpacks/print";
import { getPublishedPackDocument } from "@/lib/boardpacks/view";
import { requirePrintSignature } from "@/lib/pdf/guard";

type Params = { partnershipId: string; packId: string };

// The lean print view of a published board pack, for the PDF printer only
// (lib/pdf). It opens only with the signature the PDF route made for this
// exact path a moment ago; its ids come from that signed path, and it
// renders the frozen snapshot. No client components, no scripts of its own.

// The metadata and the page read the same document: once per request (a
// large pack's snapshot is parsed and compared once, not twice).
const read = cache(getPublishedPackDocument);

async function load(params: Promise<Params>) {
  const { partnershipId, packId } = await params;
  await requirePrintSignature(boardPackPrintPath(partnershipId, packId));
  const found = await read(partnershipId, packId);
  if (!found) notFound();
  return found;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { doc } = await load(params);
  return { title: { absolute: `Board pack: ${doc.meeting.title} — ${doc.partnership.name}` }, robots: { index: false } };
}

export default async function BoardPackPrintPage({ params }: { params: Promise<Params> }) {
  const { doc } = await load(params);
  return (
    <main className="print-view board-pack-print mx-auto max-w-4xl bg-white px-2 py-2 text-slate-900">
      <BoardPackDocument doc={doc} />
    </main>
  );
}
