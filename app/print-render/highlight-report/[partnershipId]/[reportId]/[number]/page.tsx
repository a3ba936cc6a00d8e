import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ReportPrintView } from "@/components/reports/report-print-view";
import { requirePrintSignature } from "@/lib/pdf/guard";
import { highlightReportPrintPath } from "@/lib/reports/print";
import { getSubmissionDocument } from "@/lib/reports/view";
import { parseIsoDate } from "@/lib/dates/format";
import { periodLabel } from "@/lib/reports/period";

type Params = { partnershipId: string; reportId: string; number: string };

// The lean print view of one submitted highlight report, for the PDF printer
// only (lib/pdf). It opens only with the signature the PDF route made for
// this exact path a moment ago; its ids come from that signed path, and it
// renders the frozen snapshot. No client components, no scripts of its own.

// The metadata and the page read the same document: once per request (a
// large pack's snapshot is parsed and compared once, not twice).
const read = cache(getSubmissionDocument);

async function load(params: Promise<Params>) {
  const { partnershipId, reportId, number } = await params;
  if (!/^\d+$/.test(number)) notFound();
  await requirePrintSignature(highlightReportPrintPath(partnershipId, reportId, Number(number)));
  const found = await read(partnershipId, reportId, Number(number));
  if (!found) notFound();
  return found;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { doc } = await load(params);
  return { title: { absolute: `${doc.area.code} highlight report, ${periodLabel(parseIsoDate(doc.period))} — ${doc.partnership.name}` }, robots: { index: false } };
}

export default async function HighlightReportPrintPage({ params }: { params: Promise<Params> }) {
  const { doc, comparison, outcome } = await load(params);
  return <ReportPrintView doc={doc} comparison={comparison} outcome={outcome} />;
}
