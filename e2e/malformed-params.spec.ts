// Every route with a path parameter answers 404 to a malformed one, never a
// 500 (#22 finding 4: a report's PDF decoded its area a second time, so
// /api/p/<slug>/reports/%25/<month>/pdf was a server error). The routes are
// found in app/ (each page.tsx and route.ts under a [param] folder), not
// listed here, so a new route is walked the day it is added. Each parameter
// is tried in turn with each malformed value while the others keep a value
// that reaches the route's own code: taken from a link the signed-in
// programme office is shown (the crawl below), or a placeholder when no page
// links to the route (the internal renderers, sign-in). Requests go out raw
// (node:http), as a client that does not tidy addresses would send them;
// two dots, which a URL's own rules resolve before any route is chosen, are
// checked apart (DOT_SEGMENTS).
import { readdirSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { APP_PORT } from "./support/ports";
import { demoEmail, expect, signIn, test } from "./fixtures";

/** Path segments as they go on the wire, each malformed in its own way: each must be a 404. */
const MALFORMED: Record<string, string> = {
  "a bare percent sign": "%",
  "an encoded percent sign": "%25",
  "a percent sign before text": "%zz",
  "a broken escape": "%E0%A4%A",
  "an overlong UTF-8 escape": "%C0%AF",
  "a lone surrogate": "%ED%A0%80",
  "a null byte": "%00",
  "a control character": "%0A",
  "three dots": "...",
  "a way up, its slashes encoded": "..%2F..%2Fetc%2Fpasswd",
  "an encoded slash": "a%2Fb",
  "an encoded backslash": "a%5Cb",
  markup: "%3Cscript%3E",
  "an emoji": "%F0%9F%92%A9",
  "a prototype's name": "__proto__",
  "2,000 characters": "a".repeat(2000),
  "600 encoded percent signs": "%25".repeat(600),
};

/**
 * Two dots are no parameter: a URL's own rules (RFC 3986 §5.2.4) resolve
 * them to the parent address before any route is chosen, as a browser does
 * before sending. The answer is the parent's (or a redirect to it without
 * its trailing slash), never a server error.
 */
const DOT_SEGMENTS: Record<string, string> = { "two dots": "..", "two encoded dots": "%2E%2E" };

type Route = { pattern: string; segments: string[]; params: number[] };

/** The app's routes with a path parameter, from the file system: app/…/[param]/…/page.tsx or route.ts. */
function dynamicRoutes(): Route[] {
  const appDir = path.join(process.cwd(), "app");
  const found: Route[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        // Route groups "(name)" add nothing to the address; private folders "_name" are not routes.
        if (entry.name.startsWith("_")) continue;
        walk(path.join(dir, entry.name), /^\(.*\)$/.test(entry.name) ? segments : [...segments, entry.name]);
      } else if (/^(page|route)\.(tsx?|jsx?)$/.test(entry.name)) {
        const params = segments.flatMap((s, i) => (/^\[.+\]$/.test(s) ? [i] : []));
        if (params.length) found.push({ pattern: `/${segments.join("/")}`, segments, params });
      }
    }
  };
  walk(appDir, []);
  return found;
}

function matches(route: Route, pathname: string): string[] | null {
  const parts = pathname.split("/").slice(1);
  const catchAll = route.segments.at(-1)?.startsWith("[...");
  if (catchAll ? parts.length < route.segments.length : parts.length !== route.segments.length) return null;
  const ok = route.segments.every((s, i) => (/^\[.+\]$/.test(s) ? parts[i] !== "" : s === parts[i]));
  return ok ? parts.slice(0, route.segments.length) : null;
}

function rawGet(pathAndQuery: string, cookie: string): Promise<{ status: number; body: string; location?: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "localhost", port: APP_PORT, path: pathAndQuery, method: "GET", headers: { cookie } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), location: response.headers.location }));
    });
    request.on("error", reject);
    request.end();
  });
}

/** Same-origin links on a page, as addresses. */
function links(html: string): string[] {
  return [...html.matchAll(/href="(\/[^"#]*)"/g)].map((m) => m[1]!.replaceAll("&amp;", "&"));
}

/**
 * An address the app itself links to for each route it can: a walk of the
 * programme office's pages, always visiting next a page of the route visited
 * least so far (the first reports may have no submitted version, so no PDF to
 * link to). Downloads are recorded, never fetched (a PDF is printed by Chromium).
 */
async function examples(routes: Route[], cookie: string): Promise<Map<string, { parts: string[]; query: string }>> {
  const found = new Map<string, { parts: string[]; query: string }>();
  const visited = new Map<string, number>();
  const seen = new Set<string>();
  const patternOf = (pathname: string) => routes.find((route) => matches(route, pathname))?.pattern ?? pathname;
  const queue: { href: string; pattern: string }[] = [];
  const discover = (href: string) => {
    if (seen.has(href)) return;
    seen.add(href);
    const url = new URL(href, "http://localhost");
    for (const route of routes) {
      const parts = matches(route, url.pathname);
      if (parts && !found.has(route.pattern)) found.set(route.pattern, { parts, query: url.search });
    }
    if (!url.pathname.startsWith("/api/")) queue.push({ href, pattern: patternOf(url.pathname) });
  };
  ["/p/derbyshire", "/p/derbyshire/plan?open=all"].forEach(discover);
  for (let visits = 0; queue.length && visits < 250; visits++) {
    const least = queue.reduce((best, item, i) => ((visited.get(item.pattern) ?? 0) < (visited.get(queue[best]!.pattern) ?? 0) ? i : best), 0);
    const [next] = queue.splice(least, 1);
    visited.set(next!.pattern, (visited.get(next!.pattern) ?? 0) + 1);
    const { status, body } = await rawGet(next!.href, cookie);
    if (status === 200)
      links(body)
        .filter((href) => /^\/(api\/)?p\/derbyshire(\/|$|\?)/.test(href))
        .forEach(discover);
  }
  return found;
}

test("every route with a path parameter answers 404, never a server error, to a malformed parameter", async ({ page }) => {
  test.setTimeout(300_000);
  const routes = dynamicRoutes();
  // The walk is not empty: the partnership's pages, the downloads and the internal renderers at least.
  expect(routes.length).toBeGreaterThan(30);
  await signIn(page, demoEmail("admin", "derbyshire"));
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const known = await examples(routes, cookie);
  // The crawl reaches the routes it should (a broken crawl would test placeholders only).
  expect(known.size).toBeGreaterThan(15);

  const wrong: string[] = [];
  let asked = 0;
  for (const route of routes) {
    const example = known.get(route.pattern);
    const base = example?.parts ?? route.segments.map((s) => (s === "[slug]" ? "derbyshire" : /^\[.+\]$/.test(s) ? "placeholder" : s));
    for (const index of route.params) {
      const address = (value: string) => `/${base.map((part, i) => (i === index ? value : part)).join("/")}${example?.query ?? ""}`;
      const where = (what: string, value: string) => `${route.pattern}, ${route.segments[index]} as ${what}: ${address(value).slice(0, 160)}`;
      for (const [what, value] of Object.entries(MALFORMED)) {
        const { status } = await rawGet(address(value), cookie);
        asked++;
        if (status !== 404) wrong.push(`${status} ${where(what, value)}`);
      }
      for (const [what, value] of Object.entries(DOT_SEGMENTS)) {
        const { status, location } = await rawGet(address(value), cookie);
        asked++;
        const resolved = location === undefined || !/(^|\/)(\.|%2e){2}(\/|$|\?)/i.test(new URL(location, "http://localhost").pathname);
        if (status >= 500 || !resolved) wrong.push(`${status} ${where(what, value)}${location ? ` → ${location}` : ""}`);
      }
    }
  }
  console.log(`${routes.length} routes, ${known.size} with an example from a link, ${asked} requests`);
  expect(wrong).toEqual([]);
});
