import { demoEmail, expect, expectNoAxeViolations, signIn, submitSignIn, test } from "./fixtures";

test("the sign-in page has labelled fields and no accessibility violations", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect(page.getByLabel("Email")).toBeVisible();
  await expect(page.getByLabel("Password")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a wrong password shows an error that does not say whether the email exists", async ({ page }) => {
  await submitSignIn(page, demoEmail("admin", "derbyshire"), "not-the-password");
  // Next.js keeps an empty route-announcer alert on every page; ours is the one with text.
  const alert = page.getByRole("alert").filter({ hasText: /\S/ });
  await expect(alert).toContainText("email or password is not right");
  await expect(page).toHaveURL(/\/login/);

  await submitSignIn(page, "nobody@derbyshire.demo", "not-the-password");
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText((await alert.textContent()) ?? "");
  await expectNoAxeViolations(page);
});

test("signed-out visitors are sent to sign in, and come back after", async ({ page }) => {
  await page.goto("/p/derbyshire/plan");
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel("Email").fill(demoEmail("viewer", "derbyshire"));
  await page.getByLabel("Password").fill("stocktake-demo");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/p\/derbyshire\/plan$/);
});

test("sign out ends the session", async ({ page }) => {
  await signIn(page, demoEmail("board", "derbyshire"));
  await expect(page.getByRole("heading", { name: "Board dashboard" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/p/derbyshire/plan");
  await expect(page).toHaveURL(/\/login/);
});

test("the health check reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
});
