// The print view of a submitted highlight report: a title block and the
// document, nothing interactive (STYLE rule 17). Chromium prints it to the
// PDF; its headings become the PDF's outline and its tables are tagged.
import { parseIsoDate } from "@/lib/dates/format";
import type { ReportComparison } from "@/lib/reports/compare";
import { STATE_LABELS, type ReportState } from "@/lib/reports/compute";
import { periodLabel } from "@/lib/reports/period";
import type { ReportDocument as Doc } from "@/lib/reports/snapshot";
import { ReportDocument } from "./report-document";

export function ReportPrintView({ doc, comparison, outcome }: { doc: Doc; comparison: ReportComparison; outcome: ReportState | null }) {
  return (
    <main className="print-view mx-auto max-w-4xl bg-white px-2 py-2 text-slate-900">
      <p className="text-sm font-medium text-slate-700">{doc.partnership.name}</p>
      <h1 className="mt-1 text-2xl font-semibold">
        {doc.area.code} highlight report, {periodLabel(parseIsoDate(doc.period))}
      </h1>
      <p className="mt-1 text-slate-800">
        {doc.area.title}
        {doc.board ? ` · to the ${doc.board}` : ""}
      </p>
      <p className="mt-1 text-sm text-slate-800">Board’s answer to this version: {outcome ? STATE_LABELS[outcome] : "awaiting the board"}.</p>
      <div className="mt-4">
        <ReportDocument doc={doc} comparison={comparison} />
      </div>
    </main>
  );
}
