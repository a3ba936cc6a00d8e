// Server CPU per page view (issue #22): what one person opening one page
// costs the server, prefetches and all, beside what the page's own render
// costs. A page view is headless Chromium opening the page and everything it
// fetches in the next 10 s, read from the server's own CPU time (all its
// threads, e2e/support/server-cpu.ts). Budget: a view costs at most twice the
// page's own render, no route is asked for twice, and the network is idle
// (no request in flight for 500 ms) within 2 s of the load event.
import type { BrowserContext, Request } from "playwright-core";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { warmBrowser } from "../../lib/pdf/chromium";
import { actionPath, planPath, planViewPath } from "../../lib/plan/paths";
import { dashboardPath } from "../../lib/dashboard/paths";
import { risksPath } from "../../lib/risks/paths";
import { stocktakePath } from "../../lib/stocktakes/paths";
import { cpuMilliseconds, serverPid } from "../../e2e/support/server-cpu";
import { get } from "./load";
import { LARGEST_SLUG } from "./tenants";

/** The reader: the programme office, who sees every page and the longest navigation. */
export const VIEW_EMAIL = `admin@${LARGEST_SLUG}.bench`;
export const VIEW_WINDOW_MS = 10_000;
const QUIET_MS = 500;
export const VIEW_BUDGET = { viewOverRender: 2, idleAfterLoadMs: 2000, fetchesPerRoute: 1 };
/** Plain GETs of a page averaged for its own render, each alone, as a page view's document is. */
const RENDERS = 10;
/** Page views of each page: the CPU is their median (a shared machine's noise), the requests and the idle the worst of them. */
const VIEWS = 3;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type ViewTarget = { name: string; path: string; expect: string };
export type ViewRow = ViewTarget & {
  renderMs: number;
  viewMs: number;
  requests: number;
  /** React payload requests (prefetches and navigations): each is a server render. */
  payloads: number;
  routes: number;
  /** The most times one route was asked for. */
  mostPerRoute: number;
  /** From the load event until no request had been in flight for 500 ms; null if never within the window. */
  idleMs: number | null;
};

/** The largest tenant's pages a reader opens: the dashboard, the plan, an action, the risk register and the stocktake pack. */
export async function viewTargets(prisma: PrismaClient, stocktakePdf: string): Promise<ViewTarget[]> {
  const { id: partnershipId } = await prisma.partnership.findFirstOrThrow({ where: { slug: LARGEST_SLUG }, select: { id: true } });
  const action = await prisma.action.findFirstOrThrow({ where: { partnershipId, code: "1.1a" }, select: { id: true, title: true } });
  const stocktakeId = /\/stocktakes\/([^/]+)\/pdf/.exec(stocktakePdf)![1]!;
  return [
    { name: "Dashboard", path: dashboardPath(LARGEST_SLUG), expect: "Board dashboard" },
    { name: "Plan (first view)", path: planPath(LARGEST_SLUG), expect: "Priority Impact Area 10" },
    { name: "Plan, all areas open", path: planViewPath(LARGEST_SLUG, {}, "all"), expect: "Priority Impact Area 10" },
    { name: "Action", path: actionPath(LARGEST_SLUG, action.id), expect: action.title.slice(0, action.title.indexOf(":")) },
    { name: "Risk register", path: risksPath(LARGEST_SLUG), expect: "Risk register" },
    { name: "Stocktake pack", path: stocktakePath(LARGEST_SLUG, stocktakeId), expect: "Benchmark stocktake" },
  ];
}

/** The server's CPU for one plain GET of the page (its own render, or its kept copy), averaged. */
async function renderMs(baseUrl: string, pid: number, target: ViewTarget, cookie: string): Promise<number> {
  await get(baseUrl, target.path, cookie, target.expect);
  let total = 0;
  for (let i = 0; i < RENDERS; i++) {
    await sleep(100);
    const before = cpuMilliseconds(pid);
    await get(baseUrl, target.path, cookie, target.expect);
    // What the server does after the last byte (closing out the response) is the request's too.
    await sleep(50);
    total += cpuMilliseconds(pid) - before;
  }
  return total / RENDERS;
}

/** `part`: which part of a route a React payload request asks for (Next.js asks for a prefetched route's tree and its segments separately). */
type Fetch = { url: string; payload: boolean; part: string; start: number; end: number | null };

/** The first moment after `load` from which no request is in flight for QUIET_MS, as ms after load; null if not within `until`. */
export function idleAfterLoad(fetches: { start: number; end: number | null }[], load: number, until: number): number | null {
  let from = load;
  while (from + QUIET_MS <= until) {
    const busy = fetches.filter((f) => f.start < from + QUIET_MS && (f.end ?? Infinity) > from);
    if (busy.length === 0) return from + QUIET_MS - load;
    from = Math.max(...busy.map((f) => f.end ?? Infinity));
  }
  return null;
}

/** What the browser asks for while the page is opened and read for `windowMs`, and the server's CPU meanwhile. */
async function view(context: BrowserContext, baseUrl: string, pid: number, target: ViewTarget, windowMs = VIEW_WINDOW_MS) {
  const page = await context.newPage();
  const fetches: Fetch[] = [];
  const byRequest = new Map<Request, Fetch>();
  const t0 = performance.now();
  page.on("request", (request) => {
    const headers = request.headers();
    const part = headers["next-router-segment-prefetch"] ?? (headers["next-router-prefetch"] ? "prefetch" : "navigation");
    const fetch = { url: request.url(), payload: headers["rsc"] === "1", part, start: performance.now() - t0, end: null };
    byRequest.set(request, fetch);
    fetches.push(fetch);
  });
  const finished = (request: Request) => {
    const fetch = byRequest.get(request);
    if (fetch) fetch.end = performance.now() - t0;
  };
  page.on("requestfinished", finished);
  page.on("requestfailed", finished);
  const before = cpuMilliseconds(pid);
  const response = await page.goto(`${baseUrl}${target.path}`, { waitUntil: "load" });
  const load = performance.now() - t0;
  if (response?.status() !== 200) throw new Error(`${target.path} answered ${response?.status() ?? "nothing"} in the browser`);
  await page.waitForTimeout(Math.max(0, windowMs - load));
  const cpu = cpuMilliseconds(pid) - before;
  await page.close();
  return { cpu, fetches, load };
}

/** React payload requests: how many routes (addresses without Next.js's cache-busting _rsc), and the most times one part of one route was asked for. */
function payloadRoutes(payloads: { url: string; part: string }[]): { routes: number; mostPerRoute: number } {
  const routes = new Set<string>();
  const perPart = new Map<string, number>();
  for (const { url: href, part } of payloads) {
    const url = new URL(href);
    url.searchParams.delete("_rsc");
    routes.add(url.pathname + url.search);
    const key = `${url.pathname + url.search} ${part}`;
    perPart.set(key, (perPart.get(key) ?? 0) + 1);
  }
  return { routes: routes.size, mostPerRoute: Math.max(0, ...perPart.values()) };
}

export type HoverRow = { page: string; links: number; payloads: number; routes: number; mostPerRoute: number };

/** The primary navigation's links, each pointed at twice, one after another: what prefetching on intent asks the server for. */
async function hoverNavigation(context: BrowserContext, baseUrl: string, target: ViewTarget): Promise<HoverRow> {
  const page = await context.newPage();
  const payloads: { url: string; part: string }[] = [];
  page.on("request", (request) => {
    const headers = request.headers();
    if (headers["rsc"] === "1") payloads.push({ url: request.url(), part: headers["next-router-segment-prefetch"] ?? headers["next-router-prefetch"] ?? "navigation" });
  });
  await page.goto(`${baseUrl}${target.path}`, { waitUntil: "load" });
  const links = page.getByRole("navigation", { name: "Main" }).getByRole("link");
  const count = await links.count();
  for (let round = 0; round < 2; round++)
    for (let i = 0; i < count; i++) {
      await links.nth(i).hover();
      await page.waitForTimeout(300);
    }
  await page.waitForTimeout(1500);
  await page.close();
  return { page: target.name, links: count, payloads: payloads.length, ...payloadRoutes(payloads) };
}

/**
 * Every target: its own render, then VIEWS page views in a browser that has
 * opened it once before (its scripts cached, as a returning reader's are).
 * Then the navigation hovered on the last target.
 */
export async function measurePageViews(baseUrl: string, port: number, cookie: string, targets: ViewTarget[]): Promise<{ rows: ViewRow[]; hover: HoverRow }> {
  const pid = serverPid(port);
  const browser = await warmBrowser();
  const [name, value] = [cookie.slice(0, cookie.indexOf("=")), cookie.slice(cookie.indexOf("=") + 1)];
  const rows: ViewRow[] = [];
  for (const target of targets) {
    const render = await renderMs(baseUrl, pid, target, cookie);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      await context.addCookies([{ name, value, url: baseUrl }]);
      // Unrecorded: fills the browser's cache with the page's scripts and styles, then lets the server settle.
      await view(context, baseUrl, pid, target, 3000);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const idleCpu = cpuMilliseconds(pid);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const idlePerMs = (cpuMilliseconds(pid) - idleCpu) / 1000;
      const views: Omit<ViewRow, keyof ViewTarget | "renderMs">[] = [];
      for (let i = 0; i < VIEWS; i++) {
        const { cpu, fetches, load } = await view(context, baseUrl, pid, target);
        views.push({
          // The server's background work (timers, collection) while nobody asks anything is not the view's.
          viewMs: Math.max(0, cpu - idlePerMs * VIEW_WINDOW_MS),
          requests: fetches.length,
          payloads: fetches.filter((f) => f.payload).length,
          ...payloadRoutes(fetches.filter((f) => f.payload)),
          idleMs: idleAfterLoad(fetches, load, VIEW_WINDOW_MS),
        });
      }
      const worst = (key: "requests" | "payloads" | "routes" | "mostPerRoute") => Math.max(...views.map((v) => v[key]));
      rows.push({
        ...target,
        renderMs: render,
        viewMs: views.map((v) => v.viewMs).sort((a, b) => a - b)[Math.floor(VIEWS / 2)]!,
        requests: worst("requests"),
        payloads: worst("payloads"),
        routes: worst("routes"),
        mostPerRoute: worst("mostPerRoute"),
        idleMs: views.some((v) => v.idleMs === null) ? null : Math.max(...views.map((v) => v.idleMs!)),
      });
    } finally {
      await context.close();
    }
  }
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addCookies([{ name, value, url: baseUrl }]);
    return { rows, hover: await hoverNavigation(context, baseUrl, targets.at(-1)!) };
  } finally {
    await context.close();
  }
}

/** The table printed beside the others, and the budget's failures. */
export function reportPageViews({ rows, hover }: { rows: ViewRow[]; hover: HoverRow }): string[] {
  const table = [
    ["Page view", "render ms", "view ms", "view/render", "requests", "RSC", "routes", "max/route", "idle after load"],
    ...rows.map((r) => [
      r.name,
      r.renderMs.toFixed(1),
      r.viewMs.toFixed(1),
      `×${(r.viewMs / r.renderMs).toFixed(2)}`,
      String(r.requests),
      String(r.payloads),
      String(r.routes),
      String(r.mostPerRoute),
      r.idleMs === null ? `not in ${VIEW_WINDOW_MS / 1000} s` : `${r.idleMs.toFixed(0)} ms`,
    ]),
  ];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  console.log(
    `\nServer CPU per page view (largest tenant, programme office; a view is headless Chromium opening the page, its scripts already cached, and what it fetches in the next ${VIEW_WINDOW_MS / 1000} s, the median of ${VIEWS} (requests and idle: the worst); render is one plain GET alone, the mean of ${RENDERS}; max/route is the most times one part of one route, its tree or a segment, was asked for):\n`,
  );
  for (const row of table) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  "));
  console.log(
    `Hovering the navigation on the ${hover.page} page (each of its ${hover.links} links twice): ${hover.payloads} React payloads for ${hover.routes} routes, each part of a route asked for at most ${hover.mostPerRoute} times.`,
  );
  const failures: string[] = [];
  if (hover.mostPerRoute > VIEW_BUDGET.fetchesPerRoute) failures.push(`hovering the navigation asks for one route ${hover.mostPerRoute} times`);
  for (const r of rows) {
    if (r.viewMs > VIEW_BUDGET.viewOverRender * r.renderMs)
      failures.push(`a view of the ${r.name} costs ${r.viewMs.toFixed(1)} ms of server CPU, over ${VIEW_BUDGET.viewOverRender}× its render (${r.renderMs.toFixed(1)} ms)`);
    if (r.mostPerRoute > VIEW_BUDGET.fetchesPerRoute) failures.push(`a view of the ${r.name} asks for one route ${r.mostPerRoute} times`);
    if (r.idleMs === null || r.idleMs > VIEW_BUDGET.idleAfterLoadMs)
      failures.push(`the ${r.name}'s network is not idle within ${VIEW_BUDGET.idleAfterLoadMs} ms of load (${r.idleMs === null ? "never" : `${r.idleMs.toFixed(0)} ms`})`);
  }
  return failures;
}
