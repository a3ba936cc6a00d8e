// The risk register: a lead's review reaches the board's dashboard on the
// very next load; the heat map drills to the filtered register; the register
// downloads as CSV and XLSX with its filters; every page passes axe; another
// partnership's risks are 404.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { Page } from "@playwright/test";
import { demoEmail, expect, expectNoAxeViolations, signIn, test } from "./fixtures";

const R07 = "Interim leadership is not replaced by permanent capacity";

const cell = (page: Page, likelihood: number, impact: number) =>
  page.getByTestId("dashboard-risks").locator(`[data-cell="${likelihood}-${impact}"]`);

test("a lead reviews a risk in My updates and the board sees the new score on the dashboard's next load", async ({ page }) => {
  await signIn(page, demoEmail("lead", "derbyshire"));
  await expect(page.getByTestId("dashboard-risks")).toBeVisible();
  const panel = page.getByTestId("dashboard-risks");
  await expect(panel.getByTestId("top-risk").filter({ hasText: R07 })).toHaveCount(0);
  const cellBefore = Number(await cell(page, 5, 4).getAttribute("data-count"));
  const dueBefore = Number((await panel.getByTestId("risks-review-due").textContent())!.match(/\d+/)![0]);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My updates" }).click();
  await expect(page.getByRole("heading", { name: /Risks due a review/ })).toBeVisible();
  await expectNoAxeViolations(page);
  const item = page.getByTestId("risk-due-review").filter({ hasText: R07 });
  await item.getByText("Review R07 now").click();
  const score = item.getByRole("group", { name: "Current score" });
  await score.getByLabel("Likelihood").selectOption("5");
  await score.getByLabel("Impact").selectOption("4");
  await item.getByLabel("What the review found").fill("Two interim directors leave in December and recruitment has failed twice: likelihood now almost certain.");
  await item.getByRole("button", { name: "Save review" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Review of R07 saved, with its new score." })).toBeVisible();
  await expect(page.getByTestId("risk-due-review").filter({ hasText: R07 })).toHaveCount(0);

  await page.goto("/p/derbyshire");
  const top = panel.getByTestId("top-risk").filter({ hasText: R07 });
  await expect(top).toContainText("20");
  await expect(top).toContainText("Extreme");
  await expect(top).toContainText("Rising");
  await expect(cell(page, 5, 4)).toHaveAttribute("data-count", String(cellBefore + 1));
  await expect(panel.getByTestId("risks-review-due")).toContainText(`${dueBefore - 1} due a review`);

  // The risk's history says who changed it, and why.
  await top.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(R07);
  const latest = page.getByTestId("risk-history-entry").first();
  await expect(latest).toContainText("Morgan Hale");
  await expect(latest).toContainText("changed from 9");
  await expect(latest).toContainText("recruitment has failed twice");
  await expectNoAxeViolations(page);
});

test("a heat map cell drills to the register filtered to that cell, from the dashboard and on the register", async ({ page }) => {
  await signIn(page, demoEmail("board", "derbyshire"));
  const dashboardCell = cell(page, 4, 4);
  const count = Number(await dashboardCell.getAttribute("data-count"));
  expect(count).toBeGreaterThan(0);
  await dashboardCell.click();
  await expect(page).toHaveURL(/\/p\/derbyshire\/risks\?l=4&i=4$/);
  await expect(page.getByTestId("risk-row")).toHaveCount(count);
  for (const row of await page.getByTestId("risk-row").all()) await expect(row).toContainText(/16\s*Extreme/);
  await expect(page.locator('[data-cell][aria-current="true"]')).toHaveAttribute("data-cell", "4-4");
  await expectNoAxeViolations(page);

  // On the register: the inherent heat map, and one of its cells.
  await page.getByRole("link", { name: "Show every cell of the heat map" }).click();
  await page.getByRole("navigation", { name: "Which score the heat map shows" }).getByRole("link", { name: /Inherent/ }).click();
  await expect(page).toHaveURL(/basis=inherent/);
  const inherent = page.locator('[data-cell="4-4"]');
  const inherentCount = Number(await inherent.getAttribute("data-count"));
  await inherent.click();
  await expect(page).toHaveURL(/l=4&i=4&basis=inherent/);
  await expect(page.getByTestId("risk-row")).toHaveCount(inherentCount);
  await expect(page.getByRole("heading", { name: /Heat map cell: likelihood 4 × impact 4 \(inherent score\)/ })).toBeVisible();
});

test("a board member reads the register and a risk, with no forms, and downloads the filtered register as CSV and XLSX", async ({ page }) => {
  await signIn(page, demoEmail("board", "derbyshire"));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Risks" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Risk register");
  await expect(page.getByTestId("register-provenance")).toContainText("Illustrative");
  await expect(page.getByRole("link", { name: "Add a risk" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByLabel("Escalated").selectOption("1");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/escalated=1/);
  const rows = page.getByTestId("risk-row");
  const escalated = await rows.count();
  expect(escalated).toBeGreaterThan(0);
  for (const row of await rows.all()) await expect(row.getByTestId("escalated-flag")).toBeVisible();

  const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV file of the filtered register" }).click()]);
  expect(csvDownload.suggestedFilename()).toMatch(/^derbyshire-risk-register-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = Papa.parse<string[]>((await readFile((await csvDownload.path())!, "utf8")).replace(/^\uFEFF/, ""), { skipEmptyLines: true, delimiter: "," }).data;
  expect(csv[0]![0]).toBe("Risk register — Derbyshire Local Area SEND Partnership");
  expect(csv[2]![0]).toBe("Filters: Open risks; Escalated to the board");
  const header = csv[3]!;
  expect(header.slice(0, 2)).toEqual(["Code", "Risk"]);
  expect(csv.slice(4)).toHaveLength(escalated);
  expect(csv.slice(4).every((r) => r[header.indexOf("Escalated to the board")] === "Yes")).toBe(true);
  expect(csv.slice(4).every((r) => r[header.indexOf("Provenance")]!.startsWith("Illustrative"))).toBe(true);

  const [xlsxDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Excel (XLSX) file of the filtered register" }).click()]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await xlsxDownload.path())!)) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getCell("A1").value).toBe("Risk register — Derbyshire Local Area SEND Partnership");
  expect(sheet.getRow(5).getCell(1).value).toBe("Code");
  const scoreColumn = (sheet.getRow(5).values as unknown[]).indexOf("Current score");
  const first = sheet.getRow(6);
  expect(first.getCell(1).value).toMatch(/^R\d{2}$/);
  expect(typeof first.getCell(scoreColumn).value).toBe("number");
  expect(sheet.getColumn(1).values.slice(6).filter(Boolean)).toHaveLength(escalated);

  await rows.first().getByRole("link").click();
  await expect(page.getByTestId("risk-provenance")).toContainText("Illustrative");
  // Its linked action lists it, and links back.
  const risk = page.url();
  const code = (await page.locator("main header p").first().textContent())!.replace("Risk ", "");
  await page.getByRole("region", { name: "The risk" }).getByRole("link", { name: /^\d\.\d/ }).first().click();
  await expect(page.getByTestId("linked-risk").filter({ hasText: code })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(risk);
  await expect(page.getByRole("button")).toHaveText(["Sign out"]);
  await expect(page.getByText(/Review this risk|Add a mitigation|Escalate R/)).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("a lead adds a risk, is told what to correct, then gives it a mitigation and escalates it", async ({ page }) => {
  await signIn(page, demoEmail("lead", "derby-city"));
  await page.goto("/p/derby-city/risks");
  await page.getByRole("link", { name: "Add a risk" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add a risk");
  await expectNoAxeViolations(page);
  await page.getByLabel("Risk", { exact: true }).fill("Tribunal appeals rise while plans are amended late");
  await page.getByLabel("Cause (optional)").fill("Annual review amendments take longer than the statutory timescale.");
  for (const [group, l, i] of [["Inherent score", "4", "4"], ["Current score", "3", "4"], ["Target score", "5", "5"]] as const) {
    const fieldset = page.getByRole("group", { name: group });
    await fieldset.getByLabel("Likelihood").selectOption(l);
    await fieldset.getByLabel("Impact").selectOption(i);
  }
  await page.getByLabel("Owner’s role (optional)").fill("Team Manager, SEND Team");
  await page.getByRole("button", { name: "Add risk" }).click();
  const target = page.getByRole("group", { name: "Target score" }).getByLabel("Likelihood");
  await expect(target).toHaveAccessibleDescription(/cannot be higher than the inherent/);
  await expect(page.getByLabel("Risk", { exact: true })).toHaveValue("Tribunal appeals rise while plans are amended late");
  await expectNoAxeViolations(page);

  await target.selectOption("2");
  await page.getByRole("group", { name: "Target score" }).getByLabel("Impact").selectOption("3");
  await page.getByRole("button", { name: "Add risk" }).click();
  await expect(page).toHaveURL(/\/p\/derby-city\/risks\/[^/]+\?saved=created$/);
  await expect(page.getByRole("status")).toContainText(/Risk R\d+ added to the register/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tribunal appeals rise while plans are amended late");

  await page.getByText("Add a mitigation").click();
  await page.getByLabel("What will be done").fill("Dedicated officer for annual review amendments");
  await page.getByLabel("Owner’s role (optional)").fill("Team Manager, SEND Team");
  await page.getByLabel("Due", { exact: true }).fill("2027-01-31");
  await page.getByRole("button", { name: "Add mitigation" }).click();
  await expect(page.getByTestId("mitigation").filter({ hasText: "Dedicated officer" })).toContainText("due 31 January 2027");

  await page.getByText(/^Escalate R\d+ to the board$/).click();
  await page.getByLabel("Why the board must see it, and what it is asked to do").fill("Needs the Board to agree extra capacity.");
  await page.getByRole("button", { name: "Escalate to the board" }).click();
  await expect(page.getByRole("status").filter({ hasText: "escalated to the board" })).toBeVisible();
  await expect(page.getByTestId("escalated-flag")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Edit the risk, its scores, owner and links" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Edit risk R\d+$/);
  await expectNoAxeViolations(page);
});

test("another partnership's risks are 404: pages, edit page and the register download", async ({ browser }) => {
  const derbyCity = await browser.newPage();
  await signIn(derbyCity, demoEmail("admin", "derby-city"));
  await derbyCity.goto("/p/derby-city/risks");
  const href = (await derbyCity.getByTestId("risk-row").first().getByRole("link").getAttribute("href"))!;
  const title = (await derbyCity.getByTestId("risk-row").first().getByRole("link").textContent())!.replace(/^R\d+ /, "");
  await derbyCity.close();

  const page = await browser.newPage();
  await signIn(page, demoEmail("admin", "derbyshire"));
  const riskId = href.split("/").pop();
  for (const path of ["/p/derby-city/risks", href, `${href}/edit`, `/p/derbyshire/risks/${riskId}`, `/p/derbyshire/risks/${riskId}/edit`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.locator("body")).not.toContainText(title);
  }
  const download = await page.request.get("/api/p/derby-city/exports/risks?format=csv");
  expect(download.status()).toBe(404);
  await page.close();
});
