// The stocktake pack's PDF: which print view, and its running header.
import "server-only";
import { formatUkDate, parseIsoDate } from "@/lib/dates/format";
import { pdfDownload, pdfFilename } from "@/lib/pdf/response";
import type { PrintJob } from "@/lib/pdf/print";
import { PRINT_RENDER_PREFIX } from "@/lib/pdf/signature";
import type { StocktakeSnapshot } from "./snapshot";

export function stocktakePrintPath(partnershipId: string, stocktakeId: string): string {
  return `${PRINT_RENDER_PREFIX}/stocktake/${partnershipId}/${stocktakeId}`;
}

/** The print job of a published pack, and its file name. */
export function stocktakePrintJob(partnershipId: string, stocktakeId: string, snapshot: StocktakeSnapshot): { job: PrintJob; filename: string } {
  return {
    job: {
      path: stocktakePrintPath(partnershipId, stocktakeId),
      header: {
        partnership: snapshot.partnership.name,
        subject: `${snapshot.title}: self-assessment for the DfE and NHS England review`,
        date: `Published ${formatUkDate(parseIsoDate(snapshot.publication.publishedAt.slice(0, 10)))}`,
      },
    },
    filename: pdfFilename(snapshot.partnership.slug, "stocktake", snapshot.period.end.slice(0, 7)),
  };
}

/** The PDF download of a published pack. */
export function stocktakePdf(partnershipId: string, stocktakeId: string, snapshot: StocktakeSnapshot): Promise<Response> {
  const { job, filename } = stocktakePrintJob(partnershipId, stocktakeId, snapshot);
  return pdfDownload(job, filename);
}
