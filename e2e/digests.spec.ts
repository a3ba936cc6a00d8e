// Email digests in the browser: the programme office previews a lead's next
// digest (no SMTP needed), whose footer link stops the emails for someone who
// is not signed in; and a member changes how often on their own page without
// JavaScript.
import { demoEmail, expect, expectNoAxeViolations, signIn, test } from "./fixtures";
import { withoutJavaScript } from "./support/no-javascript";

test("the admin previews a lead's digest; its unsubscribe link, opened signed out, stops the emails", async ({ page, browser }) => {
  await signIn(page, demoEmail("admin", "derbyshire"));
  await page.goto("/p/derbyshire/members");
  const row = page.getByRole("row").filter({ hasText: demoEmail("lead", "derbyshire") });
  await row.getByRole("link", { name: /^Preview next digest/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Next digest for / })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Subject" })).toBeVisible();
  await expectNoAxeViolations(page);
  const text = await page.locator("pre").innerText();
  const link = /Stop these emails: (\S+)/.exec(text)?.[1];
  expect(link).toBeTruthy();

  // A fresh browser: no session, no cookies.
  const visitor = await browser.newContext();
  const signedOut = await visitor.newPage();
  await signedOut.goto(new URL(link!).pathname);
  await expect(signedOut.getByRole("heading", { level: 1, name: "Stop email reminders" })).toBeVisible();
  await expect(signedOut.getByText(/email reminders from Derbyshire/)).toBeVisible();
  await signedOut.getByRole("button", { name: "Stop these emails" }).click();
  await expect(signedOut.getByRole("heading", { level: 1, name: "Email reminders are off" })).toBeVisible();
  await visitor.close();

  await page.reload();
  await expect(page.getByText("They have turned reminder emails off")).toBeVisible();
});

test("a member changes how often on their own page, without JavaScript", async ({ browser }) => {
  const { context, page } = await withoutJavaScript(browser, demoEmail("viewer", "derby-city"));
  await page.goto("/p/derby-city/my/email");
  await expect(page.getByRole("heading", { level: 1, name: "Email reminders" })).toBeVisible();
  await expect(page.getByLabel("Weekly (on Mondays)")).toBeChecked();
  await page.getByLabel("Daily", { exact: true }).check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved. You get an email each day" })).toBeVisible();
  await expect(page.getByLabel("Daily", { exact: true })).toBeChecked();
  await page.getByLabel("Weekly (on Mondays)").check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved. You get an email each Monday" })).toBeVisible();
  await context.close();
});
