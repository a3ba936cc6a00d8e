// Every risk form works without JavaScript: a plain POST saves and answers
// with the page showing the result (or the message next to the field), and
// the server goes back to rest. Runs in the "no-javascript" project, after
// the others, on a risk of its own.
import { demoEmail, expect, test } from "./fixtures";
import { expectServerAtRest, withoutJavaScript } from "./support/no-javascript";

test.describe.configure({ mode: "serial" });

const TITLE = "Posted without JavaScript: agency staff leave before the permanent posts are filled";

test("a risk is added, reviewed, mitigated, escalated, closed, reopened and edited without JavaScript", async ({ browser }) => {
  const { context, page } = await withoutJavaScript(browser, demoEmail("admin", "derby-city"));
  await page.goto("/p/derby-city/risks/new");

  // A refusal: the message is next to the field, and what was typed is kept.
  await page.getByLabel("Risk", { exact: true }).fill(TITLE);
  await page.getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "Add risk" }).click();
  await expect(page.getByLabel("Risk", { exact: true })).toHaveValue(TITLE);
  await expect(page.getByRole("group", { name: "Inherent score" }).getByLabel("Likelihood")).toHaveAccessibleDescription(/Choose a likelihood/);

  for (const [group, l, i] of [
    ["Inherent score", "4", "4"],
    ["Current score", "3", "4"],
    ["Target score", "2", "2"],
  ] as const) {
    const fieldset = page.getByRole("group", { name: group });
    await fieldset.getByLabel("Likelihood").selectOption(l);
    await fieldset.getByLabel("Impact").selectOption(i);
  }
  await page.getByLabel("Owner’s role (optional)").fill("Team Manager, SEND Team");
  await page.getByRole("button", { name: "Add risk" }).click();
  await expect(page).toHaveURL(/\/p\/derby-city\/risks\/[^/?]+\?saved=created$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  const riskUrl = page.url().replace(/\?.*$/, "");

  // Review: the score changes and the history says so.
  const review = page.getByRole("group", { name: "Current score" });
  await review.getByLabel("Likelihood").selectOption("4");
  await page.getByLabel("What the review found").fill("Agency contracts end in December: likelihood raised (no JavaScript).");
  await page.getByRole("button", { name: "Save review" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Review of R\d+ saved, with its new score/ })).toBeVisible();
  await expect(page.getByTestId("risk-history-entry").first()).toContainText("changed from 12");

  // Mitigations: add one, then complete it.
  await page.getByText("Add a mitigation").click();
  await page.getByLabel("What will be done").fill("Recruit to the permanent posts (no JavaScript)");
  await page.getByLabel("Owner’s role (optional)").fill("Team Manager, SEND Team");
  await page.getByLabel("Due", { exact: true }).fill("2027-01-31");
  await page.getByRole("button", { name: "Add mitigation" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Mitigation added to R\d+/ })).toBeVisible();
  const mitigation = page.getByTestId("mitigation").filter({ hasText: "Recruit to the permanent posts" });
  await mitigation.locator("summary", { hasText: "Mark complete" }).click();
  await mitigation.getByLabel("What was done, and what shows it worked").fill("All posts filled (no JavaScript).");
  await mitigation.getByRole("button", { name: "Mark complete" }).click();
  await expect(page.getByTestId("mitigation").filter({ hasText: "Recruit to the permanent posts" })).toContainText("Complete");

  // Escalate, close with a reason, reopen.
  await page.getByText(/^Escalate R\d+ to the board$/).click();
  await page.getByLabel("Why the board must see it, and what it is asked to do").fill("Needs the Board's decision (no JavaScript).");
  await page.getByRole("button", { name: "Escalate to the board" }).click();
  await expect(page.getByTestId("escalated-flag")).toBeVisible();
  await page.getByText(/^Close R\d+$/).click();
  await page.getByRole("button", { name: "Close the risk" }).click();
  await expect(page.getByLabel("Why it can be closed")).toHaveAccessibleDescription(/Give the reason/);
  await page.getByLabel("Why it can be closed").fill("At target and monitored through 1.1b (no JavaScript).");
  await page.getByRole("button", { name: "Close the risk" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Risk R\d+ closed/ })).toBeVisible();
  // The closure form stays unfolded to show its answer, now offering to reopen.
  if (!(await page.getByLabel("Why it is open again").isVisible())) await page.getByText(/^Reopen R\d+$/).click();
  await page.getByLabel("Why it is open again").fill("Timeliness falling again (no JavaScript).");
  await page.getByRole("button", { name: "Reopen the risk" }).click();
  await expect(page.getByRole("status").filter({ hasText: /reopened: its review is due now/ })).toBeVisible();
  await expect(page.getByTestId("review-status")).toHaveText(/Review due today/);

  // Edit: a score change needs its reason.
  await page.goto(`${riskUrl}/edit`);
  await page.getByRole("group", { name: "Inherent score" }).getByLabel("Impact").selectOption("5");
  await page.getByRole("button", { name: "Save risk" }).click();
  await expect(page.getByLabel("Why the scores changed (needed if they did)")).toHaveAccessibleDescription(/Say why the scores changed/);
  await page.getByLabel("Why the scores changed (needed if they did)").fill("Tribunal costs under-estimated (no JavaScript).");
  await page.getByRole("button", { name: "Save risk" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Risk R\d+ saved/ })).toBeVisible();
  await context.close();
  await expectServerAtRest(page);
});

test("a lead reviews a risk from My updates without JavaScript", async ({ browser }) => {
  const { context, page } = await withoutJavaScript(browser, demoEmail("lead", "derby-city"));
  await page.goto("/p/derby-city/my");
  const item = page.getByTestId("risk-due-review").first();
  await item.locator("summary").click();
  await item.getByLabel("What the review found").fill("Timeliness holding; confirmed without JavaScript.");
  await item.getByRole("button", { name: "Save review" }).click();
  await expect(page).toHaveURL(/\/p\/derby-city\/my\?reviewed=R\d+&changed=0$/);
  await expect(page.getByRole("status").filter({ hasText: /score confirmed/ })).toBeVisible();
  await context.close();
  await expectServerAtRest(page);
});
