// The public progress page for families (/public/<slug>), read by a visitor
// with no account: Derbyshire's demo page with its sections, no accessibility
// violations (axe), no link into the signed-in app, its Atom feed, with
// JavaScript off and printed. The switch is tried on Derby City's page (off in
// the demo), so Derbyshire's stays on for the other specs: on, it reads;
// off, it is the same 404 as an address that names nothing.
import { demoEmail, expect, expectNoAxeViolations, signIn, test } from "./fixtures";

const SECTIONS = ["What we will do", "What families told us", "Progress so far", "Notes from our board meetings"];

test("a visitor with no account reads Derbyshire's public page: its sections, marked examples, tables, no link into the app, axe 0", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/public/derbyshire");
  await expect(page.getByRole("heading", { level: 1, name: "How our plan is going" })).toBeVisible();
  for (const name of SECTIONS) await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: /Priority Impact Area 5/ })).toBeVisible();
  await expect(page.getByText("Example only.").first()).toBeVisible();
  await expect(page.getByRole("main")).toContainText("special educational needs and disabilities (SEND)");
  await expect(page.getByRole("table").first()).toBeVisible();
  await expect(page.getByText(/Last updated: \d{1,2} \w+ \d{4}/)).toBeVisible();
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", "/public/derbyshire/feed.xml");
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  expect(hrefs.filter((href) => href.startsWith("/p/") || href === "/p")).toEqual([]);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: process.env.PUBLIC_PAGE_SHOT ?? testInfo.outputPath("public.png"), fullPage: true });
});

test("the feed parses as Atom, newest first, each entry linking to the page", async ({ page, request }) => {
  const response = await request.get("/public/derbyshire/feed.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await response.text();
  await page.goto("/public/derbyshire");
  const entries = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    if (doc.querySelector("parsererror")) return null;
    return [...doc.querySelectorAll("entry")].map((entry) => ({
      id: entry.querySelector("id")?.textContent ?? "",
      link: entry.querySelector("link")?.getAttribute("href") ?? "",
      updated: entry.querySelector("updated")?.textContent ?? "",
    }));
  }, xml);
  expect(entries).not.toBeNull();
  expect(entries!.length).toBeGreaterThan(0);
  for (const entry of entries!) expect(entry.link).toMatch(/\/public\/derbyshire#/);
  const dates = entries!.map((entry) => entry.updated);
  expect(dates).toEqual([...dates].sort().reverse());
});

test("works with JavaScript off: every section and each KPI's table of figures", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/public/derbyshire");
  for (const name of SECTIONS) await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  await expect(page.getByRole("table").first()).toContainText(/\d/);
  await context.close();
});

test("prints its content, without the page's own links list", async ({ page }) => {
  await page.emulateMedia({ media: "print" });
  await page.goto("/public/derbyshire");
  await expect(page.getByRole("heading", { level: 2, name: "What we will do" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: /Priority Impact Area 1/ })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "On this page" })).toBeHidden();
});

test("the programme office's switch: on, the page reads; off, the same 404 as an unknown address", async ({ page, browser }) => {
  const visitor = await browser.newContext();
  const read = async (path: string) => {
    const response = await visitor.request.get(path);
    return { status: response.status(), text: await response.text() };
  };
  const unknown = await read("/public/no-such-partnership");
  expect(unknown.status).toBe(404);
  expect(await read("/public/derby-city")).toEqual(unknown);

  await signIn(page, demoEmail("admin", "derby-city"));
  const save = async (on: boolean) => {
    await page.goto("/p/derby-city/settings");
    const box = page.getByRole("checkbox", { name: "Show the public progress page" });
    if (on) await box.check();
    else await box.uncheck();
    await page.getByRole("button", { name: "Save public page" }).click();
    await expect(page.getByText(on ? "Saved. The public page is on" : "Saved. The public page is off.")).toBeVisible();
  };
  try {
    await save(true);
    await expectNoAxeViolations(page);
    const on = await read("/public/derby-city");
    expect(on.status).toBe(200);
    expect(on.text).toContain("How our plan is going");
  } finally {
    await save(false);
  }
  expect(await read("/public/derby-city")).toEqual(unknown);
  await visitor.close();
});
