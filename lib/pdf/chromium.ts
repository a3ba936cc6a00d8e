import "server-only";
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

// One headless Chromium per server process, started on the first PDF and
// kept warm for the next (a cold start costs about a second), restarted if
// it dies. Kept on globalThis: Next.js bundles each route on its own, and a
// module-level variable would give every PDF route a browser of its own.

/** Debian's Chromium; without the networking flags it tries to reach the internet at every start (RUNTIME.md). */
export const DEBIAN_CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** No browser to print with: the message says how to get one, and that the page itself still works. */
export class PdfUnavailableError extends Error {
  constructor() {
    super(
      "PDF downloads need Chromium on the server, and none was found. Install it (Debian or Ubuntu: `apt-get install chromium`; elsewhere: `npx playwright install chromium`), or set STOCKTAKE_CHROMIUM to a Chromium or Chrome executable, then try again. The page itself works without it: use your browser's Print to save it as a PDF.",
    );
    this.name = "PdfUnavailableError";
  }
}

function playwrightsOwnChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/**
 * STOCKTAKE_CHROMIUM if set (and only it: a configured path that is missing
 * is a mistake to report, not to paper over), else Debian's Chromium, else
 * Playwright's own browser, if one is installed.
 */
export function findChromium(): string | null {
  const configured = process.env.STOCKTAKE_CHROMIUM?.trim();
  if (configured) return existsSync(configured) ? configured : null;
  for (const candidate of [DEBIAN_CHROMIUM, playwrightsOwnChromium()]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return null;
}

const kept = globalThis as unknown as { stocktakePdfBrowser?: Promise<Browser> };

/** The server's warm browser: launched on first use, reused, relaunched when it has died. */
export async function warmBrowser(): Promise<Browser> {
  const current = kept.stocktakePdfBrowser;
  if (current) {
    const browser = await current.catch(() => null);
    if (browser?.isConnected()) return browser;
    // Another request may have started a new one while this one waited.
    if (kept.stocktakePdfBrowser !== current) return warmBrowser();
  }
  const executablePath = findChromium();
  if (!executablePath) throw new PdfUnavailableError();
  const launching = chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS,
    headless: true,
    // Ctrl-C belongs to the server (npm start stops the app, then the database); the browser goes when the process does.
    handleSIGINT: false,
  });
  kept.stocktakePdfBrowser = launching;
  const forget = () => {
    if (kept.stocktakePdfBrowser === launching) kept.stocktakePdfBrowser = undefined;
  };
  try {
    const browser = await launching;
    browser.on("disconnected", forget);
    return browser;
  } catch (error) {
    forget();
    throw error;
  }
}

/** Closes the warm browser, if any (tests, and shutting a server down cleanly). */
export async function closeBrowser(): Promise<void> {
  const current = kept.stocktakePdfBrowser;
  kept.stocktakePdfBrowser = undefined;
  const browser = await current?.catch(() => null);
  await browser?.close().catch(() => {});
}
