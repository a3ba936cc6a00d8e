import { demoEmail, expect, signIn, test } from "./fixtures";

test("a Derby City user gets 404, not 403, for any Derbyshire page", async ({ page }) => {
  await signIn(page, demoEmail("admin", "derby-city"));
  await expect(page).toHaveURL(/\/p\/derby-city$/);
  for (const path of ["/p/derbyshire/plan", "/p/derbyshire", "/p/no-such-partnership/plan"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.locator("body")).not.toContainText("Derbyshire Local Area SEND Partnership");
    if (path === "/p/derbyshire") await expect(page).not.toHaveTitle(/Board dashboard/);
  }
});

test("a single-partnership member goes straight in from the picker", async ({ page }) => {
  await signIn(page, demoEmail("lead", "derbyshire"));
  await page.goto("/p");
  await expect(page).toHaveURL(/\/p\/derbyshire$/);
});
