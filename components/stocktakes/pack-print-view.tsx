// The print view of a published stocktake pack: a title block and the
// document, nothing interactive (STYLE rule 17). Chromium prints it to the
// PDF; its headings become the PDF's outline and its tables are tagged.
import { ukDate } from "@/components/reports/report-parts";
import type { PackComparison } from "@/lib/stocktakes/compute/compare";
import type { ShownFinding } from "@/lib/stocktakes/access";
import type { PackDocument as Doc } from "@/lib/stocktakes/snapshot";
import { PackDocument } from "./pack-document";

export function PackPrintView({ doc, comparison, findings }: { doc: Doc; comparison: PackComparison; findings: Map<string, ShownFinding[]> }) {
  return (
    <main className="print-view pack-print mx-auto max-w-4xl bg-white px-2 py-2 text-slate-900">
      <p className="text-sm font-medium text-slate-700">{doc.partnership.name}</p>
      <h1 className="mt-1 text-2xl font-semibold">{doc.title}</h1>
      <p className="mt-1 text-slate-800">
        The partnership’s own assessment of improvement for the DfE and NHS England review{doc.reviewDate ? ` of ${ukDate(doc.reviewDate)}` : ""}, covering{" "}
        {ukDate(doc.period.start)} to {ukDate(doc.period.end)} (Improvement Notice
        {doc.partnership.improvementNoticeDate ? ` of ${ukDate(doc.partnership.improvementNoticeDate)}` : ""}, §10).
      </p>
      <div className="mt-4">
        <PackDocument doc={doc} comparison={comparison} findings={findings} />
      </div>
    </main>
  );
}
