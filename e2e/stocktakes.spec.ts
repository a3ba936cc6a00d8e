// The six-monthly stocktake end to end (issue 13), in Derbyshire: the
// programme office starts the January 2027 draft (prefilled, answering the
// July 2026 review's next steps), writes a section and a response through
// the page (the rest of the draft is a set-up write) and publishes it; the
// advisor cannot see the draft, then reads the published pack, compares it
// with July 2025, records findings and publishes them; the next draft demands
// a response to each, and is deleted again so the demo's counts stay as other
// specs expect; the PDF downloads tagged. Axe on every stocktake page.
import { execFileSync } from "node:child_process";
import type { Browser, Page } from "@playwright/test";
import { demoEmail, expect, expectNoAxeViolations, signIn, test } from "./fixtures";
import { writeTheRest } from "./support/stocktakes";

test.describe.configure({ mode: "serial" });

const ADVISOR = "advisor@dfe.demo";
const TITLE = "Six-monthly stocktake, January 2027";

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

/**
 * Writes what the draft still needs, through the page as far as this spec is
 * about it: the sections the checklist links to are opened in turn, each
 * written where it is blank and its next steps answered, until one section
 * has been saved and one response given through the page (the first page
 * opened also checked with axe). The rest is a set-up write
 * (e2e/support/stocktakes.ts): the same forms again, which
 * no-javascript-stocktakes.spec.ts posts too. Then nothing is left.
 */
async function writeTheDraft(page: Page, draftUrl: string) {
  await page.goto(draftUrl);
  const links = page.getByTestId("publish-checklist").getByRole("link");
  const sections = [...new Set(await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")!)))];
  expect(sections.length).toBeGreaterThan(0);
  let savedSection = false;
  let savedResponse = false;
  for (const [i, href] of sections.entries()) {
    if (savedSection && savedResponse) break;
    await page.goto(href);
    await expect(page.getByRole("heading", { level: 2, name: /^(Progress update|What the section says)$/ })).toBeVisible();
    if (i === 0) await expectNoAxeViolations(page);
    const status = page.getByLabel("Our assessment of the area");
    const progress = page.getByRole("textbox", {
      name: /^(Progress against the area|Our arrangements and how they have worked|What families and young people have told us, and what we did)$/,
    });
    const noStatus = (await status.count()) > 0 && !(await status.inputValue());
    if (noStatus || !(await progress.inputValue()).trim()) {
      if (noStatus) await status.selectOption({ index: 1 });
      if (!(await progress.inputValue()).trim()) await progress.fill("Written in the end-to-end test: what was done in the period and the difference it made.");
      await page.getByRole("button", { name: "Save the section" }).click();
      await expect(page.getByText(/^Section saved\./)).toBeVisible();
      savedSection = true;
    }
    const steps = page.getByTestId("next-step");
    for (let n = 0; n < (await steps.count()); n++) {
      const step = steps.nth(n);
      const response = step.getByRole("textbox", { name: /^Our response to/ });
      if ((await response.inputValue()).trim()) continue;
      await response.fill("Answered in the end-to-end test: done, with the evidence linked.");
      await step.getByLabel("Where it has got to").selectOption({ index: 1 });
      await step.getByRole("button", { name: /^Save the response to/ }).click();
      await expect(step).toContainText("Response by");
      savedResponse = true;
      break;
    }
  }
  // At least one section was written through the page, and one of the July 2026 review's next steps answered.
  expect(savedSection).toBe(true);
  expect(savedResponse).toBe(true);
  await writeTheRest(draftUrl);
  await page.goto(draftUrl);
  await expect(page.getByTestId("publish-checklist").getByRole("link")).toHaveCount(0);
}

// One story in three steps, run in order (serial mode: a step that fails skips the rest), on the two
// signed-in pages and the draft the first step starts.
let office: Page;
let advisor: Page;
let draftUrl: string;

test("the programme office starts the prefilled draft the advisor cannot see, writes it and publishes it; the PDF is tagged", async ({ browser }, testInfo) => {
  office = await signedIn(browser, demoEmail("admin", "derbyshire"));

  // Start: prefilled, naming the last stocktake it answers.
  await office.goto("/p/derbyshire/stocktakes");
  await expect(office.getByRole("heading", { level: 1, name: "Stocktakes" })).toBeVisible();
  await expect(office.getByTestId("stocktake-row").filter({ hasText: "Six-monthly stocktake, July 2025" })).toBeVisible();
  await expectNoAxeViolations(office);
  await expect(office.getByLabel("Title")).toHaveValue(TITLE);
  await office.getByRole("button", { name: "Start the draft" }).click();
  await expect(office).toHaveURL(/\/p\/derbyshire\/stocktakes\/[^/?]+\?started=1$/);
  draftUrl = office.url().replace(/\?.*$/, "");
  await expect(office.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expect(office.locator('[data-stocktake-state="DRAFT"]')).toHaveText("DDraft");
  await expect(office.getByTestId("publish-checklist")).toContainText("Respond to the last stocktake’s next step");
  await expectNoAxeViolations(office);

  // The advisor sees no draft: not in the list, not by its address.
  advisor = await signedIn(browser, ADVISOR);
  await advisor.goto("/p/derbyshire/stocktakes");
  await expect(advisor.getByRole("heading", { level: 1, name: "Stocktakes" })).toBeVisible();
  await expect(advisor.getByTestId("stocktake-draft")).toHaveCount(0);
  const hidden = await advisor.goto(draftUrl);
  expect(hidden?.status()).toBe(404);

  // Publishing is refused until every section is written and every next step answered.
  await writeTheDraft(office, draftUrl);
  await office.getByLabel("Review meeting").fill("2027-01-20");
  await office.getByLabel("Covering summary of the period").fill("Written in the end-to-end test: the headline progress of the period, and what slipped.");
  await office.getByRole("button", { name: "Publish the stocktake" }).click();
  await expect(office).toHaveURL(/\?published=1$/);
  await expect(office.getByText(/^Published\. The pack is frozen/)).toBeVisible();
  await expect(office.getByRole("link", { name: /Download PDF/ })).toBeVisible();
  await expectNoAxeViolations(office);

  // The PDF: the frozen pack, tagged.
  const [download] = await Promise.all([office.waitForEvent("download"), office.getByRole("link", { name: /Download PDF/ }).click()]);
  const file = testInfo.outputPath("stocktake-january-2027.pdf");
  await download.saveAs(file);
  expect(execFileSync("pdfinfo", [file], { encoding: "utf8" })).toMatch(/^Tagged:\s+yes$/m);
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  expect(text).toContain(TITLE);
  expect(text).toContain("Derbyshire");
});

test("the advisor reads the published pack, compares it with July 2025, and publishes findings the partnership sees only then", async () => {
  // The advisor's home: the new pack, the next review still to be given.
  await advisor.goto("/p");
  const card = advisor.getByTestId("advised-partnership").filter({ hasText: "Derbyshire" });
  await expect(card).toContainText(TITLE);
  await expectNoAxeViolations(advisor);

  // The advisor reads it and compares it with July 2025.
  await card.getByRole("link", { name: TITLE }).click();
  await expect(advisor.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await advisor.getByLabel("Compare with").selectOption({ label: "Six-monthly stocktake, July 2025" });
  await advisor.getByRole("button", { name: "Compare", exact: true }).click();
  await expect(advisor).toHaveURL(/\?compare=/);
  await expect(advisor.getByText("Changes since Six-monthly stocktake, July 2025").first()).toBeVisible();
  await expectNoAxeViolations(advisor);

  // Findings: recorded as drafts the partnership cannot see, then published.
  await advisor.getByRole("link", { name: "Record findings and next steps" }).click();
  await expect(advisor.getByRole("heading", { level: 1, name: `Findings and next steps: ${TITLE}` })).toBeVisible();
  await expectNoAxeViolations(advisor);
  const record = async (area: string, kind: "Key finding" | "Next step", heading: string, words: string) => {
    await advisor.getByRole("combobox", { name: "Area" }).selectOption({ label: area });
    await advisor.getByRole("radio", { name: kind }).check();
    await advisor.getByRole("textbox", { name: "Heading" }).fill(heading);
    await advisor.getByRole("textbox", { name: "Finding or next step" }).fill(words);
    await advisor.getByRole("button", { name: "Record as a draft" }).click();
    await expect(advisor.getByTestId("finding").filter({ hasText: heading })).toContainText("not yet published");
  };
  const areaOption = (await advisor.getByRole("combobox", { name: "Area" }).locator("option").allTextContents()).find((o) => o.startsWith("PIA1"))!;
  await record(areaOption, "Key finding", "End-to-end finding", "The partnership has kept its pace on the timeliness of EHC plans.");
  await record(areaOption, "Next step", "End-to-end next step", "Publish the refreshed EHC plan trajectory with the parent carer forum.");

  await office.goto(draftUrl);
  await expect(office.getByText("End-to-end next step")).toHaveCount(0);

  await advisor.getByLabel("Next review").fill("2027-07");
  await advisor.getByRole("button", { name: "Publish the findings" }).click();
  await expect(advisor).toHaveURL(/\?findings=2$/);
  await expect(advisor.getByText(/^Findings published\./)).toBeVisible();
  await expect(advisor.getByText("End-to-end next step").first()).toBeVisible();
});

test("the partnership reads the findings, and the next draft demands a response to the new next step", async () => {
  // The partnership reads them, and the next draft demands a response to the new next step.
  await office.goto(draftUrl);
  await expect(office.getByText("End-to-end finding").first()).toBeVisible();
  await office.goto("/p/derbyshire/stocktakes");
  await expect(office.getByText(/Next review: July 2027/)).toBeVisible();
  await office.getByRole("button", { name: "Start the draft" }).click();
  await expect(office).toHaveURL(/\?started=1$/);
  await expect(office.getByTestId("publish-checklist")).toContainText("Respond to the last stocktake’s next step “End-to-end next step” (PIA1)");
  await office.getByRole("button", { name: "Publish the stocktake" }).click();
  await expect(office.locator("#publish-error")).toContainText("End-to-end next step");

  // Leave the demo as the other specs expect it: no draft in Derbyshire.
  await office.getByText("Delete this draft").click();
  await office.getByRole("button", { name: "Delete the draft" }).click();
  await expect(office).toHaveURL(/\/p\/derbyshire\/stocktakes\?deleted=1$/);
  await expect(office.getByTestId("stocktake-draft")).toHaveCount(0);
});

test("another partnership's stocktakes, packs and PDFs are 404, as they are to a viewer", async ({ browser }) => {
  const board = await signedIn(browser, demoEmail("board", "derbyshire"));
  await board.goto("/p/derbyshire/stocktakes");
  await board.getByRole("link", { name: "Six-monthly stocktake, July 2025" }).click();
  await expect(board.getByRole("heading", { level: 1, name: "Six-monthly stocktake, July 2025" })).toBeVisible();
  const pack = new URL(board.url()).pathname;
  const pdf = (await board.getByRole("link", { name: /Download PDF/ }).getAttribute("href"))!;
  expect((await board.request.get(pdf)).status()).toBe(200);

  // A viewer of the same partnership reads the live plan, not stocktakes (DESIGN §4).
  const viewer = await signedIn(browser, demoEmail("viewer", "derbyshire"));
  for (const path of [pack, pdf]) expect((await viewer.request.get(path)).status(), path).toBe(404);

  const other = await signedIn(browser, demoEmail("admin", "derby-city"));
  for (const path of ["/p/derbyshire/stocktakes", pack, pdf, pdf.replace("/api/p/derbyshire/", "/api/p/derby-city/")]) {
    const response = await other.request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text()).not.toContain("July 2025");
  }
});
