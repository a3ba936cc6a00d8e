import "server-only";
// The published documents' print jobs, each read from its frozen snapshot
// when its turn comes in the download, and printed by the same print views
// and running headers as its own PDF route (lib/<domain>/print.ts).
import { getPublishedPackDocument } from "@/lib/boardpacks/view";
import { boardPackPrintJob } from "@/lib/boardpacks/print";
import { findChromium } from "@/lib/pdf/chromium";
import { printPdf, type PrintJob } from "@/lib/pdf/print";
import { highlightReportPrintJob } from "@/lib/reports/print";
import { getSubmissionSnapshot } from "@/lib/reports/queries";
import { parseHighlightReportSnapshot } from "@/lib/reports/snapshot";
import { stocktakePrintJob } from "@/lib/stocktakes/print";
import { getPublishedSnapshot } from "@/lib/stocktakes/queries";
import { parseStocktakeSnapshot } from "@/lib/stocktakes/snapshot";
import { pdfPageCount, type ArchiveFile, type PlannedDocument } from "./compute";
import type { ZipEntry } from "./zip";

/** Prints a print job to PDF: lib/pdf/print.ts#printPdf on a server; a stand-in where there is no server to print from. */
export type Printer = (job: PrintJob) => Promise<Uint8Array>;

/** The document's print job; throws when it is gone (deleted while the download ran). */
export async function documentPrintJob(partnershipId: string, document: PlannedDocument): Promise<PrintJob> {
  const gone = () => new Error(`${document.path}: the document is no longer there`);
  switch (document.kind) {
    case "highlight-report": {
      const row = await getSubmissionSnapshot(partnershipId, document.id, document.number ?? 0);
      if (!row) throw gone();
      return highlightReportPrintJob(partnershipId, document.id, parseHighlightReportSnapshot(row.snapshot)).job;
    }
    case "board-pack": {
      const found = await getPublishedPackDocument(partnershipId, document.id);
      if (!found) throw gone();
      return boardPackPrintJob(partnershipId, found.id, found.doc).job;
    }
    case "stocktake": {
      const row = await getPublishedSnapshot(partnershipId, document.id);
      if (!row?.snapshot) throw gone();
      return stocktakePrintJob(partnershipId, row.id, parseStocktakeSnapshot(row.snapshot)).job;
    }
  }
}

/** This server's printer, or null when it has no Chromium (the archive then says its PDFs are left out, and why). */
export function serverPrinter(): Printer | null {
  return findChromium() ? printPdf : null;
}

/**
 * The documents as ZIP entries, each printed when its turn comes, with the
 * next one printing beside it (the PDF engine prints two at once): at most
 * two PDFs are held at a time, and the download takes about half as long.
 * Each entry, once made, is described through `made`.
 */
export function printedEntries(partnershipId: string, documents: readonly PlannedDocument[], print: Printer, made: (file: ArchiveFile) => void): ZipEntry[] {
  const printing = new Map<number, Promise<Uint8Array>>();
  const started = (i: number) => {
    let pdf = printing.get(i);
    if (!pdf) {
      pdf = documentPrintJob(partnershipId, documents[i]!).then(print);
      // Awaited when its turn comes; until then a failure must not count as unhandled.
      pdf.catch(() => {});
      printing.set(i, pdf);
    }
    return pdf;
  };
  return documents.map((document, i) => ({
    path: document.path,
    make: async () => {
      const pdf = started(i);
      if (i + 1 < documents.length) started(i + 1);
      const bytes = await pdf;
      printing.delete(i);
      made({ path: document.path, holds: `${document.holds}.`, asOf: document.asOf, pages: pdfPageCount(bytes) });
      return bytes;
    },
  }));
}
