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
  // The self-assessment's figures, carried on (illustratively) to last month: on track against the 90% target.
  await expect(status).toContainText("On track");
  await expect(page.getByTestId("kpi-provenance")).toContainText("Target set for the demo");
  const actualLine = page.locator(".recharts-line").first().locator("path.recharts-curve");
  const before = await actualLine.getAttribute("d");

  await page.getByLabel("Values to import").fill("Aug 2026\t70\nSep 2026\t68\nOct 2026\t65");
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("import-preview-row")).toHaveCount(3);
  await expect(page.getByText("Preview: 3 ready, 0 with problems")).toBeVisible();
  // August and September already have values: replacing them needs a reason.
  await page.getByRole("button", { name: "Confirm and save 3 values" }).click();
  await expect(page.getByLabel(/^Reason, if rows replace/)).toHaveAccessibleDescription(/August 2026, September 2026 already have values/);
  await page.getByLabel(/^Reason, if rows replace/).fill("Revised figures from the SEND team's case management system.");
  await page.getByRole("button", { name: "Preview" }).click();
  await page.getByRole("button", { name: "Confirm and save 3 values" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved 3 values (2 replaced earlier values)" })).toBeVisible();
  await expect(page.getByTestId("kpi-correction")).toHaveCount(2);

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

test("a priority lead adds a KPI with a trajectory and benchmarks, corrects a mistake, and edits it", async ({ page }) => {
  await signIn(page, demoEmail("lead", "derby-city"));
  await page.goto("/p/derby-city/kpis");
  await page.getByRole("link", { name: "Add a KPI" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add a KPI");
  await page.getByLabel("Code").fill("K90");
  await page.getByLabel("Name").fill("Annual reviews completed on time");
  await page.getByLabel("Definition").fill("Percentage of EHC plan annual reviews completed within 12 months of the last review.");
  await page.getByLabel("Unit").selectOption("PERCENT");
  await page.getByLabel("Direction").selectOption("HIGHER_IS_BETTER");
  await page.getByLabel("Reported").selectOption("MONTHLY");
  await page.getByLabel("Baseline value (optional)").fill("52");
  await page.getByLabel("Baseline date (optional)").fill("2025-06-01");
  await page.getByLabel("Target value (optional)").fill("80");
  await page.getByLabel("Target date (optional)").fill("2027-03-31");
  await page.getByLabel("Amber tolerance").fill("5");
  await page.getByLabel("Interim targets (optional)").fill("31 Mar 2026, 65\nsoon, 70");
  await page.getByLabel("Benchmarks (optional)").fill("Jun 2025, 61.2, 58.4, 55");
  await page.getByRole("button", { name: "Add KPI" }).click();

  // The bad line is named next to its field; everything typed is still there.
  await expect(page.getByText("Line 2: “soon” is not a date")).toBeVisible();
  await expect(page.getByLabel("Interim targets (optional)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Name")).toHaveValue("Annual reviews completed on time");
  await expectNoAxeViolations(page);
  await page.getByLabel("Interim targets (optional)").fill("31 Mar 2026, 65\n30 Sep 2026, 70");
  await page.getByRole("button", { name: "Add KPI" }).click();

  await expect(page.getByRole("status").filter({ hasText: "KPI K90 added" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Annual reviews completed on time");
  await expect(page.getByText(/National 61\.2% \(June 2025\); Regional 58\.4% \(June 2025\)/)).toBeVisible();

  await page.getByRole("link", { name: "Edit the definition, target and benchmarks" }).click();
  await expect(page.getByLabel("Interim targets (optional)")).toHaveValue("31 March 2026, 65\n30 September 2026, 70");
  await expectNoAxeViolations(page);
  await page.getByLabel("Target value (optional)").fill("85");
  await page.getByRole("button", { name: "Save KPI" }).click();
  await expect(page.getByRole("status").filter({ hasText: "KPI saved." })).toBeVisible();
  await page.getByRole("link", { name: "K90" }).click();
  await expect(page.getByText(/85% by 31 March 2027/).first()).toBeVisible();
});

test("a lead has no Edit link on another area's KPI and gets 404 on its edit page", async ({ page }) => {
  await signIn(page, demoEmail("lead", "derby-city"));
  await page.goto("/p/derby-city/kpis");
  // K07 is in APA2, which lead@ does not lead.
  const link = page.getByRole("row").filter({ hasText: "K07" }).getByRole("link").first();
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: /Edit the definition/ })).toHaveCount(0);
  const response = await page.goto(`${page.url()}/edit`);
  expect(response?.status()).toBe(404);
});

test("an admin archives a KPI from its edit page and restores it from the KPI list", async ({ page }) => {
  const name = "Children with an EHCP in provision of the type named in their plan";
  await signIn(page, demoEmail("admin", "derbyshire"));
  await page.goto("/p/derbyshire/kpis");
  await page.getByRole("link", { name }).click();
  await page.getByRole("link", { name: /Edit the definition/ }).click();
  await page.getByRole("button", { name: "Archive KPI D08" }).click();

  await expect(page).toHaveURL(/\/p\/derbyshire\/kpis\?archived=D08$/);
  await expect(page.getByRole("status")).toContainText("KPI D08 archived");
  await expect(page.getByTestId("kpi-row").filter({ hasText: name })).toHaveCount(0);
  const archived = page.getByTestId("archived-kpi").filter({ hasText: "D08" });
  await expect(archived).toBeVisible();
  await expectNoAxeViolations(page);

  await archived.getByRole("button", { name: "Restore KPI D08" }).click();
  await expect(page).toHaveURL(/\/p\/derbyshire\/kpis\?restored=D08$/);
  await expect(page.getByRole("status")).toContainText("KPI D08 restored");
  await expect(page.getByTestId("kpi-row").filter({ hasText: name })).toHaveCount(1);
  await expect(page.getByTestId("archived-kpi")).toHaveCount(0);
  // The notice takes focus, so a screen reader reads it.
  await expect(page.getByRole("status").filter({ hasText: "KPI D08 restored" })).toBeFocused();

  // A link cannot put its own words in the notice.
  await page.goto("/p/derbyshire/kpis?archived=Your+account+is+suspended");
  await expect(page.getByRole("heading", { level: 1, name: "Key performance indicators" })).toBeVisible();
  await expect(page.getByText("Your account is suspended")).toHaveCount(0);
});
