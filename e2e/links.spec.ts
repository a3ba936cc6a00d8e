// No dead ends (issue 10): every same-origin link on every page a role can
// open leads to a page that role can open. Each role signs in and crawls
// breadth-first from the dashboard, following each path pattern once (ids and
// query values aside), and every page must answer without a 404 or a 500.
// Shared data: with more than one worker this can run alongside
// stocktakes.spec.ts, which starts and later deletes a Derbyshire draft, and
// kpis.spec.ts, which archives and restores Derbyshire's D08; a page the crawl
// was shown can be gone by the time it is fetched (a 404 here that is not a
// dead link). With one worker (2 cores) spec files never overlap.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { demoEmail, expect, signIn, test } from "./fixtures";

const ROLES = ["admin", "board", "lead", "contributor", "viewer", "advisor"] as const;
const START = "/p/derbyshire";
const LIMIT = 80;

/** "/p/derbyshire/plan/actions/cmx…?area=PIA1" → "/p/derbyshire/plan/actions/:id?area": one visit per kind of page. */
function pattern(url: URL): string {
  const path = url.pathname
    .split("/")
    .map((segment) => (/^c[a-z0-9]{20,}$/.test(segment) || /^[0-9a-f-]{32,36}$/.test(segment) ? ":id" : segment))
    .join("/");
  const keys = [...new Set([...url.searchParams.keys()])].sort();
  return `${path}${keys.length ? `?${keys.join("&")}` : ""}`;
}

function links(html: string, base: URL): URL[] {
  const found: URL[] = [];
  for (const match of html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)) {
    const href = match[1]!.replaceAll("&amp;", "&");
    if (!href || href.startsWith("#") || href.startsWith("mailto:")) continue;
    const url = new URL(href, base);
    if (url.origin !== base.origin) continue;
    url.hash = "";
    found.push(url);
  }
  return found;
}

async function crawl(request: APIRequestContext, origin: string) {
  const queue = [new URL(START, origin)];
  const seen = new Set<string>([pattern(queue[0]!)]);
  const visited: { url: string; status: number; from: string }[] = [];
  const from = new Map<string, string>([[queue[0]!.href, "(start)"]]);
  while (queue.length && visited.length < LIMIT) {
    const url = queue.shift()!;
    const response = await request.get(url.href, { maxRedirects: 5 });
    visited.push({ url: url.pathname + url.search, status: response.status(), from: from.get(url.href) ?? "" });
    if (!(response.headers()["content-type"] ?? "").includes("text/html") || response.status() >= 400) continue;
    for (const link of links(await response.text(), url)) {
      const key = pattern(link);
      if (seen.has(key)) continue;
      seen.add(key);
      from.set(link.href, url.pathname + url.search);
      queue.push(link);
    }
  }
  return visited;
}

for (const role of ROLES) {
  test(`every link a ${role} is shown leads to a page they can open`, async ({ page, baseURL }) => {
    await signIn(page, role === "advisor" ? "advisor@dfe.demo" : demoEmail(role, "derbyshire"));
    const visited = await crawl(page.request, baseURL!);
    // Enough of the app to mean something: the dashboard, the plan, actions, KPIs…
    expect(visited.length, visited.map((v) => v.url).join("\n")).toBeGreaterThan(5);
    const dead = visited.filter((v) => v.status === 404 || v.status >= 500).map((v) => `${v.status} ${v.url} (linked from ${v.from})`);
    expect(dead).toEqual([]);
  });
}

// Every visit asks for the icon: it is a file in public/, sent as it is to anyone
// (signed in or not, no redirect to sign in), not a page rendered for a 404 (issue #22).
test("the icons the pages name are public/'s files, sent as they are", async ({ page, baseURL }) => {
  await page.goto("/login");
  const named = await page.locator('link[rel="icon"]').evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  expect(named).toEqual(expect.arrayContaining(["/favicon.ico", "/icon.svg"]));
  for (const href of ["/favicon.ico", ...named]) {
    const response = await page.request.get(new URL(href, baseURL).href, { maxRedirects: 0 });
    expect(response.status(), href).toBe(200);
    expect(response.headers()["content-type"], href).toMatch(/^image\//);
    // Kept by the browser: not asked for again on every page view.
    expect(response.headers()["cache-control"], href).toMatch(/max-age=[1-9]/);
    expect(Buffer.from(await response.body()).equals(readFileSync(path.join("public", href))), href).toBe(true);
  }
});
