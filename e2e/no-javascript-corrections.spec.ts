// Corrections and input limits work without JavaScript too (issues 10 and 14):
// a KPI value corrected and removed with a reason, a mistyped due date put
// right, and a 2 MB commentary refused next to its field with the text kept.
// Runs in the "no-javascript" project, after the others.
import { demoEmail, expect, test } from "./fixtures";
import { actionPage, expectServerAtRest, withoutJavaScript } from "./support/no-javascript";

test.describe.configure({ mode: "serial" });

test("a KPI value is corrected, then removed, each with a reason kept in the KPI's corrections", async ({ browser }) => {
  const { context, page } = await withoutJavaScript(browser, demoEmail("admin", "derby-city"));
  await page.goto("/p/derby-city/kpis");
  await page.getByRole("row").filter({ hasText: "K19" }).getByRole("link").first().click();
  const latest = page.getByTestId("kpi-value-row").first();
  const month = (await latest.getByRole("rowheader").textContent())!.trim();
  await latest.getByText("Correct or remove").click();
  await latest.getByLabel("Corrected value").fill("700");
  await latest.getByLabel("Reason").fill("The EHE register was double counting two families (posted without JavaScript).");
  await latest.getByRole("button", { name: "Save correction" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Value for ${month} corrected to 700` })).toBeVisible();
  await expect(page.getByTestId("kpi-value-row").first()).toContainText("700");
  await expect(page.getByTestId("kpi-correction").first()).toContainText("corrected to 700");

  const row = page.getByTestId("kpi-value-row").first();
  await row.getByText("Correct or remove").click();
  await row.getByLabel("Remove it").check();
  await row.getByRole("button", { name: "Save correction" }).click();
  // A removal without a reason is refused next to the field.
  await expect(row.getByLabel("Reason")).toHaveAccessibleDescription(/Say why/);
  await row.getByLabel("Reason").fill("Entered against the wrong month.");
  await row.getByRole("button", { name: "Save correction" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Value for ${month} removed` })).toBeVisible();
  await expect(page.getByTestId("kpi-correction").first()).toContainText("700 removed");
  await expect(page.getByTestId("kpi-value-row").first().getByRole("rowheader")).not.toHaveText(month);
  await context.close();
  await expectServerAtRest(page);
});

test("an admin corrects a mistyped due date; the history shows it as a correction, not a change request", async ({ browser }) => {
  const { context, page } = await withoutJavaScript(browser, demoEmail("admin", "derby-city"));
  await page.goto(await actionPage(page, "derby-city", "2.2b"));
  await page.getByText("Correct a mistyped due date").click();
  await page.getByLabel("Correct due date").fill("2200-01-29");
  await page.getByLabel("What was wrong").fill("Typed 2200 for 2027.");
  await page.getByRole("button", { name: "Correct the due date" }).click();
  await expect(page.getByLabel("Correct due date")).toHaveAccessibleDescription(/between 2000 and 2100/);
  await page.getByLabel("Correct due date").fill("2027-02-26");
  await page.getByRole("button", { name: "Correct the due date" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Due date corrected" })).toBeVisible();
  await page.reload();
  const history = page.getByRole("region", { name: "History" });
  await expect(history.getByTestId("history-entry").first()).toContainText("Due date corrected by Avery Lund");
  await expect(history.getByTestId("history-entry").first()).toContainText("corrected to 26 February 2027 (a correction of a mistyped date, not a change request)");
  await expect(history.getByTestId("history-entry").first()).toContainText("Reason: Typed 2200 for 2027.");
  await expect(page.getByRole("region", { name: "Status and due date" })).toContainText("26 February 2027");
  await context.close();
  await expectServerAtRest(page);
});

test("a 2 MB commentary posted without JavaScript is refused next to the field, with the text kept and nothing saved", async ({ browser }) => {
  const { context, page } = await withoutJavaScript(browser, demoEmail("admin", "derby-city"));
  await page.goto(await actionPage(page, "derby-city", "2.2d"));
  const history = page.getByRole("region", { name: "History" }).getByTestId("history-entry");
  const before = await history.count();
  const text = "The panel met. ".repeat(140_000);
  await page.getByLabel("Commentary").fill(text);
  await page.getByRole("button", { name: "Save update" }).click();
  await expect(page.getByLabel("Commentary")).toHaveAccessibleDescription(/Keep the commentary under 4,000 characters/);
  expect((await page.getByLabel("Commentary").inputValue()).length).toBe(text.length);
  await expect(history).toHaveCount(before);
  await context.close();
  await expectServerAtRest(page);
});
