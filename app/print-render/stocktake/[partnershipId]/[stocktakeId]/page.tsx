import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PackPrintView } from "@/components/stocktakes/pack-print-view";
import { requirePrintSignature } from "@/lib/pdf/guard";
import { stocktakePrintPath } from "@/lib/stocktakes/print";
import { getPrintablePack } from "@/lib/stocktakes/view";

type Params = { partnershipId: string; stocktakeId: string };

// The lean print view of a published stocktake pack, for the PDF printer only
// (lib/pdf). It opens only with the signature the PDF route made for this
// exact path a moment ago; its ids come from that signed path, and it renders
// the frozen snapshot (with the review's published findings). No client
// components, no scripts of its own.

// The metadata and the page read the same document: once per request (a
// large pack's snapshot is parsed and compared once, not twice).
const read = cache(getPrintablePack);

async function load(params: Promise<Params>) {
  const { partnershipId, stocktakeId } = await params;
  await requirePrintSignature(stocktakePrintPath(partnershipId, stocktakeId));
  const found = await read(partnershipId, stocktakeId);
  if (!found) notFound();
  return found;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { doc } = await load(params);
  return { title: { absolute: `${doc.title} — ${doc.partnership.name}` }, robots: { index: false } };
}

export default async function StocktakePrintPage({ params }: { params: Promise<Params> }) {
  const { doc, comparison, findings } = await load(params);
  return <PackPrintView doc={doc} comparison={comparison} findings={findings.byKey} />;
}
