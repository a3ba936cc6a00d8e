// A password reset with JavaScript off: the programme office issues a member
// a reset link by a plain POST and the page answers with it; the member, in
// a browser without JavaScript, has a weak password refused beside the field
// and saves a strong one by plain POSTs to the reset form's route, then signs
// in with it. An unknown link says so. The server goes back to rest after
// each post.
import { demoEmail, expect, test } from "./fixtures";
import { expectServerAtRest, withoutJavaScript } from "./support/no-javascript";
import { memberToReset } from "./support/passwords";

test.describe.configure({ mode: "serial" });

const STRONG = "orchard pebble saxophone lagoon";

test("an admin issues a reset link and the member chooses a new password, all with JavaScript off", async ({ browser }) => {
  const member = await memberToReset("derby-city", "reset-no-js");
  const { context: office, page: admin } = await withoutJavaScript(browser, demoEmail("admin", "derby-city"));
  await admin.goto(member.signInPage);
  await admin.getByRole("button", { name: "Issue a password reset link" }).click();
  await expect(admin.getByRole("status")).toContainText(`Copy this link and give it to ${member.name}`);
  const link = new URL(await admin.getByLabel("Password reset link").inputValue());
  await expectServerAtRest(admin);
  await office.close();

  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(link.pathname);
  await page.getByLabel("New password", { exact: true }).fill("qwertyuiop123");
  await page.getByLabel("New password again").fill("qwertyuiop123");
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.getByLabel("New password", { exact: true })).toHaveAccessibleDescription(/This password is on lists of commonly used passwords: choose another\./);
  await expect(page.getByRole("alert")).toHaveText("Your new password was not saved. Check the messages next to the fields.");
  await expectServerAtRest(page);

  await page.getByLabel("New password", { exact: true }).fill(STRONG);
  await page.getByLabel("New password again").fill(STRONG);
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page).toHaveURL(/\/login\?reset=1$/);
  await expect(page.getByRole("status")).toHaveText("Your new password is saved, and you have been signed out everywhere. Sign in with it.");
  await expectServerAtRest(page);

  await page.getByLabel("Email").fill(member.email);
  await page.getByLabel("Password").fill(STRONG);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/p/);

  await page.goto(`/reset-password/${"x".repeat(43)}`);
  await expect(page.getByRole("heading", { level: 1, name: "This link is not recognised" })).toBeVisible();
  await context.close();
});
