// The highlight report's PDF: which print view, and its running header.
import "server-only";
import { pdfDownload, pdfFilename } from "@/lib/pdf/response";
import type { PrintJob } from "@/lib/pdf/print";
import { PRINT_RENDER_PREFIX } from "@/lib/pdf/signature";
import { formatUkDate, parseIsoDate } from "@/lib/dates/format";
import { periodKey, periodLabel } from "./period";
import type { HighlightReportSnapshot } from "./snapshot";

export function highlightReportPrintPath(partnershipId: string, reportId: string, number: number): string {
  return `${PRINT_RENDER_PREFIX}/highlight-report/${partnershipId}/${reportId}/${number}`;
}

/** The print job of one submitted version, and its file name. */
export function highlightReportPrintJob(partnershipId: string, reportId: string, snapshot: HighlightReportSnapshot): { job: PrintJob; filename: string } {
  const period = parseIsoDate(snapshot.period);
  const subject = `${snapshot.area.code} highlight report, ${periodLabel(period)}, version ${snapshot.submission.number}`;
  return {
    job: {
      path: highlightReportPrintPath(partnershipId, reportId, snapshot.submission.number),
      header: {
        partnership: snapshot.partnership.name,
        subject: snapshot.board ? `${snapshot.board} · ${subject}` : subject,
        date: `Submitted ${formatUkDate(parseIsoDate(snapshot.submission.submittedAt.slice(0, 10)))}`,
      },
    },
    filename: pdfFilename(snapshot.partnership.slug, snapshot.area.code, "highlight-report", periodKey(period), `v${snapshot.submission.number}`),
  };
}

/** The PDF download of one submitted version. */
export function highlightReportPdf(partnershipId: string, reportId: string, snapshot: HighlightReportSnapshot): Promise<Response> {
  const { job, filename } = highlightReportPrintJob(partnershipId, reportId, snapshot);
  return pdfDownload(job, filename);
}
