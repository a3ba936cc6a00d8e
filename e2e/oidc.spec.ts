import { expect, test } from "./fixtures";

async function signInWithProvider(page: import("@playwright/test").Page, subject: string) {
  await page.goto("/login");
  await page.getByRole("button", { name: "Sign in with Microsoft Entra ID" }).click();
  // The provider's own login and consent screens.
  await page.locator('input[name="login"]').fill(subject);
  await page.locator('input[name="password"]').fill("any");
  await page.getByRole("button", { name: "Sign-in" }).click();
  const consent = page.getByRole("button", { name: "Continue" });
  if (await consent.isVisible({ timeout: 5000 }).catch(() => false)) await consent.click();
}

test("OpenID Connect signs in the user linked to the provider's subject", async ({ page }) => {
  await signInWithProvider(page, "entra-subject-derbyshire-lead");
  await expect(page).toHaveURL(/\/p\/derbyshire$/);
  await expect(page.getByRole("banner")).toContainText("Morgan Hale");
  await expect(page.getByRole("banner")).toContainText("Priority lead");
});

test("an unlinked subject is refused even when its email matches a user", async ({ page }) => {
  await signInWithProvider(page, "entra-subject-unlinked");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toContainText("not linked to Stocktake");
  await page.goto("/p/derbyshire/plan");
  await expect(page).toHaveURL(/\/login/);
});
