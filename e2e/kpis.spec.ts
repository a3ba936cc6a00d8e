import { demoEmail, expect, expectNoAxeViolations, signIn, test } from "./fixtures";

const K01 = "EHC plans issued within 20 weeks (in month)";

test("a KPI owner pastes values, previews them, and sees the chart and the status change", async ({ page }) => {
  await signIn(page, demoEmail("lead", "derby-city"));
  await page.getByRole("navigation", { name: /main/i }).getByRole("link", { name: "KPIs" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Key performance indicators");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: K01 }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(K01);
  const status = page.locator("header [data-status]").first();
  // The self-assessment's last figures (September 2025) are long past: no data since.
  await expect(status).toContainText("No data");
  const actualLine = page.locator(".recharts-line").first().locator("path.recharts-curve");
  const before = await actualLine.getAttribute("d");

  await page.getByLabel("Values to import").fill("Aug 2026\t70\nSep 2026\t68\nOct 2026\t65");
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("import-preview-row")).toHaveCount(3);
  await expect(page.getByText("Preview: 3 ready, 0 with problems")).toBeVisible();
  await page.getByRole("button", { name: "Confirm and save 3 values" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved 3 values" })).toBeVisible();

  // 65% against the 90% target, 25 points short with a tolerance of 10: off track.
  await expect(status).toContainText("Off track");
  await expect(page.getByText(/65% in October 2026, worse than the expected 90%/)).toBeVisible();
  await expect(page.getByRole("table", { name: /Values of/ })).toContainText("October 2026");
  await expect.poll(() => actualLine.getAttribute("d")).not.toBe(before);
});

test("a pasted row with a problem is shown in the preview and nothing can be confirmed", async ({ page }) => {
  await signIn(page, demoEmail("lead", "derby-city"));
  await page.goto("/p/derby-city/kpis");
  await page.getByRole("link", { name: "EHC plans issued within 20 weeks (year to date)" }).first().click();
  await page.getByLabel("Values to import").fill("Aug 2026\t40\nSmarch 2026\t41\nOct 2026\tforty");
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByText("Preview: 1 ready, 2 with problems")).toBeVisible();
  await expect(page.getByRole("button", { name: /Confirm and save/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("another partnership's KPI pages are 404, by slug or by id", async ({ browser }) => {
  const derbyCity = await browser.newPage();
  await signIn(derbyCity, demoEmail("admin", "derby-city"));
  await derbyCity.goto("/p/derby-city/kpis");
  const href = await derbyCity.getByRole("link", { name: K01 }).first().getAttribute("href");
  const kpiId = href!.split("/").pop();
  await derbyCity.close();

  const page = await browser.newPage();
  await signIn(page, demoEmail("admin", "derbyshire"));
  for (const path of ["/p/derby-city/kpis", href!, `/p/derbyshire/kpis/${kpiId}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.locator("body")).not.toContainText(K01);
  }
  await page.close();
});
