import "server-only";
import type { Browser, Page } from "playwright-core";
import { now } from "@/lib/clock";
import { serverOrigin } from "@/lib/pages/origin";
import { warmBrowser } from "./chromium";
import { PAGE, PRINT_VIEWPORT } from "./page";
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

const mm = (value: number) => `${value}mm`;

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

/**
 * A Chromium page kept between prints, with its own browser context: opening
 * a page cost more than a small report's whole print (npm run bench). Each
 * print navigates it to the signed print view, prints, and leaves it on
 * about:blank; a page that failed is closed rather than kept. No JavaScript:
 * the print view needs none, and nothing in it can then run. No service
 * workers either.
 */
type Printer = { page: Page; origin: string; job: { target: string; signature: string } | null };
const idle: Printer[] = [];

async function openPrinter(browser: Browser, origin: string): Promise<Printer> {
  // Loaded as it will be printed: print media, at the width of the page
  // between its margins. Chromium then lays the document out once; loaded for
  // the screen, it styled and laid the whole document out again on entering
  // print mode, a quarter of an 80-page stocktake pack's print (npm run bench).
  const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: "block", viewport: PRINT_VIEWPORT });
  try {
    const page = await context.newPage();
    await page.emulateMedia({ media: "print" });
    const printer: Printer = { page, origin, job: null };
    // Only the app's own origin is reachable while printing: a stray link
    // to a font, image or tracker elsewhere is refused, never fetched.
    await context.route("**/*", (route) => {
      const request = route.request();
      if (new URL(request.url()).origin !== origin) return route.abort("blockedbyclient");
      // The signature goes with the print view's own request only.
      const job = printer.job;
      if (job && request.isNavigationRequest() && request.url() === job.target) return route.continue({ headers: { ...request.headers(), [PRINT_RENDER_HEADER]: job.signature } });
      return route.continue();
    });
    return printer;
  } catch (error) {
    await context.close().catch(() => {});
    throw error;
  }
}

/** An idle printer of this browser and origin, or a new one; printers of a browser that has gone are dropped. */
async function takePrinter(browser: Browser, origin: string): Promise<Printer> {
  for (let printer = idle.pop(); printer; printer = idle.pop()) {
    if (!printer.page.isClosed() && printer.page.context().browser() === browser && browser.isConnected() && printer.origin === origin) return printer;
    await printer.page
      .context()
      .close()
      .catch(() => {});
  }
  return openPrinter(browser, origin);
}

/** Prints the print view at `job.path` to a tagged PDF. Throws PdfUnavailableError when there is no Chromium. */
export async function printPdf(job: PrintJob): Promise<Uint8Array> {
  if (!job.path.startsWith(`${PRINT_RENDER_PREFIX}/`)) throw new Error(`Not a print view: ${job.path}`);
  // This very server, on loopback: never an origin a request named.
  const origin = serverOrigin();
  const target = new URL(job.path, origin).href;
  const signature = signPrintPath(job.path, now().getTime() + PRINT_SIGNATURE_TTL_MS);
  return inTurn(async () => {
    const printer = await takePrinter(await warmBrowser(), origin);
    const { page } = printer;
    let printed = false;
    try {
      printer.job = { target, signature };
      const response = await page.goto(target, { waitUntil: "load", timeout: 30_000 });
      if (response?.status() !== 200) throw new Error(`The print view ${job.path} answered ${response?.status() ?? "nothing"}`);
      const pdf = await page.pdf({
        format: PAGE.format,
        tagged: true,
        outline: true,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: headerTemplate(job.header),
        footerTemplate: footerTemplate(job.header),
        margin: { top: mm(PAGE.margin.top), bottom: mm(PAGE.margin.bottom), left: mm(PAGE.margin.left), right: mm(PAGE.margin.right) },
      });
      printed = true;
      return new Uint8Array(pdf);
    } finally {
      printer.job = null;
      // The document leaves the page (and its memory) before the page waits for the next print.
      const cleared =
        printed &&
        (await page.goto("about:blank").then(
          () => true,
          () => false,
        ));
      if (cleared) idle.push(printer);
      else
        await page
          .context()
          .close()
          .catch(() => {});
    }
  });
}
