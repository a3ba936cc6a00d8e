// Board packs: the programme office prepares and publishes the pack for the
// October 2026 board meeting and downloads its PDF (tagged, with the running
// header); a board member reads the demo's published pack for the next
// meeting and cannot see a draft. The demo publishes only the next meeting's
// pack; this spec publishes October's, which no other spec touches.
import { execFileSync } from "node:child_process";
import type { Browser, Page } from "@playwright/test";
import { demoEmail, expect, expectNoAxeViolations, signIn, test } from "./fixtures";

/** The meetings list names each meeting "<board>, <date>". */
const OCTOBER = /^SEND Improvement and Assurance Board ?, 22 October 2026$/;
const NOVEMBER = /^SEND Improvement and Assurance Board ?, 26 November 2026$/;

async function as(browser: Browser, role: "admin" | "board" | "viewer"): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, demoEmail(role, "derbyshire"));
  return page;
}

test("the programme office publishes a board pack and downloads its PDF", async ({ browser }, testInfo) => {
  const admin = await as(browser, "admin");
  await admin.goto("/p/derbyshire/meetings");
  await admin.getByRole("link", { name: OCTOBER }).click();
  await admin.getByRole("link", { name: "Prepare the board pack" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Board pack: SEND Improvement and Assurance Board, 22 October 2026");
  await expect(admin.getByText(/Draft, not published/)).toBeVisible();
  // Drawn as at the meeting day, which has passed; every area is there, a report or a named gap.
  await expect(admin.getByText("Data as at").locator("xpath=following-sibling::dd[1]")).toHaveText("22 October 2026");
  await expect(admin.getByRole("heading", { name: "Risk register", level: 2 })).toBeVisible();
  await expect(admin.getByRole("heading", { name: /^PIA1 · / })).toBeVisible();
  await expectNoAxeViolations(admin);

  await admin.getByLabel("Covering note (optional)").fill("Published by the end-to-end test: please read the risks first.");
  await admin.getByRole("button", { name: "Save draft" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  await admin.getByRole("button", { name: "Publish to members" }).click();
  await expect(admin).toHaveURL(/\/p\/derbyshire\/board-packs\/[a-z0-9]+\?published=1$/);
  await expect(admin.getByText("Board pack published.")).toBeVisible();
  await expect(admin.getByText("Published by the end-to-end test: please read the risks first.")).toBeVisible();
  await expectNoAxeViolations(admin);

  // The PDF: a download, tagged, with the running header and page numbers, kept by the browser for good.
  const pdfHref = await admin.getByRole("link", { name: "Download the PDF" }).getAttribute("href");
  const response = await admin.request.get(pdfHref!);
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("immutable");
  const [download] = await Promise.all([admin.waitForEvent("download"), admin.getByRole("link", { name: "Download the PDF" }).click()]);
  expect(download.suggestedFilename()).toBe("derbyshire-board-pack-2026-10-22.pdf");
  const file = testInfo.outputPath("board-pack.pdf");
  await download.saveAs(file);
  expect(execFileSync("pdfinfo", [file], { encoding: "utf8" })).toMatch(/^Tagged:\s+yes$/m);
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  expect(text).toContain("Derbyshire Local Area SEND Partnership");
  expect(text).toContain("Meeting 22 October 2026");
  expect(text).toMatch(/Page 1 of \d+/);
  expect(text).toContain("Risk register");

  // Published: the meeting page links the pack, and the draft address now leads to it.
  await admin.goto("/p/derbyshire/meetings");
  await admin.getByRole("link", { name: OCTOBER }).click();
  await expect(admin.getByRole("link", { name: "Read the board pack" })).toBeVisible();
  await admin.context().close();
});

test("a board member reads the published pack, and no draft", async ({ browser }) => {
  const board = await as(browser, "board");
  await board.goto("/p/derbyshire/meetings");
  await board.getByRole("link", { name: NOVEMBER }).click();
  await board.getByRole("link", { name: "Read the board pack" }).click();
  await expect(board.getByRole("heading", { level: 1 })).toHaveText("Board pack: SEND Improvement and Assurance Board, 26 November 2026");
  await expect(board.getByText(/^Published 20 November 2026 by/)).toBeVisible();
  await expect(board.getByRole("heading", { name: "Highlight reports", level: 2 })).toBeVisible();
  // A report not yet written for last month is named, not skipped.
  await expect(board.getByText(/Last month’s report not yet submitted: .*PIA1/)).toBeVisible();
  await expect(board.getByRole("table", { name: /Open risks/ })).toBeVisible();
  await expectNoAxeViolations(board);

  // A meeting without a published pack: no link for a board member, and its draft is not found.
  await board.goto("/p/derbyshire/meetings");
  await board.getByRole("link", { name: /^SEND Improvement and Assurance Board ?, 24 September 2026$/ }).click();
  await expect(board.getByText("The board pack for this meeting has not been published yet.")).toBeVisible();
  const draft = await board.request.get(`${new URL(board.url()).pathname}/pack`);
  expect(draft.status()).toBe(404);
  await board.context().close();
});
