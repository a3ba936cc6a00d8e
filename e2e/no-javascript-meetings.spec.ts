// The meeting forms work without JavaScript: a plain POST saves, answers with
// the meeting page showing the result (a folded form unfolds with its
// message), refuses bad input beside the field, and leaves the server at rest.
import type { Page } from "@playwright/test";
import { demoEmail, expect, test } from "./fixtures";
import { expectServerAtRest, withoutJavaScript } from "./support/no-javascript";

test.describe.configure({ mode: "serial" });

const formWith = (page: Page, button: string) => page.locator("form", { has: page.getByRole("button", { name: button, exact: true }) });

test("a meeting is scheduled, held, minuted and closed without JavaScript", async ({ browser }) => {
  const { context, page } = await withoutJavaScript(browser, demoEmail("board", "derby-city"));
  await page.goto("/p/derby-city/meetings");
  await page.getByText("New meeting", { exact: true }).click();
  await formWith(page, "Create the meeting").getByLabel("Title").fill("Posted without JavaScript");
  await formWith(page, "Create the meeting").getByLabel("Date").fill("2026-11-20");
  await page.getByRole("button", { name: "Create the meeting" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Posted without JavaScript" })).toBeVisible();

  // A refusal: the message beside the field, nothing saved.
  await page.getByText("Add someone", { exact: true }).click();
  await formWith(page, "Add to the attendance").getByRole("button", { name: "Add to the attendance" }).click();
  await expect(formWith(page, "Add to the attendance").getByLabel("Name")).toHaveAccessibleDescription(/Enter the attendee's name/);
  const add = formWith(page, "Add to the attendance");
  await add.getByLabel("Name").fill("Priya Raman");
  await add.getByLabel("Role").fill("NHS England Advisor");
  await add.getByLabel("Adviser (DfE / NHS England, not a member)").check();
  await add.getByRole("button", { name: "Add to the attendance" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Priya Raman added to the attendance." })).toBeVisible();

  await page.getByRole("button", { name: "Issue the agenda (open the meeting)" }).click();
  await expect(page.getByText("The meeting is now open (agenda issued).")).toBeVisible();
  await page.getByRole("button", { name: "Start the meeting" }).click();
  await expect(page.getByText("The meeting is now in progress.")).toBeVisible();

  await page.getByText("Mark attendance", { exact: true }).click();
  await formWith(page, "Save attendance")
    .getByRole("group", { name: /Priya Raman/ })
    .getByLabel("Apologies")
    .check();
  await page.getByRole("button", { name: "Save attendance" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Attendance saved." })).toBeVisible();
  await expect(page.getByRole("region", { name: "Attendance" }).getByRole("heading", { name: "Apologies" })).toBeVisible();

  const first = page.getByTestId("agenda-item").first();
  await first.getByText("Record an outcome").click();
  await first.getByLabel("Noted", { exact: true }).check();
  await first.getByLabel("What was noted, decided or agreed").fill("Apologies noted, posted without JavaScript.");
  await first.getByRole("button", { name: "Record outcome" }).click();
  await expect(page.getByTestId("agenda-item").first().locator("[data-outcome-kind=INFORMATION]")).toContainText("posted without JavaScript");

  await page.getByText("Raise a new entry").click();
  const raise = formWith(page, "Add to the log");
  await raise.getByLabel("What is to be done").fill("No-JavaScript entry: confirm the adviser's next visit");
  await raise.getByLabel("Owner's name").fill("Avery Lund");
  await raise.getByRole("button", { name: "Add to the log" }).click();
  await expect(page.getByRole("status").filter({ hasText: /added to the action and impact log/ })).toBeVisible();
  const entry = page.getByTestId("log-entry").filter({ hasText: "No-JavaScript entry" });
  await entry.getByText("Record the update").click();
  await entry.getByLabel("Done").check();
  await entry.getByLabel("Update", { exact: true }).fill("Visit confirmed.");
  await entry.getByRole("button", { name: "Save update" }).click();
  await expect(page.getByTestId("log-entry").filter({ hasText: "No-JavaScript entry" })).toContainText("Update at this meeting: Visit confirmed.");

  await page.getByText("Write the minutes").click();
  await formWith(page, "Save draft minutes").getByLabel("Minutes", { exact: true }).fill("Minuted without JavaScript.");
  await page.getByRole("button", { name: "Save draft minutes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft minutes saved" })).toBeVisible();
  await page.getByRole("button", { name: "Close the meeting" }).click();
  await expect(page.getByText("The meeting is now closed.")).toBeVisible();

  // Re-opening asks why; without a reason it is refused beside the field.
  await page.getByText("Re-open the meeting", { exact: true }).first().click();
  await formWith(page, "Re-open the meeting").getByRole("button", { name: "Re-open the meeting" }).click();
  await expect(formWith(page, "Re-open the meeting").getByLabel("Why re-open it? (logged)")).toHaveAccessibleDescription(/Say why the meeting is re-opened/);
  await context.close();
  await expectServerAtRest(page);
});
