import { demoEmail, expect, expectNoAxeViolations, signIn, test } from "./fixtures";

test("a contributor sets an action off track from My updates and sees it in the history and on the plan", async ({ page }) => {
  await signIn(page, demoEmail("contributor", "derby-city"));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My updates" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My updates" })).toBeVisible();
  await expectNoAxeViolations(page);

  const item = page.getByTestId("my-update-item").filter({ hasText: "1.1b" });
  await item.getByText("Update 1.1b now").click();
  await item.getByLabel("Status").selectOption({ label: "Off track" });
  await item.getByLabel("Commentary").fill("Two EHCP coordinators left in October; timeliness fell to 41% this month.");
  await item.getByRole("button", { name: "Save update" }).click();
  await expect(item.getByRole("status")).toContainText("Update saved");

  await item.getByRole("link", { name: /1\.1b/ }).click();
  const history = page.getByRole("region", { name: "History" });
  await expect(history.getByTestId("history-entry").first()).toContainText("Two EHCP coordinators left in October");
  await expect(history.getByTestId("history-entry").first()).toContainText("Off track");
  await expect(history.getByTestId("history-entry").first()).toContainText("Robin Kerr");

  await page.goto("/p/derby-city/plan?status=OFF_TRACK");
  const row = page.getByTestId("plan-action").filter({ has: page.getByRole("rowheader", { name: "1.1b" }) });
  await expect(row).toContainText("Off track");
  // Its due date (31 December 2025) has passed: the plan says how late it is.
  await expect(row.getByTestId("slippage-marker")).toContainText("days late");
});

test("a commentary left empty gets a message next to the field and saves nothing", async ({ page }) => {
  await signIn(page, demoEmail("lead", "derbyshire"));
  await page.goto("/p/derbyshire/plan?open=PIA1");
  await page.getByRole("link", { name: /Co-produce a sustainability plan/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("sustainability plan");
  const entries = page.getByRole("region", { name: "History" }).getByTestId("history-entry");
  await expect(entries.first()).toBeVisible();
  const before = await entries.count();
  await page.getByRole("button", { name: "Save update" }).click();
  await expect(page.getByLabel("Commentary")).toHaveAccessibleDescription(/Say why the action has this status/);
  await expect(entries).toHaveCount(before);
});

test("a stale edit gets a conflict message that shows the other update, and keeps what was typed", async ({ browser }) => {
  const lead = await browser.newPage();
  const admin = await browser.newPage();
  await signIn(lead, demoEmail("lead", "derbyshire"));
  await signIn(admin, demoEmail("admin", "derbyshire"));
  await lead.goto("/p/derbyshire/plan?open=PIA1");
  const href = await lead.getByRole("link", { name: /Ensure clear governance for SEND improvement/ }).getAttribute("href");
  await lead.goto(href!);
  await admin.goto(href!);

  await admin.getByLabel("Commentary").fill("Governance review signed off by the independent chair.");
  await admin.getByRole("button", { name: "Save update" }).click();
  await expect(admin.getByRole("status")).toContainText("Update saved");

  await lead.getByLabel("Commentary").fill("Escalation routes agreed with the ICB.");
  await lead.getByRole("button", { name: "Save update" }).click();
  const alert = lead.getByRole("alert").filter({ hasText: /\S/ });
  await expect(alert).toContainText("Someone else updated action 1.1a");
  await expect(alert).toContainText("Governance review signed off by the independent chair.");
  await expect(lead.getByLabel("Commentary")).toHaveValue("Escalation routes agreed with the ICB.");
  await lead.close();
  await admin.close();
});

test("a board member approves a change request and the new due date shows with the baseline beside it", async ({ page }) => {
  await signIn(page, demoEmail("board", "derbyshire"));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Change requests" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Change requests" })).toBeVisible();
  await expectNoAxeViolations(page);
  // The demo's story leaves a request waiting for the board (2.1d's, raised in the month before today).
  const request = page.getByTestId("pending-change-request").filter({ hasText: "2.1d" });
  await expect(request).toContainText("Illustrative");
  const dates = (await request.getByText(/ → /).first().textContent())!;
  const [, to] = /→ (\d{1,2} \w+ \d{4})/.exec(dates)!;
  const href = (await request.getByRole("link").first().getAttribute("href"))!;
  await request.getByLabel("Approve").check();
  await request.getByLabel("Decision note").fill("Approved at the November board, subject to the ICB sign-off coming to December.");
  await request.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Approved/ })).toContainText(`2.1d is now due ${to}; the baseline stays.`);
  await expect(page.getByRole("status").filter({ hasText: /Approved/ })).toBeFocused();
  await expect(page.getByTestId("pending-change-request").filter({ hasText: "2.1d" })).toHaveCount(0);

  await page.goto("/p/derbyshire/plan?area=PIA2");
  const row = page.getByTestId("plan-action").filter({ has: page.getByRole("rowheader", { name: "2.1d" }) });
  await expect(row).toContainText(to!);
  await expect(row).toContainText("Baseline 31 July 2025");

  await page.goto(href);
  await expect(page.getByRole("region", { name: "Status and due date" })).toContainText("Baseline 31 July 2025");
  await expect(page.getByRole("region", { name: "History" })).toContainText(`to ${to}`);
  await expectNoAxeViolations(page);
});

test("the plan shows reported and computed status side by side with conflicts marked, and filters live in the URL", async ({ page }) => {
  await signIn(page, demoEmail("viewer", "derbyshire"));
  await page.goto("/p/derbyshire/plan");
  await page.getByLabel("Conflicts").selectOption({ label: "Only status conflicts" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/conflict=1/);
  const rows = page.getByTestId("plan-action");
  expect(await rows.count()).toBeGreaterThan(0);
  await expect(rows.first().getByTestId("conflict-marker")).toContainText("Status conflict");
  await expect(page.getByRole("status").filter({ hasText: /Showing/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("this issue's pages are 404 with another partnership's slug or ids", async ({ browser }) => {
  const derbyshire = await browser.newPage();
  await signIn(derbyshire, demoEmail("admin", "derbyshire"));
  await derbyshire.goto("/p/derbyshire/plan?open=PIA1");
  const actionHref = await derbyshire.getByRole("link", { name: /Ensure clear governance for SEND improvement/ }).getAttribute("href");
  const actionId = actionHref!.split("/").pop();
  await derbyshire.close();

  const page = await browser.newPage();
  await signIn(page, demoEmail("admin", "derby-city"));
  for (const path of ["/p/derbyshire/my", "/p/derbyshire/changes", actionHref!, `/p/derby-city/plan/actions/${actionId}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.locator("body")).not.toContainText("Ensure clear governance");
  }
  await page.close();
});

test("board members and viewers see no update forms; board members see My updates nowhere", async ({ page }) => {
  await signIn(page, demoEmail("board", "derbyshire"));
  await page.goto("/p/derbyshire/plan?open=PIA1");
  await page.getByRole("link", { name: /Ensure clear governance for SEND improvement/ }).click();
  await expect(page.getByRole("heading", { name: "History" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save update" })).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My updates" })).toHaveCount(0);
  expect((await page.goto("/p/derbyshire/my"))?.status()).toBe(404);
});
