import "server-only";
import { now } from "@/lib/clock";
import { warmBrowser } from "./chromium";
import { PRINT_RENDER_HEADER, PRINT_RENDER_PREFIX, PRINT_SIGNATURE_TTL_MS, signPrintPath } from "./signature";
import { footerTemplate, headerTemplate, type RunningHeader } from "./templates";

// The PDF engine: Chromium prints a lean print view of the app (its own
// route under /print-render, semantic headings and tables, no client
// components; STYLE rule 17) into a tagged PDF with an outline, page numbers
// and a running header. The highlight report, the board pack and the
// stocktake pack each add a print page and call printPdf (or pdfDownload).

export type PrintJob = {
  /** The print view's path, under /print-render; printPdf signs it. */
  path: string;
  header: RunningHeader;
};

/**
 * Where the print view is loaded from: this very server, on loopback (`next
 * start` sets PORT). Never taken from the request, whose Host header anyone
 * can set. STOCKTAKE_RENDER_ORIGIN overrides it behind an unusual listener.
 */
export function printOrigin(): string {
  if (process.env.STOCKTAKE_RENDER_ORIGIN) return new URL(process.env.STOCKTAKE_RENDER_ORIGIN).origin;
  if (!process.env.PORT) throw new Error("PORT is not set: start the app with `next start` (or set STOCKTAKE_RENDER_ORIGIN)");
  return `http://127.0.0.1:${process.env.PORT}`;
}

/** Prints at most this many documents at once; the rest wait (two cores; each print is a Chromium page). */
const MAX_PRINTING = 2;
let printing = 0;
const waiting: (() => void)[] = [];

async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (printing >= MAX_PRINTING) await new Promise<void>((resolve) => waiting.push(resolve));
  printing++;
  try {
    return await work();
  } finally {
    printing--;
    waiting.shift()?.();
  }
}

/** Prints the print view at `job.path` to a tagged PDF. Throws PdfUnavailableError when there is no Chromium. */
export async function printPdf(job: PrintJob): Promise<Uint8Array> {
  if (!job.path.startsWith(`${PRINT_RENDER_PREFIX}/`)) throw new Error(`Not a print view: ${job.path}`);
  const origin = printOrigin();
  const target = new URL(job.path, origin).href;
  const signature = signPrintPath(job.path, now().getTime() + PRINT_SIGNATURE_TTL_MS);
  return inTurn(async () => {
    const browser = await warmBrowser();
    // No JavaScript: the print view needs none, and nothing in it can then run. No service workers either.
    const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: "block" });
    try {
      // Only the app's own origin is reachable while printing: a stray link
      // to a font, image or tracker elsewhere is refused, never fetched.
      await context.route("**/*", (route) => {
        const request = route.request();
        if (new URL(request.url()).origin !== origin) return route.abort("blockedbyclient");
        // The signature goes with the print view's own request only.
        if (request.isNavigationRequest() && request.url() === target) return route.continue({ headers: { ...request.headers(), [PRINT_RENDER_HEADER]: signature } });
        return route.continue();
      });
      const page = await context.newPage();
      const response = await page.goto(target, { waitUntil: "load", timeout: 30_000 });
      if (response?.status() !== 200) throw new Error(`The print view ${job.path} answered ${response?.status() ?? "nothing"}`);
      const pdf = await page.pdf({
        format: "A4",
        tagged: true,
        outline: true,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: headerTemplate(job.header),
        footerTemplate: footerTemplate(job.header),
        margin: { top: "20mm", bottom: "18mm", left: "14mm", right: "14mm" },
      });
      return new Uint8Array(pdf);
    } finally {
      await context.close().catch(() => {});
    }
  });
}
