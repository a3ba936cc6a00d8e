// The highlight report forms work without JavaScript: a plain POST saves a
// draft, refuses an incomplete submission with the messages next to the
// fields, submits, and the board's answer is recorded — each answered
// promptly with the server back at rest. Runs in the "no-javascript" project,
// after the others. Uses November 2026 (the month still running), which no
// other spec writes.
import { demoEmail, expect, test } from "./fixtures";
import { expectServerAtRest, withoutJavaScript } from "./support/no-javascript";

test.describe.configure({ mode: "serial" });

const REPORT = "/p/derbyshire/reports/PIA1/2026-11";

test("a lead saves, is refused, and submits a highlight report without JavaScript; the board returns it", async ({ browser }) => {
  const { context, page } = await withoutJavaScript(browser, demoEmail("lead", "derbyshire"));
  await page.goto(`${REPORT}/edit`);
  await page.getByRole("textbox", { name: "Summary" }).fill("Posted without JavaScript: November so far.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Summary" })).toHaveValue("Posted without JavaScript: November so far.");

  // Submitting without the status and the impact: refused, messages next to the fields, what was typed kept.
  await page.getByRole("button", { name: "Submit to the board" }).click();
  await expect(page.getByRole("textbox", { name: "Impact on children, young people and families" })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("combobox", { name: "Overall status for the month" })).toHaveAccessibleDescription(/Choose the area’s overall status/);
  await expect(page.getByRole("textbox", { name: "Summary" })).toHaveValue("Posted without JavaScript: November so far.");
  await expectServerAtRest(page);

  await page.getByRole("combobox", { name: "Overall status for the month" }).selectOption({ label: "Amber" });
  await page.getByRole("textbox", { name: "Why your status differs from the suggested one" }).fill("Posted without JavaScript: the dates behind the roll-up are being re-planned.");
  await page.getByRole("textbox", { name: "Impact on children, young people and families" }).fill("Posted without JavaScript: families heard back within a week.");
  await page.getByRole("button", { name: "Submit to the board" }).click();
  await expect(page).toHaveURL(`${REPORT}?submitted=1`);
  await expect(page.getByRole("article")).toContainText("Posted without JavaScript: families heard back within a week.");
  await context.close();
  await expectServerAtRest(page);

  const board = await withoutJavaScript(browser, demoEmail("board", "derbyshire"));
  await board.page.goto(REPORT);
  await board.page.getByLabel("Return it to the lead").check();
  await board.page.getByRole("button", { name: "Record the board’s answer" }).click();
  await expect(board.page.getByLabel("Comment")).toHaveAttribute("aria-invalid", "true");
  await board.page.getByLabel("Return it to the lead").check();
  await board.page.getByLabel("Comment").fill("Posted without JavaScript: add the evidence.");
  await board.page.getByRole("button", { name: "Record the board’s answer" }).click();
  await expect(board.page).toHaveURL(`${REPORT}?returned=1`);
  await expect(board.page.getByRole("region", { name: /Returned by the board/ })).toContainText("Posted without JavaScript: add the evidence.");
  await board.context.close();
  await expectServerAtRest(board.page);
});
