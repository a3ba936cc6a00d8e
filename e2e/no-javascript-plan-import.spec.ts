// The plan import without JavaScript: the upload and the confirmation are
// plain POSTs, the sheet, columns and status words plain GET forms. The messy
// Hull-style CSV is uploaded, its status column mapped and its own status
// word chosen, confirmed and read back, and the server goes back to rest
// after each post. In a partnership of the spec's own making.
import { expect, test } from "./fixtures";
import { expectServerAtRest, withoutJavaScript } from "./support/no-javascript";
import { specPartnership } from "./support/operators";
import { chooseStatusWord, expectHullPreview, FILE_LABEL, HULL_CSV, mapColumn, uploadPlan } from "./support/plan-import";

test("a Hull-style CSV is mapped, previewed and imported without JavaScript", async ({ browser }) => {
  test.setTimeout(180_000);
  const { slug, adminEmail } = await specPartnership("nojs-import");
  const { context, page } = await withoutJavaScript(browser, adminEmail);

  // A refused file: the sentence beside the field, from the page the POST answers with.
  await page.goto(`/p/${slug}/plan/import`);
  await page.getByLabel(FILE_LABEL).setInputFiles({ name: "empty.csv", mimeType: "text/csv", buffer: Buffer.from("") });
  await page.getByRole("button", { name: "Upload and preview" }).click();
  await expect(page.getByLabel(FILE_LABEL)).toHaveAccessibleDescription(/Choose a CSV or Excel \(\.xlsx\) file to upload\.|The file is empty\./);
  await expectServerAtRest(page);

  await uploadPlan(page, slug, HULL_CSV);
  await expectServerAtRest(page);
  await mapColumn(page, "Column J, RAGP, holds", "Status");
  await chooseStatusWord(page, "“Progressing well” (1 row)", "On track");
  await expectHullPreview(page);

  await page.getByRole("button", { name: "Import 10 actions" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Plan imported" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText(/Imported hull-style-plan\.csv on .*: 3 priority areas, \d+ outcomes, 10 actions \(10 new\), \d+ milestones/);
  await expectServerAtRest(page);

  await page.getByRole("link", { name: "Read the plan" }).click();
  await expect(page.getByTestId("plan-area")).toHaveCount(3);
  await page.goto(`/p/${slug}/plan?open=all`);
  await expect(page.getByTestId("plan-action")).toHaveCount(10);
  await context.close();
});
