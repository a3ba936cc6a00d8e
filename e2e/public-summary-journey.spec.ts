// Publishing for the public, end to end (issue #21's "Done means"): Derbyshire's
// priority lead writes a new version of PIA4's public summary and sends it for
// approval with JavaScript off; the programme office approves it on the
// public page's screen (axe there); a visitor with no account, in a fresh
// browser, reads it on /public/derbyshire and in its Atom feed; the
// programme office turns the page off in settings (the visitor gets 404) and
// back on. The demo database is shared by every spec: the summary written is
// PIA4's (the lead's second area), and the switch is put back in a finally.
import type { Browser, Page } from "@playwright/test";
import { demoEmail, expect, expectNoAxeViolations, signIn, test } from "./fixtures";
import { withoutJavaScript } from "./support/no-javascript";

test.describe.configure({ mode: "serial" });

const AREA = "PIA4";
const stamp = Date.now().toString(36);
const TEXT = {
  doing: `We visit schools to help children who miss lessons come back (${stamp}).`,
  changed: `Forty schools now share one way to ask for help (${stamp}).`,
  next: `We will ask families in the spring what helped them (${stamp}).`,
};

const areaSection = (page: Page) => page.getByRole("region", { name: new RegExp(`^${AREA}:`) });

/** A visitor with no account: a browser context of its own, with no cookies. */
async function visit(browser: Browser, path: string) {
  const context = await browser.newContext();
  const response = await context.request.get(path);
  const page = await context.newPage();
  return { context, page, response };
}

async function setPublicPage(page: Page, on: boolean) {
  await page.goto("/p/derbyshire/settings");
  const form = page.locator("form", { has: page.getByRole("button", { name: "Save public page", exact: true }) });
  const box = form.getByRole("checkbox", { name: "Show the public progress page" });
  if (on) await box.check();
  else await box.uncheck();
  await form.getByRole("button", { name: "Save public page", exact: true }).click();
  await expect(form.getByRole("status")).toBeVisible();
}

test("a lead's summary, approved by the programme office, is read by a visitor on the public page and in its feed", async ({ browser, page }) => {
  // The lead writes and sends it without JavaScript.
  const lead = await withoutJavaScript(browser, demoEmail("lead", "derbyshire"));
  await lead.page.goto("/p/derbyshire/public-page");
  await expect(lead.page.getByRole("heading", { level: 1, name: "Public page" })).toBeVisible();
  await areaSection(lead.page)
    .getByRole("link", { name: new RegExp(`for ${AREA}$`) })
    .click();
  await expect(lead.page.getByRole("heading", { level: 1, name: `Public summary of ${AREA}` })).toBeVisible();
  await lead.page.getByLabel("What we are doing").fill(TEXT.doing);
  await lead.page.getByLabel("What has changed").fill(TEXT.changed);
  await lead.page.getByLabel("What is next").fill(TEXT.next);
  await lead.page.getByRole("button", { name: "Send for approval" }).click();
  await expect(areaSection(lead.page).getByRole("status")).toHaveText("Sent for approval. The programme office will approve it or return it to you.");
  await expect(areaSection(lead.page).getByRole("heading", { name: "Working copy: Waiting for approval" })).toBeVisible();
  await lead.context.close();

  // The programme office approves it.
  await signIn(page, demoEmail("admin", "derbyshire"));
  await page.goto("/p/derbyshire/public-page");
  await expect(page.getByRole("heading", { level: 1, name: "Public page" })).toBeVisible();
  await expectNoAxeViolations(page);
  const section = areaSection(page);
  await expect(section.getByText(TEXT.doing)).toBeVisible();
  await section.getByRole("radio", { name: "Approve it for the public page" }).check();
  await section.getByRole("button", { name: "Record your answer" }).click();
  await expect(section.getByRole("status")).toHaveText("Approved. The public page shows it from its next update.");
  await page.reload();
  await expect(areaSection(page).getByRole("heading", { name: "On the public page" })).toBeVisible();
  await expect(areaSection(page).getByText(TEXT.changed)).toBeVisible();

  // A visitor with no account reads it, and finds it in the feed.
  const visitor = await visit(browser, "/public/derbyshire");
  expect(visitor.response.status()).toBe(200);
  await visitor.page.goto("/public/derbyshire");
  for (const text of Object.values(TEXT)) await expect(visitor.page.getByText(text)).toBeVisible();
  const feed = await visitor.context.request.get("/public/derbyshire/feed.xml");
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("xml");
  const xml = await feed.text();
  expect(xml).toContain("<feed");
  expect(xml).toContain(stamp);
  await visitor.context.close();

  // Turned off in settings: the visitor gets "not found" (page and feed); then on again.
  try {
    await setPublicPage(page, false);
    const off = await visit(browser, "/public/derbyshire");
    expect(off.response.status()).toBe(404);
    expect((await off.context.request.get("/public/derbyshire/feed.xml")).status()).toBe(404);
    await off.context.close();
  } finally {
    await setPublicPage(page, true);
  }
  const back = await visit(browser, "/public/derbyshire");
  expect(back.response.status()).toBe(200);
  await back.context.close();
});
