// Monthly highlight reports: a priority lead writes and submits one, the
// chair returns it with a comment, the lead resubmits, the chair notes it,
// and its PDF downloads tagged. The seeded (illustrative) reports leave
// Derbyshire's October 2026 reports for PIA1 and PIA6 not started and PIA5 a
// draft; this spec writes PIA1's, and leaves PIA5 and PIA6 as they are.
import { execFileSync } from "node:child_process";
import type { Browser, Page } from "@playwright/test";
import { demoEmail, expect, expectNoAxeViolations, signIn, test } from "./fixtures";

const REPORT = "/p/derbyshire/reports/PIA1/2026-10";

/** A signed-in page in a context of its own (axe needs one); close it with page.context().close(). */
async function as(browser: Browser, role: "lead" | "board" | "viewer" | "admin" | "contributor"): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, demoEmail(role, "derbyshire"));
  return page;
}

test("a lead writes and submits; the chair returns it; the lead resubmits; the chair notes it; the PDF is tagged", async ({ browser }, testInfo) => {
  const lead = await as(browser, "lead");
  await lead.goto("/p/derbyshire/my");
  await expect(lead.getByRole("heading", { name: "Highlight reports owed for October 2026" })).toBeVisible();
  await lead.getByRole("link", { name: "Write the PIA1 report for October 2026" }).click();
  await expect(lead.getByRole("heading", { level: 1 })).toHaveText("Write the PIA1 highlight report, October 2026");
  await expectNoAxeViolations(lead);

  // Submitting an empty report: each required answer says so next to its field, and nothing is saved.
  await lead.getByRole("button", { name: "Submit to the board" }).click();
  await expect(lead.getByRole("combobox", { name: "Overall status for the month" })).toHaveAccessibleDescription(/Choose the area’s overall status/);
  await expect(lead.getByRole("textbox", { name: "Impact on children, young people and families" })).toHaveAccessibleDescription(/Improvement Notice §5d/);
  await expectNoAxeViolations(lead);

  await lead.getByRole("combobox", { name: "Overall status for the month" }).selectOption({ label: "Amber" });
  await lead.getByRole("textbox", { name: "Why your status differs from the suggested one" }).fill("The roll-up counts 2025 dates; the strategy timetable agreed in July is holding.");
  await lead.getByRole("textbox", { name: "Summary" }).fill("October: the SEND Strategy final draft went to partners.");
  await lead.getByRole("textbox", { name: "Impact on children, young people and families" }).fill("Parent carers saw their words in the draft strategy.");
  await lead.getByRole("textbox", { name: "Decisions needed from the board" }).fill("Agree the date of the extraordinary meeting.");
  await lead.getByRole("button", { name: "Save draft" }).click();
  await expect(lead.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  await lead.getByRole("button", { name: "Submit to the board" }).click();
  await expect(lead).toHaveURL(`${REPORT}?submitted=1`);
  await expect(lead.getByRole("status").filter({ hasText: "Submitted to the board as version 1" })).toBeVisible();
  await expect(lead.locator("[data-report-state]").first()).toHaveText(/Submitted, awaiting the board/);
  await expect(lead.getByRole("article")).toContainText("October: the SEND Strategy final draft went to partners.");
  await expectNoAxeViolations(lead);

  // The chair returns it: a return needs a comment.
  const chair = await as(browser, "board");
  await chair.goto(REPORT);
  await chair.getByLabel("Return it to the lead").check();
  await chair.getByRole("button", { name: "Record the board’s answer" }).click();
  await expect(chair.getByLabel("Comment")).toHaveAccessibleDescription(/Say what the lead should change/);
  await chair.getByLabel("Comment").fill("Please add the forum's survey results as evidence of impact.");
  await chair.getByRole("button", { name: "Record the board’s answer" }).click();
  await expect(chair).toHaveURL(`${REPORT}?returned=1`);
  await expect(chair.getByRole("status").filter({ hasText: "Report returned to the lead" })).toBeVisible();
  await expect(chair.getByRole("region", { name: /Returned by the board/ })).toContainText("Please add the forum's survey results");

  // The lead revises and resubmits: version 2; version 1 is kept with its outcome.
  await lead.goto(REPORT);
  await lead.getByRole("link", { name: "Revise and resubmit" }).first().click();
  await expect(lead.getByRole("region", { name: /Returned by the board/ })).toContainText("Please add the forum's survey results");
  await expect(lead.getByRole("textbox", { name: "Summary" })).toHaveValue("October: the SEND Strategy final draft went to partners.");
  await lead.getByRole("textbox", { name: "Impact on children, young people and families" }).fill("Parent carers saw their words in the draft strategy; in the forum's survey 62% said they felt listened to.");
  await lead.getByRole("button", { name: "Submit to the board" }).click();
  await expect(lead).toHaveURL(`${REPORT}?submitted=2`);

  await chair.goto(REPORT);
  await expect(chair.getByRole("article")).toContainText("62% said they felt listened to");
  await chair.getByLabel("Note the report").check();
  await chair.getByRole("button", { name: "Record the board’s answer" }).click();
  await expect(chair).toHaveURL(`${REPORT}?noted=1`);
  await expect(chair.locator("[data-report-state]").first()).toHaveText(/Noted by the board/);
  const versions = chair.getByTestId("report-version");
  await expect(versions).toHaveCount(2);
  await expect(versions.nth(1)).toContainText("Returned");
  await expect(versions.nth(1)).toContainText("Please add the forum's survey results");
  await expectNoAxeViolations(chair);

  // Version 1 still reads as it was sent.
  await chair.getByRole("link", { name: "Version 1" }).click();
  await expect(chair.getByText("You are reading version 1; version 2 is the latest.")).toBeVisible();
  await expect(chair.getByRole("article")).not.toContainText("62% said they felt listened to");

  // The PDF of the noted version: tagged, with the running header.
  await chair.goto(REPORT);
  const [download] = await Promise.all([chair.waitForEvent("download"), chair.getByRole("link", { name: /Download PDF/ }).click()]);
  expect(download.suggestedFilename()).toBe("derbyshire-PIA1-highlight-report-2026-10-v2.pdf");
  const file = testInfo.outputPath("PIA1-2026-10-v2.pdf");
  await download.saveAs(file);
  expect(execFileSync("pdfinfo", [file], { encoding: "utf8" })).toMatch(/^Tagged:\s+yes$/m);
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  expect(text).toContain("PIA1 highlight report, October 2026");
  expect(text).toMatch(/62%\s+said\s+they\s+felt\s+listened\s+to/);
  expect(text).toMatch(/Page 1 of \d+/);
  await lead.context().close();
  await chair.context().close();
});

test("the board sees last month's missing reports on the dashboard by name, and the reports grid", async ({ browser }) => {
  const chair = await as(browser, "board");
  await chair.goto("/p/derbyshire");
  const overdue = chair.getByRole("region", { name: "Highlight reports overdue for October 2026" });
  await expect(overdue).toContainText("Due by 10 November 2026");
  const pia6 = overdue.getByRole("listitem").filter({ hasText: "PIA6" });
  await expect(pia6).toContainText("Not started");
  await expect(pia6).toContainText("owed by Assistant Director of Children's Strategic Commissioning");
  await expect(overdue.getByRole("listitem").filter({ hasText: "PIA5" })).toContainText("Draft");

  await chair.getByRole("navigation", { name: /main/i }).getByRole("link", { name: "Highlight reports" }).click();
  await expect(chair.getByRole("heading", { level: 1 })).toHaveText("Highlight reports");
  await expectNoAxeViolations(chair);
  // A draft is not the board's to read: PIA5's October report shows as not submitted.
  const pia5 = chair.getByTestId("report-area-row").filter({ hasText: "PIA5" });
  await expect(pia5.getByRole("cell").nth(1)).toHaveText("Not submitted");
  await pia5.getByRole("link", { name: /PIA5, September 2026/ }).click();
  await expect(chair.getByRole("heading", { level: 1 })).toHaveText("PIA5 highlight report, September 2026");
  await expect(chair.getByText(/^Illustrative: a demo highlight report/)).toBeVisible();
  await expect(chair.getByRole("region", { name: "Compared with last month" })).toContainText("Against the August 2026 report");
  await expectNoAxeViolations(chair);

  // A report not yet submitted reads as such, with when it is due.
  await chair.goto("/p/derbyshire/reports/PIA6/2026-10");
  await expect(chair.getByText(/Not submitted yet. The October 2026 report is due by 10 November 2026/)).toBeVisible();
  await expectNoAxeViolations(chair);
  await chair.context().close();
});

test("a viewer reads submitted reports, never drafts, and has nothing to write", async ({ browser }) => {
  const viewer = await as(browser, "viewer");
  await viewer.goto("/p/derbyshire/reports/PIA5/2026-10");
  await expect(viewer.getByText(/Not submitted yet/)).toBeVisible();
  await expect(viewer.getByRole("article")).toHaveCount(0);
  await viewer.goto("/p/derbyshire/reports/PIA3/2026-10");
  await expect(viewer.getByRole("article")).toBeVisible();
  await expect(viewer.getByRole("link", { name: /Write|Edit|Revise/ })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: "Record the board’s answer" })).toHaveCount(0);
  expect((await viewer.goto("/p/derbyshire/reports/PIA3/2026-10/edit"))?.status()).toBe(404);

  // The programme office sees PIA5's draft, drawn live.
  const admin = await as(browser, "admin");
  await admin.goto("/p/derbyshire/reports/PIA5/2026-10");
  await expect(admin.getByRole("article")).toContainText("Draft, not yet submitted");
  await expectNoAxeViolations(admin);
  await viewer.context().close();
  await admin.context().close();
});

test("another partnership's reports and their PDFs are 404", async ({ page }) => {
  await signIn(page, demoEmail("admin", "derby-city"));
  for (const path of ["/p/derbyshire/reports", "/p/derbyshire/reports/PIA3/2026-10", "/p/derbyshire/reports/PIA3/2026-10/edit"]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
  const pdf = await page.request.get("/api/p/derbyshire/reports/PIA3/2026-10/pdf?version=1");
  expect(pdf.status()).toBe(404);
  expect(await pdf.text()).not.toContain("Derbyshire");
  // Nor can the print view be opened without the PDF route's signature.
  expect((await page.request.get("/print-render/highlight-report/x/y/1")).status()).toBe(404);
});
