import "server-only";
import { PdfUnavailableError } from "./chromium";
import { printPdf, type PrintJob } from "./print";

const PRIVATE = "private, no-store";

/** A safe download name: letters, digits, dots and dashes. */
export function pdfFilename(...parts: string[]): string {
  return `${parts.map((p) => p.replace(/[^A-Za-z0-9.]+/g, "-").replace(/^-+|-+$/g, "")).filter(Boolean).join("-")}.pdf`;
}

/**
 * What a PDF route answers, in one line: the PDF as a download, or, when no
 * Chromium can be found, a plain page saying how to install one (503). The
 * HTML view works either way.
 */
export async function pdfDownload(job: PrintJob, filename: string): Promise<Response> {
  try {
    const pdf = await printPdf(job);
    return new Response(pdf as Uint8Array<ArrayBuffer>, {
      headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": PRIVATE },
    });
  } catch (error) {
    if (!(error instanceof PdfUnavailableError)) throw error;
    return new Response(error.message, { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": PRIVATE } });
  }
}
