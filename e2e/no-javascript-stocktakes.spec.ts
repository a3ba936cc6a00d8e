// Every stocktake form works without JavaScript: a plain POST saves and
// answers with the page showing the result (or the message next to the
// field), and the server goes back to rest. Runs in the "no-javascript"
// project, after the others, on Derby City's first stocktake (the demo seeds
// none there), so Derbyshire's packs stay as the other specs expect.
import { demoEmail, expect, test } from "./fixtures";
import { expectServerAtRest, withoutJavaScript } from "./support/no-javascript";
import { writeTheRest } from "./support/stocktakes";

test.describe.configure({ mode: "serial" });

const TITLE = "Stocktake posted without JavaScript";

test("a stocktake is started, written, given evidence, published and answered with findings without JavaScript", async ({ browser }) => {
  const { context, page } = await withoutJavaScript(browser, demoEmail("admin", "derby-city"));

  // Start: a refusal keeps what was typed and puts the message next to the field.
  await page.goto("/p/derby-city/stocktakes");
  await page.getByLabel("Title").fill(TITLE);
  await page.getByLabel("Period from").fill("2026-06-01");
  await page.getByLabel("Period to").fill("2026-05-01");
  await page.getByRole("button", { name: "Start the draft" }).click();
  await expect(page.getByLabel("Period to")).toHaveAccessibleDescription(/The period must end on or after the day it starts/);
  await expect(page.getByLabel("Title")).toHaveValue(TITLE);
  await page.getByLabel("Period to").fill("2026-11-30");
  await page.getByRole("button", { name: "Start the draft" }).click();
  await expect(page).toHaveURL(/\/p\/derby-city\/stocktakes\/[^/?]+\?started=1$/);
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  const draftUrl = page.url().replace(/\?.*$/, "");
  await expectServerAtRest(page);

  // Details saved, then publishing refused with what is still needed.
  await page.getByLabel("Review meeting").fill("2026-12-09");
  await page.getByLabel("Covering summary of the period").fill("Posted without JavaScript: the period's headline progress.");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByText("Details saved.")).toBeVisible();
  await expect(page.getByLabel("Review meeting")).toHaveValue("2026-12-09");
  await page.getByRole("button", { name: "Publish the stocktake" }).click();
  await expect(page.getByText("Not published. Still needed:")).toBeVisible();
  await expectServerAtRest(page);

  // Sections through the page: the first the checklist names (a refusal first, and a new evidence item), then
  // a partnership-wide one (a form with no status) if one is still to write. The rest is a set-up write, the
  // same form again (e2e/support/stocktakes.ts).
  const checklist = page.getByTestId("publish-checklist").getByRole("link");
  const partnershipWide = checklist.filter({ hasText: /^(Governance and accountability|The voice of families):/ });
  let first = true;
  for (const pick of [checklist, partnershipWide]) {
    await page.goto(draftUrl);
    if ((await pick.count()) === 0) continue;
    await pick.first().click();
    await expect(page.getByRole("heading", { level: 2, name: /^(Progress update|What the section says)$/ })).toBeVisible();
    const status = page.getByLabel("Our assessment of the area");
    const progress = page.getByRole("textbox", {
      name: /^(Progress against the area|Our arrangements and how they have worked|What families and young people have told us, and what we did)$/,
    });
    const addEvidence = page.getByRole("button", { name: "Record and link the evidence" });
    // The form is folded away under its summary (a <details>, which opens without JavaScript).
    const openEvidence = async () => {
      if (!(await addEvidence.isVisible())) await page.getByText("Record new evidence for this section").click();
    };
    if (first) {
      await openEvidence();
      await addEvidence.click();
      await openEvidence();
      await expect(page.getByRole("combobox", { name: "Kind" })).toHaveAccessibleDescription(/./);
      await page.getByRole("combobox", { name: "Kind" }).selectOption({ index: 1 });
      await page.getByLabel("Title", { exact: true }).fill("Evidence posted without JavaScript");
      await page.getByLabel("What it shows").fill("What the evidence shows, posted without JavaScript.");
      await addEvidence.click();
      await expect(page.getByText("Evidence recorded and linked to this section.")).toBeVisible();
      await expectServerAtRest(page);
    }
    if ((await status.count()) && !(await status.inputValue())) await status.selectOption({ index: 1 });
    await progress.fill("Posted without JavaScript: what was done and the difference it made.");
    await page.getByRole("button", { name: "Save the section" }).click();
    await expect(page.getByText(/^Section saved\./)).toBeVisible();
    if (first) {
      await expectServerAtRest(page);
      first = false;
    }
  }
  expect(first).toBe(false);
  await writeTheRest(draftUrl);
  await page.goto(draftUrl);
  await expect(checklist).toHaveCount(0);

  // Published: the pack is frozen.
  await page.goto(draftUrl);
  await page.getByRole("button", { name: "Publish the stocktake" }).click();
  await expect(page).toHaveURL(/\?published=1$/);
  await expect(page.getByText(/^Published\. The pack is frozen/)).toBeVisible();
  await expect(page.getByText("Evidence posted without JavaScript").first()).toBeVisible();
  await expectServerAtRest(page);
  await context.close();

  // The advisor records a next step (a refusal first), and publishes the findings.
  const advisor = await withoutJavaScript(browser, "advisor@dfe.demo");
  await advisor.page.goto(`${draftUrl}/findings`);
  await advisor.page.getByRole("button", { name: "Record as a draft" }).click();
  await expect(advisor.page.getByRole("textbox", { name: "Heading" })).toHaveAccessibleDescription(/Give it a short heading/);
  await advisor.page.getByRole("combobox", { name: "Area" }).selectOption({ index: 1 });
  await advisor.page.getByRole("radio", { name: "Next step" }).check();
  await advisor.page.getByRole("textbox", { name: "Heading" }).fill("Posted without JavaScript");
  await advisor.page.getByRole("textbox", { name: "Finding or next step" }).fill("A next step recorded without JavaScript.");
  await advisor.page.getByRole("button", { name: "Record as a draft" }).click();
  await expect(advisor.page.getByTestId("finding").filter({ hasText: "Posted without JavaScript" })).toContainText("not yet published");
  await expectServerAtRest(advisor.page);
  await advisor.page.getByLabel("Next review").fill("2027-06");
  await advisor.page.getByRole("button", { name: "Publish the findings" }).click();
  await expect(advisor.page).toHaveURL(/\?findings=1$/);
  await expect(advisor.page.getByText(/^Findings published\./)).toBeVisible();
  await expectServerAtRest(advisor.page);
  await advisor.context.close();
});

test("the compare form is a plain GET", async ({ browser }) => {
  const { context, page } = await withoutJavaScript(browser, demoEmail("board", "derbyshire"));
  await page.goto("/p/derbyshire/stocktakes");
  await page.getByRole("link", { name: "Six-monthly stocktake, January 2026" }).click();
  await page.getByLabel("Compare with").selectOption({ label: "Six-monthly stocktake, July 2025" });
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  await expect(page).toHaveURL(/\?compare=/);
  await expect(page.getByText("Changes since Six-monthly stocktake, July 2025").first()).toBeVisible();
  await context.close();
});
