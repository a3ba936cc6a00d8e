// Registers download as CSV and XLSX that open: read back here as a
// spreadsheet program would read them.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { demoEmail, expect, signIn, test } from "./fixtures";

test("a board member downloads the change requests as CSV and as XLSX, and both open", async ({ page }) => {
  await signIn(page, demoEmail("board", "derbyshire"));
  await page.goto("/p/derbyshire/changes");

  const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV file of all change requests" }).click()]);
  expect(csvDownload.suggestedFilename()).toMatch(/^derbyshire-change-requests-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await readFile((await csvDownload.path())!, "utf8")).replace(/^\uFEFF/, "");
  const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
  expect(rows[0]![0]).toBe("Change requests — Derbyshire Local Area SEND Partnership");
  const header = rows[3]!;
  expect(header.slice(0, 4)).toEqual(["Action", "Action title", "Milestone", "State"]);
  const approved = rows.find((r) => r[0] === "1.2a");
  expect(approved?.[header.indexOf("Proposed due date")]).toBe("31 December 2025");

  const [xlsxDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Excel (XLSX) file of all change requests" }).click()]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await xlsxDownload.path())!)) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getCell("A1").value).toBe("Change requests — Derbyshire Local Area SEND Partnership");
  expect(sheet.getRow(5).getCell(1).value).toBe("Action");
  const codes = sheet.getColumn(1).values.slice(6);
  expect(codes).toContain("1.2a");
});

test("another partnership's register is 404, and so is a register that does not exist", async ({ page }) => {
  await signIn(page, demoEmail("admin", "derby-city"));
  for (const path of ["/api/p/derbyshire/exports/change-requests?format=csv", "/api/p/derby-city/exports/no-such-register?format=csv", "/api/p/derby-city/exports/__proto__"]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text()).not.toContain("Derbyshire");
  }
  const own = await page.request.get("/api/p/derby-city/exports/change-requests?format=csv");
  expect(own.status()).toBe(200);
  expect(own.headers()["content-disposition"]).toMatch(/attachment; filename="derby-city-change-requests-/);
});
