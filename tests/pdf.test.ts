// The PDF engine (lib/pdf) against a real Chromium: a stand-in for the app's
// print view on one loopback port, and a "somewhere else" server on another
// that the printed page tries to reach. The PDF must be tagged with an
// outline, carry the running header and page numbers, and nothing outside
// the app's own origin may be fetched while printing. The stand-in checks the
// signature as the real print views do; that the real ones refuse is tested
// below against their guard (lib/pdf/guard.ts), with the signatures the
// printer actually sent.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closeBrowser, warmBrowser } from "@/lib/pdf/chromium";
import { requirePrintSignature } from "@/lib/pdf/guard";
import { printPdf } from "@/lib/pdf/print";
import { pdfDownload } from "@/lib/pdf/response";
import { PRINT_RENDER_HEADER, PRINT_RENDER_PREFIX, PRINT_SIGNATURE_TTL_MS, signPrintPath, verifyPrintPath } from "@/lib/pdf/signature";
import { now } from "@/lib/clock";

const PATH = `${PRINT_RENDER_PREFIX}/test/one`;
/** A second document, and one whose print view fails (a report that is not there). */
const OTHER = `${PRINT_RENDER_PREFIX}/test/two`;
const FAILING = `${PRINT_RENDER_PREFIX}/test/failing`;
let app: Server;
let elsewhere: Server;
let appOrigin: string;
let elsewhereOrigin: string;
const appRequests: string[] = [];
/** The signature the printer last sent for each path. */
const sentSignatures = new Map<string, string>();
/** The request headers the real guard reads (next/headers, outside a request). */
const guardRequest = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => guardRequest.headers }));
const elsewhereRequests: string[] = [];

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

function page(): string {
  const rows = Array.from({ length: 120 }, (_, i) => `<tr><th scope="row">1.${i}a</th><td>Action ${i}</td><td>On track</td></tr>`).join("");
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Test report</title>
    <link rel="stylesheet" href="/print.css"><link rel="stylesheet" href="${elsewhereOrigin}/tracker.css"></head>
    <body><main><h1>PIA1 highlight report</h1><h2>Overall status</h2><p>Amber, improving.</p>
    <img alt="" src="${elsewhereOrigin}/pixel.png"><h2>Actions</h2>
    <table><caption>Actions</caption><thead><tr><th scope="col">Code</th><th scope="col">Title</th><th scope="col">Status</th></tr></thead><tbody>${rows}</tbody></table>
    </main></body></html>`;
}

beforeAll(async () => {
  vi.stubEnv("AUTH_SECRET", "a-test-secret-of-thirty-two-chars!");
  elsewhere = createServer((request, response) => {
    elsewhereRequests.push(request.url ?? "");
    response.writeHead(200, { "content-type": "text/css" }).end("body{}");
  });
  elsewhereOrigin = await listen(elsewhere);
  app = createServer((request, response) => {
    appRequests.push(request.url ?? "");
    if (request.url === "/print.css") return void response.writeHead(200, { "content-type": "text/css" }).end("h1{font-size:20px}");
    // As the real print views: no valid signature for this exact path, no page.
    const signature = request.headers[PRINT_RENDER_HEADER];
    const url = request.url ?? "";
    if (typeof signature === "string") sentSignatures.set(url, signature);
    if (![PATH, OTHER, FAILING].includes(url) || !verifyPrintPath(url, typeof signature === "string" ? signature : null, now().getTime()))
      return void response.writeHead(404).end("Not found");
    if (url === FAILING) return void response.writeHead(500).end("Failed");
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(url === OTHER ? otherPage() : page());
  });
  appOrigin = await listen(app);
  vi.stubEnv("STOCKTAKE_RENDER_ORIGIN", appOrigin);
});

afterAll(async () => {
  await closeBrowser();
  vi.unstubAllEnvs();
  await Promise.all([app, elsewhere].map((s) => new Promise((resolve) => s.close(resolve))));
});

function signedWith(secret: string, path: string, expires: number): string {
  vi.stubEnv("AUTH_SECRET", secret);
  try {
    return signPrintPath(path, expires);
  } finally {
    vi.stubEnv("AUTH_SECRET", "a-test-secret-of-thirty-two-chars!");
  }
}

function otherPage(): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Other report</title></head><body><main><h1>PIA2 highlight report</h1><p>Green.</p></main></body></html>`;
}

function pdfTools(pdf: Uint8Array) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "stocktake-pdf-")), "out.pdf");
  writeFileSync(file, pdf);
  return {
    info: execFileSync("pdfinfo", [file], { encoding: "utf8" }),
    text: execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }),
    /** The tag tree: headings, tables, rows, cells. */
    structure: execFileSync("pdfinfo", ["-struct", file], { encoding: "utf8" }),
    /** The bookmarks (the outline), as poppler reads them. */
    outline: /<outline>[\s\S]*<\/outline>/.exec(execFileSync("pdftohtml", ["-xml", "-stdout", "-i", file], { encoding: "utf8" }))?.[0] ?? "",
  };
}

describe("the PDF engine", () => {
  const header = {
    partnership: "Derbyshire Local Area SEND Partnership",
    subject: "SEND Improvement and Assurance Board · PIA1 highlight report",
    date: "Submitted 4 November 2026",
  };

  it("prints the signed print view to a tagged PDF with the running header and page numbers", async () => {
    const pdf = await printPdf({ path: PATH, header });
    const { info, text, structure, outline } = pdfTools(pdf);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(structure).toMatch(/^\s*H1\b/m);
    expect(structure).toMatch(/^\s*Table\b/m);
    expect(structure).toMatch(/^\s*TH\b/m);
    expect(outline).toContain("PIA1 highlight report");
    expect(outline).toContain("Overall status");
    expect(info).toMatch(/^Title:\s+Test report$/m);
    expect(Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1])).toBeGreaterThan(1);
    expect(text).toContain("Derbyshire Local Area SEND Partnership");
    expect(text).toContain("Submitted 4 November 2026");
    expect(text).toMatch(/Page 1 of \d+/);
    expect(text).toContain("PIA1 highlight report");
  }, 60_000);

  it("fetches nothing outside the app's own origin while printing", async () => {
    elsewhereRequests.length = 0;
    appRequests.length = 0;
    await printPdf({ path: PATH, header });
    expect(appRequests).toEqual(expect.arrayContaining([PATH, "/print.css"]));
    expect(elsewhereRequests).toEqual([]);
  }, 60_000);

  it("keeps one browser warm, and starts another when it has died", async () => {
    const first = await warmBrowser();
    await printPdf({ path: PATH, header });
    expect(await warmBrowser()).toBe(first);
    await first.close();
    const pdf = await printPdf({ path: PATH, header });
    expect(pdfTools(pdf).info).toMatch(/Tagged:\s+yes/);
    expect(await warmBrowser()).not.toBe(first);
  }, 60_000);

  it("prints one document after another on its kept pages, each signed for its own path, and a failed print leaves the next one working", async () => {
    const first = pdfTools(await printPdf({ path: PATH, header })).text;
    const second = pdfTools(await printPdf({ path: OTHER, header })).text;
    await expect(printPdf({ path: FAILING, header })).rejects.toThrow(/answered 500/);
    const third = pdfTools(await printPdf({ path: PATH, header })).text;
    // The running header names PIA1 on every print; the bodies differ.
    expect(first).toContain("Amber, improving.");
    expect(second).toContain("Green.");
    expect(second).not.toContain("Amber, improving.");
    expect(third).toContain("Amber, improving.");
    expect(third).not.toContain("Green.");
    // Two at once: both print (the engine prints two documents at a time).
    const both = await Promise.all([printPdf({ path: PATH, header }), printPdf({ path: OTHER, header })]);
    expect(pdfTools(both[0]).text).toContain("Amber, improving.");
    expect(pdfTools(both[1]).text).toContain("Green.");
  }, 120_000);

  it("refuses to print a path outside the print views", async () => {
    await expect(printPdf({ path: "/p/derbyshire", header })).rejects.toThrow(/Not a print view/);
  });

  it("signs each print for its own path, for the signature's lifetime from now", async () => {
    sentSignatures.clear();
    const before = now().getTime();
    await printPdf({ path: PATH, header });
    const after = now().getTime();
    const expires = Number(sentSignatures.get(PATH)?.split(".")[0]);
    expect(expires).toBeGreaterThanOrEqual(before + PRINT_SIGNATURE_TTL_MS);
    expect(expires).toBeLessThanOrEqual(after + PRINT_SIGNATURE_TTL_MS);
  }, 60_000);

  it("answers with how to install Chromium when there is none, instead of failing", async () => {
    vi.stubEnv("STOCKTAKE_CHROMIUM", "/nowhere/chromium");
    await closeBrowser();
    try {
      const response = await pdfDownload({ path: PATH, header }, "report.pdf");
      expect(response.status).toBe(503);
      expect(response.headers.get("content-type")).toMatch(/^text\/html/);
      expect(await response.text()).toMatch(/apt-get install chromium.*The page itself works without it/s);
    } finally {
      vi.stubEnv("STOCKTAKE_CHROMIUM", "");
    }
  });
});

/** What the real print views' guard answers for this path with this signature header: shown, or the app's 404. */
async function guard(path: string, signature: string | undefined): Promise<"shown" | "404"> {
  guardRequest.headers = new Headers(signature === undefined ? {} : { [PRINT_RENDER_HEADER]: signature });
  try {
    await requirePrintSignature(path);
    return "shown";
  } catch (error) {
    if ((error as { digest?: string }).digest === "NEXT_HTTP_ERROR_FALLBACK;404") return "404";
    throw error;
  }
}

describe("the print views' guard (lib/pdf/guard.ts, first of every page under /print-render)", () => {
  let signed: { path: string; other: string };

  beforeAll(async () => {
    sentSignatures.clear();
    await printPdf({ path: PATH, header: { partnership: "P", subject: "S", date: "D" } });
    await printPdf({ path: OTHER, header: { partnership: "P", subject: "S", date: "D" } });
    signed = { path: sentSignatures.get(PATH)!, other: sentSignatures.get(OTHER)! };
  }, 60_000);

  it("shows the page to the signature the printer sent for it", async () => {
    expect(await guard(PATH, signed.path)).toBe("shown");
    expect(await guard(OTHER, signed.other)).toBe("shown");
  });

  it.each([
    ["no signature", () => undefined],
    ["an empty one", () => ""],
    ["the signature sent for another print view", () => signed.other],
    ["its own signature with a later expiry written in", () => `${now().getTime() + 3_600_000}.${signed.path.split(".")[1]}`],
    ["a signature whose lifetime has ended", () => signPrintPath(PATH, now().getTime() - 1)],
    ["a signature made with another secret", () => signedWith("another-secret-of-thirty-two-chars", PATH, now().getTime() + PRINT_SIGNATURE_TTL_MS)],
  ])("answers the app's 404 to %s", async (_what, signature) => {
    expect(await guard(PATH, signature())).toBe("404");
  });
});
