import { demoEmail, expect, expectNoAxeViolations, signIn, test } from "./fixtures";

test("the Derbyshire admin sees the whole plan: 7 areas collapsed to their summaries, then 41 actions with text status labels", async ({ page }) => {
  // axe-core on the whole plan (41 actions and every milestone) takes about
  // 8 s on its own on a 2-core machine, and more while other specs run.
  await signIn(page, demoEmail("admin", "derbyshire"));
  await expect(page).toHaveURL(/\/p\/derbyshire$/);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Plan", exact: true }).click();
  await expect(page).toHaveURL(/\/p\/derbyshire\/plan$/);
  await expect(page.getByRole("heading", { level: 1, name: "Improvement plan" })).toBeVisible();
  // First view: every area collapsed to its status, counts and owed updates; no action rows yet.
  await expect(page.getByRole("heading", { level: 2 })).toHaveCount(7);
  await expect(page.getByTestId("area-summary")).toHaveCount(7);
  await expect(page.getByTestId("area-summary").first()).toContainText(/\d+ actions:/);
  await expect(page.getByTestId("plan-action")).toHaveCount(0);
  // The kept first view marks its place in the navigation too.
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Plan", exact: true })).toHaveAttribute("aria-current", "page");

  // An area opens in place, with the state in the URL; the back button closes it again.
  await page.getByRole("link", { name: /Show the \d+ actions of PIA2/ }).click();
  await expect(page).toHaveURL(/\/plan\?open=PIA2#area-PIA2$/);
  await expect(page.getByTestId("plan-action")).toHaveCount(5);
  await page.goBack();
  await expect(page.getByTestId("plan-action")).toHaveCount(0);

  await page.getByRole("link", { name: "Open all areas" }).click();
  await expect(page).toHaveURL(/\/plan\?open=all$/);
  await expect(page.getByTestId("plan-action")).toHaveCount(41);
  // The first view is a kept copy rendered by a signed internal page: from outside, that page is a 404.
  expect((await page.request.get("/plan-render/any-partnership/any-membership/2026-11-20/1")).status()).toBe(404);

  const first = page.getByTestId("plan-action").filter({ has: page.getByRole("rowheader", { name: "1.1a" }) });
  await expect(first).toContainText("Ensure clear governance for SEND improvement");
  // Status is a text label (the partnership's own), not colour alone.
  await expect(first.getByText("Reported status:", { exact: false })).toBeAttached();

  // Milestones open under their action, with their "by when".
  await first.getByText("5 milestones").click();
  await expect(first).toContainText("Quarterly");
  await expect(first).toContainText("31 March 2025");

  // The app shell: partnership, user and role, navigation, sign out.
  await expect(page.getByRole("banner")).toContainText("Derbyshire Local Area SEND Partnership");
  await expect(page.getByRole("banner")).toContainText("Programme office (admin)");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Plan", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expectNoAxeViolations(page);
});

for (const role of ["board", "lead", "contributor", "viewer"] as const) {
  test(`a ${role} can read the plan`, async ({ page }) => {
    await signIn(page, demoEmail(role, "derby-city"));
    await page.goto("/p/derby-city/plan");
    await expect(page.getByTestId("plan-area").first()).toBeVisible();
    await page.getByRole("link", { name: /Show the \d+ actions of APA1/ }).click();
    await expect(page.getByTestId("plan-action").first()).toBeVisible();
  });
}

test("an advisor attached to two partnerships picks one, then reads its plan", async ({ page }) => {
  await signIn(page, "advisor@dfe.demo");
  await expect(page.getByRole("heading", { name: "Your partnerships" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: /Derbyshire Local Area SEND Partnership/ }).click();
  await expect(page).toHaveURL(/\/p\/derbyshire$/);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Plan", exact: true }).click();
  await expect(page.getByTestId("plan-area")).toHaveCount(7);
  await page.getByRole("link", { name: "Open all areas" }).click();
  await expect(page.getByTestId("plan-action")).toHaveCount(41);
  await expect(page.getByRole("banner")).toContainText("DfE / NHSE advisor");
  await page.getByRole("link", { name: "Switch partnership" }).click();
  await page.getByRole("link", { name: /Derby City Local Area SEND Partnership/ }).click();
  await expect(page).toHaveURL(/\/p\/derby-city$/);
});
