import "server-only";
import { PdfUnavailableError } from "./chromium";
import { printPdf, type PrintJob } from "./print";
import { escapeHtml } from "./templates";

const PRIVATE = "private, no-store";

/** A safe download name: letters, digits, dots and dashes. */
export function pdfFilename(...parts: string[]): string {
  return `${parts.map((p) => p.replace(/[^A-Za-z0-9.]+/g, "-").replace(/^-+|-+$/g, "")).filter(Boolean).join("-")}.pdf`;
}

/**
 * What a PDF route answers, in one line: the PDF as a download, or, when no
 * Chromium can be found, a plain page saying how to install one (503). The
 * HTML view works either way. Links to a PDF are plain links (no `download`
 * attribute): the PDF arrives as an attachment and the page stays, while the
 * message, if any, opens as a page a person can read.
 */
export async function pdfDownload(job: PrintJob, filename: string): Promise<Response> {
  try {
    const pdf = await printPdf(job);
    return new Response(pdf as Uint8Array<ArrayBuffer>, {
      headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": PRIVATE },
    });
  } catch (error) {
    if (!(error instanceof PdfUnavailableError)) throw error;
    const page = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>PDF not available</title></head><body><main><h1>PDF not available</h1><p>${escapeHtml(error.message)}</p><p>Use your browser’s Back button to return to the page.</p></main></body></html>`;
    return new Response(page, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": PRIVATE } });
  }
}
