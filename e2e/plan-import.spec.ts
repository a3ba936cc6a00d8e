// A partnership brings its plan in from a spreadsheet (issue 20, "Done
// means"): a new partnership's admin uploads the Derbyshire plan's own Excel
// download and everything maps by itself; another uploads a messy Hull-style
// CSV, fixes a column the suggestions left out and says what an unknown status
// word means, confirms, and reads the plan and the dashboard; the same file
// again changes nothing. Each in a partnership of the spec's own making.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { demoEmail, expect, expectNoAxeViolations, signIn, test } from "./fixtures";
import { specPartnership } from "./support/operators";
import { chooseStatusWord, counts, expectHullPreview, FILE_LABEL, HULL_CSV, mapColumn, previewRow, uploadPlan } from "./support/plan-import";

const RAGP = "Column J, RAGP, holds";

test("the Derbyshire plan's Excel download imports into a new partnership as it is", async ({ browser }) => {
  test.setTimeout(180_000);
  // The Derbyshire admin downloads the plan as Excel, from the plan page.
  const derbyshire = await (await browser.newContext()).newPage();
  await signIn(derbyshire, demoEmail("admin", "derbyshire"));
  await derbyshire.goto("/p/derbyshire/plan");
  const [download] = await Promise.all([derbyshire.waitForEvent("download"), derbyshire.getByRole("link", { name: "Excel (XLSX) file of the plan" }).click()]);
  const xlsx = {
    name: download.suggestedFilename(),
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await readFile((await download.path())!),
  };
  expect(xlsx.name).toMatch(/\.xlsx$/);

  // A new partnership's admin finds the import from the plan editor and uploads it.
  const { slug, adminEmail } = await specPartnership("import");
  const page = await (await browser.newContext()).newPage();
  await signIn(page, adminEmail);
  await page.goto(`/p/${slug}/plan/manage`);
  await page.getByRole("link", { name: "Import from a spreadsheet" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import a plan from a spreadsheet" })).toBeVisible();
  await uploadPlan(page, slug, xlsx);
  await expect(page.getByTestId("import-file")).toContainText(xlsx.name);

  // Every column and status maps by itself: no problem to fix, 41 new actions.
  await expect(page.getByTestId("import-error-summary")).toHaveCount(0);
  await expect(counts(page)).toHaveText(/^41 new, 0 updated, 0 unchanged; 0 errors, \d+ warnings?, \d+ notes?$/);
  await expect(page.getByLabel("Column D, Action, holds")).toHaveValue("action");
  await page.getByRole("button", { name: "Import 41 actions" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Plan imported" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText(
    new RegExp(`Imported ${xlsx.name.replace(/\./g, "\\.")} on .*: 7 priority areas, \\d+ outcomes, 41 actions \\(41 new\\), \\d+ milestones`),
  );

  // The plan has Derbyshire's areas and codes; so has the dashboard.
  await page.getByRole("link", { name: "Read the plan" }).click();
  await expect(page.getByTestId("plan-area")).toHaveCount(7);
  await page.goto(`/p/${slug}/plan?open=all`);
  await expect(page.getByTestId("plan-action")).toHaveCount(41);
  await expect(page.getByTestId("plan-action").filter({ has: page.getByRole("rowheader", { name: "1.1a" }) })).toContainText("Ensure clear governance for SEND improvement");
  await page.goto(`/p/${slug}`);
  await expect(page.getByRole("main")).toContainText("PIA1");
  await expect(page.getByRole("main")).toContainText("PIA2");
});

test("a messy Hull-style CSV: a column and a status word fixed in the preview, imported, read back; the same file again changes nothing", async ({ browser }) => {
  test.setTimeout(180_000);
  const { slug, adminEmail } = await specPartnership("hull");
  const page = await (await browser.newContext()).newPage();
  await signIn(page, adminEmail);
  await page.goto(`/p/${slug}/plan/import`);
  await expectNoAxeViolations(page);
  await uploadPlan(page, slug, HULL_CSV);

  // The status column ("RAGP") was left to ignore: every row says it has no status until it is mapped.
  await expect(page.getByLabel(RAGP)).toHaveValue("ignore");
  await expect(previewRow(page, 4)).toContainText("No update yet");
  await mapColumn(page, RAGP, "Status");
  expect(new URL(page.url()).searchParams.get("col9")).toBe("status");
  // "Progressing well" is no word the import knows: the row says so until it is chosen.
  await expect(previewRow(page, 5)).toContainText("Status “Progressing well” is not one this partnership uses");
  if (process.env.PLAN_IMPORT_SHOT) await page.screenshot({ path: process.env.PLAN_IMPORT_SHOT, fullPage: true });
  await chooseStatusWord(page, "“Progressing well” (1 row)", "On track");
  await expectHullPreview(page);
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Import 10 actions" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Plan imported" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText(/Imported hull-style-plan\.csv on .*: 3 priority areas, \d+ outcomes, 10 actions \(10 new\), \d+ milestones/);
  await expect(page.getByTestId("leads-to-invite")).toContainText("Director of Children’s Services");
  await expectNoAxeViolations(page);

  // The plan: three strategic priorities, ten actions; the TBC one is to be confirmed, never late.
  await page.goto(`/p/${slug}/plan?open=all`);
  await expect(page.getByTestId("plan-area")).toHaveCount(3);
  await expect(page.getByTestId("plan-action")).toHaveCount(10);
  const tbc = page.getByTestId("plan-action").filter({ hasText: "Set up a co-production group with the parent carer forum" });
  await expect(tbc).toContainText(/to be confirmed/i);
  await page.goto(`/p/${slug}`);
  for (const code of ["SP1", "SP2", "SP3"]) await expect(page.getByRole("main")).toContainText(code);

  // The same file again: the mapping and the status word are remembered, and nothing changes.
  await uploadPlan(page, slug, HULL_CSV);
  await expect(page.getByLabel(RAGP)).toHaveValue("status");
  await expect(page.getByLabel("“Progressing well” (1 row)")).toHaveValue("ON_TRACK");
  await expect(counts(page)).toHaveText(/^0 new, 0 updated, 10 unchanged; 0 errors, \d+ warnings?, \d+ notes?$/);
  await expect(page.getByText("10 unchanged rows")).toBeVisible();
  await page.getByRole("button", { name: "Import (nothing changes)" }).click();
  await expect(page.getByRole("status")).toContainText("10 actions (10 unchanged)");
  await page.goto(`/p/${slug}/plan?open=all`);
  await expect(page.getByTestId("plan-action")).toHaveCount(10);
});

test("a refused file is one sentence beside the field, and nothing is kept; only the programme office may import", async ({ browser }) => {
  const { slug, adminEmail } = await specPartnership("refuse");
  const page = await (await browser.newContext()).newPage();
  await signIn(page, adminEmail);
  await page.goto(`/p/${slug}/plan/import`);
  await page
    .getByLabel(FILE_LABEL)
    .setInputFiles({ name: "plan.xlsm", mimeType: "application/vnd.ms-excel.sheet.macroEnabled.12", buffer: Buffer.from("PK\u0003\u0004 not really") });
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByLabel(FILE_LABEL)).toHaveAccessibleDescription(/Macro-enabled workbooks \(\.xlsm\) are not accepted/);
  await expect(page).toHaveURL(new RegExp(`/p/${slug}/plan/import$`));
  await page.reload();
  await expect(page.getByText("No spreadsheets uploaded yet.")).toBeVisible();
  await expect(page.getByTestId("plan-upload")).toHaveCount(0);

  // A priority lead is shown no link, and the page is not there for them.
  const lead = await (await browser.newContext()).newPage();
  await signIn(lead, demoEmail("lead", "derbyshire"));
  await lead.goto("/p/derbyshire/plan/manage");
  await expect(lead.getByRole("heading", { level: 1, name: "Edit the plan" })).toBeVisible();
  await expect(lead.getByRole("link", { name: "Import from a spreadsheet" })).toHaveCount(0);
  expect((await lead.goto("/p/derbyshire/plan/import"))?.status()).toBe(404);
});

test("errors stop the import: a mapping problem beside its column, a row's error linked from the summary, the button disabled and saying why", async ({ browser }) => {
  const { slug, adminEmail } = await specPartnership("errors");
  const page = await (await browser.newContext()).newPage();
  await signIn(page, adminEmail);
  const csv = [
    "Priority area,Action,Lead,Start date,Due date",
    "PIA1 Leadership,Write the SEND strategy,Head of SEND,01/09/2025,31/03/2026",
    "PIA1 Leadership,Publish the local offer,Head of SEND,01/06/2026,31/01/2026",
  ].join("\r\n");
  await uploadPlan(page, slug, { name: "errors.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });

  // The second row starts after it is due: an error, listed at the top and linked to its row.
  const summary = page.getByTestId("import-error-summary");
  await expect(summary.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await summary.getByRole("link", { name: /^Row 3: the start \(1 June 2026\) is after the due date \(31 January 2026\)/ }).click();
  await expect(page).toHaveURL(/#row-3$/);
  await expect(previewRow(page, 3)).toContainText("Error: The start (1 June 2026) is after the due date (31 January 2026).");
  const button = page.getByRole("button", { name: "Import 2 actions" });
  await expect(button).toBeDisabled();
  await expect(button).toHaveAccessibleDescription(/Fix the errors above to import/);

  // Two columns for the actions: said beside the column and at the top, and no preview until fixed.
  await mapColumn(page, "Column C, Lead, holds", "Action");
  await expect(summary.getByRole("link", { name: "Only one column can be “Action”." }).first()).toBeVisible();
  await expect(page.getByLabel("Column C, Lead, holds")).toHaveAccessibleDescription(/Only one column can be “Action”\./);
  await expect(page.getByText("Fix the columns’ choices above to see the preview.")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
});

test("a workbook's sheet is chosen first; a second confirmation of one upload is refused at the top of the form", async ({ browser }) => {
  const { slug, adminEmail } = await specPartnership("sheets");
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, adminEmail);
  // A cover sheet first, as many workbooks have; the plan is on the second.
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Cover").addRows([["Local area SEND improvement plan"], ["Owner: programme office"], ["Version 3"]]);
  workbook.addWorksheet("Plan").addRows([
    ["Priority area", "Desired outcome", "Action", "Lead", "Due date"],
    ["PIA1 Leadership", "Leaders know their area", "Agree the SEND strategy", "Head of SEND", new Date(Date.UTC(2026, 2, 31))],
  ]);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  await uploadPlan(page, slug, { name: "two-sheets.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer });
  await expect(page.getByRole("heading", { level: 2, name: "1. Sheet" })).toBeVisible();
  await page.getByLabel("Sheet that holds the plan").selectOption("Plan");
  await page.getByRole("button", { name: "Use this sheet" }).click();
  expect(new URL(page.url()).searchParams.get("sheet")).toBe("Plan");
  await expect(counts(page)).toHaveText(/^1 new, 0 updated, 0 unchanged; 0 errors/);
  await expect(previewRow(page, 2)).toContainText("31 March 2026");

  // The same preview open twice: the first confirmation imports, the second is refused with the reason.
  const again = await context.newPage();
  await again.goto(page.url());
  await page.getByRole("button", { name: "Import 1 action" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Plan imported" })).toBeVisible();
  await again.getByRole("button", { name: "Import 1 action" }).click();
  await expect(again.locator("#confirm-import-message").getByRole("alert")).toContainText(/This file was imported on .*: upload it again to import it again\./);
});
