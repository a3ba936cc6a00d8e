// The bench's PDF measurements: each document printed through the real
// route one at a time (cold, then warm), and each print view's laid-out width.
import { execFileSync } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { now, today } from "../../lib/clock";
import { warmBrowser } from "../../lib/pdf/chromium";
import { PRINT_VIEWPORT } from "../../lib/pdf/page";
import { PRINT_RENDER_HEADER, PRINT_SIGNATURE_TTL_MS, signPrintPath } from "../../lib/pdf/signature";
import { boardPackPrintPath } from "../../lib/boardpacks/print";
import { highlightReportPrintPath } from "../../lib/reports/print";
import { owedPeriod } from "../../lib/reports/period";
import { stocktakePrintPath } from "../../lib/stocktakes/print";
import { percentile, type Row } from "./load";
import { LARGEST_SLUG } from "./tenants";

const root = path.resolve(import.meta.dirname, "..", "..");
/** PDFs are printed one after another (a person downloads one at a time); the first, cold one is not counted. */
export const PDF_RUNS = 8;

/** A PDF (a highlight report, a stocktake pack, a board pack), printed one after another: a cold first print, then warm ones timed. */
export async function measurePdf(baseUrl: string, urlPath: string, cookie: string, name: string, keep: string) {
  const fetchPdf = async () => {
    const started = performance.now();
    const response = await fetch(`${baseUrl}${urlPath}`, { headers: { cookie } });
    const body = new Uint8Array(await response.arrayBuffer());
    if (response.status !== 200 || response.headers.get("content-type") !== "application/pdf")
      throw new Error(`GET ${urlPath}: HTTP ${response.status}: ${new TextDecoder().decode(body.slice(0, 300))}`);
    return { ms: performance.now() - started, body };
  };
  const cold = await fetchPdf();
  // Kept for a person to look at (pdftoppm -png .data/<keep> page).
  const file = path.join(root, ".data", keep);
  await fs.writeFile(file, cold.body);
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  const warm: number[] = [];
  let bytes = 0;
  for (let i = 0; i < PDF_RUNS; i++) {
    const run = await fetchPdf();
    warm.push(run.ms);
    bytes += run.body.byteLength;
  }
  const sorted = [...warm].sort((a, b) => a - b);
  const row: Row = {
    name,
    path: urlPath.replace(/\?.*$/, ""),
    rps: 1000 / (warm.reduce((a, b) => a + b, 0) / warm.length),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    requests: warm.length,
    failures: 0,
    kB: bytes / warm.length / 1024,
  };
  return { row, coldMs: cold.ms, tagged: /^Tagged:\s+yes$/m.test(info), pages: Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1] ?? 0) };
}

/**
 * How wide a print view lays out at the printed page's width, loaded as the
 * PDF engine loads it (print media, no JavaScript, signed). Wider than the
 * page, and Chromium shrinks every page of the PDF to fit its widest table
 * and lays the whole document out again while printing.
 */
export async function printViewWidth(baseUrl: string, printPath: string): Promise<number> {
  const browser = await warmBrowser();
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PRINT_VIEWPORT });
  try {
    await context.setExtraHTTPHeaders({ [PRINT_RENDER_HEADER]: signPrintPath(printPath, now().getTime() + PRINT_SIGNATURE_TTL_MS) });
    const page = await context.newPage();
    await page.emulateMedia({ media: "print" });
    const response = await page.goto(`${baseUrl}${printPath}`, { waitUntil: "load" });
    if (response?.status() !== 200) throw new Error(`The print view ${printPath} answered ${response?.status() ?? "nothing"}`);
    return await page.evaluate(() => document.documentElement.scrollWidth);
  } finally {
    await context.close();
  }
}

/** The print views behind the three PDFs the bench prints. */
export async function printViews(prisma: PrismaClient, paths: { report: string; stocktake: string; boardPack: string }) {
  const { id: partnershipId } = await prisma.partnership.findFirstOrThrow({ where: { slug: LARGEST_SLUG }, select: { id: true } });
  const idIn = (pdfPath: string, kind: string) => new RegExp(`/${kind}/([^/?]+)/pdf`).exec(pdfPath)![1]!;
  const report = await prisma.highlightReport.findFirstOrThrow({
    where: { partnershipId, priorityArea: { code: "PIA1" }, period: owedPeriod(today()) },
    select: { id: true },
  });
  return [
    { name: "highlight report", path: highlightReportPrintPath(partnershipId, report.id, 1) },
    { name: "stocktake pack", path: stocktakePrintPath(partnershipId, idIn(paths.stocktake, "stocktakes")) },
    { name: "board pack", path: boardPackPrintPath(partnershipId, idIn(paths.boardPack, "board-packs")) },
  ];
}
