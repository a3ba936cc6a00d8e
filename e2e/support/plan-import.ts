// The plan import's steps as an admin takes them, for e2e/plan-import.spec.ts
// and its no-JavaScript twin: every step is a plain form, so the same clicks
// work with JavaScript on or off.
import path from "node:path";
import { expect, type Page } from "@playwright/test";

/**
 * A Hull-style plan as Excel on Windows saves it as CSV: Windows-1252,
 * semicolons, CRLF, a title row above the headers, a heading row, merged-cell
 * blanks, "Feb-23", "May- 23", "TBC", a doubled date and status, a tag typo
 * ("AF15"), a wrapped row (row 6), a status no synonym knows ("Progressing
 * well") and a status column headed "RAGP", which the suggestions leave to
 * ignore. 10 actions in 3 strategic priorities.
 */
export const HULL_CSV = path.resolve(import.meta.dirname, "..", "fixtures", "hull-style-plan.csv");

export const FILE_LABEL = "Spreadsheet (CSV or Excel .xlsx)";

/** Uploads a file on the import page and waits for its preview page. */
export async function uploadPlan(page: Page, slug: string, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.goto(`/p/${slug}/plan/import`);
  await page.getByLabel(FILE_LABEL).setInputFiles(file);
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check and import the plan" })).toBeVisible();
  expect(new URL(page.url()).pathname).toMatch(new RegExp(`^/p/${slug}/plan/import/[^/]+$`));
}

/** The preview's counts line. */
export const counts = (page: Page) => page.getByTestId("import-counts");

/** A preview row, by the spreadsheet row it starts at. */
export const previewRow = (page: Page, row: number) => page.locator(`#row-${row}`);

/** Changes what a column holds and updates the preview (a GET form: the choice lands in the address). */
export async function mapColumn(page: Page, column: string, field: string) {
  await page.getByLabel(column).selectOption({ label: field });
  await page.getByRole("button", { name: "Update the preview" }).click();
  await expect(page.getByLabel(column)).toHaveValue(/\w/);
}

/** Says what a status word means and updates the preview. */
export async function chooseStatusWord(page: Page, word: string, status: string) {
  await page.getByLabel(word).selectOption({ label: status });
  await page.getByRole("button", { name: "Update the preview" }).click();
}

/** The Hull file's preview once its status column is mapped and its own word chosen: what every reading shows. */
export async function expectHullPreview(page: Page) {
  await expect(counts(page)).toHaveText("10 new, 0 updated, 0 unchanged; 0 errors, 4 warnings, 16 notes");
  await expect(page.getByTestId("import-headings")).toContainText("Row 3: Strategic priority 1: Leadership, governance and co-production");
  // The wrapped row joined its action; the TBC due date is "To be confirmed"; the doubled start date is read once.
  const joined = previewRow(page, 5);
  await expect(joined).toContainText("Rows 5, 6");
  await expect(joined).toContainText("and agree its terms of reference");
  await expect(joined).toContainText("To be confirmed");
  await expect(joined).toContainText("1 March 2023");
  await expect(joined).toContainText("On track");
  // Merged-cell blanks are said (as notes), and the tag typo is reported, in words.
  await expect(joined).toContainText("Note: Row 5: lead same as row 4 above.");
  await expect(previewRow(page, 7)).toContainText("did you mean AFI5?");
  // "Feb-23" and "May- 23" are months; a lead who is not a member is kept to invite.
  await expect(previewRow(page, 4)).toContainText("1 February 2023");
  await expect(previewRow(page, 4)).toContainText("Complete (embedded, sustained)");
  await expect(previewRow(page, 8)).toContainText("1 May 2023");
  await expect(previewRow(page, 8)).toContainText("Early Years Lead (to invite)");
}
