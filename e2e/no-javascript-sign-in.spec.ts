// Signing in and out without JavaScript (GOV.UK-style progressive
// enhancement): the sign-in form is a plain POST that answers with a
// redirect, to the page asked for or back to the form with the message and
// the email typed; the sign-out button is a plain POST too. Runs in the
// "no-javascript" project, after the others, and checks the server goes back
// to rest.
import { demoEmail, DEMO_PASSWORD, expect, test } from "./fixtures";
import { expectServerAtRest } from "./support/no-javascript";

test.describe.configure({ mode: "serial" });

test("sign in, see a refusal, and sign out, all with JavaScript off", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/p/derbyshire/plan");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);

  await page.getByLabel("Email").fill(demoEmail("board", "derbyshire"));
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("The email or password is not right. Check them and try again.");
  await expect(page.getByLabel("Email")).toHaveValue(demoEmail("board", "derbyshire"));

  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/p\/derbyshire\/plan$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  await page.goto("/p/derbyshire");
  await expect(page.getByRole("heading", { name: "Board dashboard" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/p/derbyshire/plan");
  await expect(page).toHaveURL(/\/login/);
  await context.close();
  await expectServerAtRest(page);
});
