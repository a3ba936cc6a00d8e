// Plan editing in the browser. The database is shared with the other specs,
// which count Derbyshire's 41 live actions and 7 areas: these tests add only
// milestones (archived again at the end), edit a field no page shows (and
// put it back), and refuse duplicates, so the live plan ends as it started.
import type { Page } from "@playwright/test";
import { demoEmail, expect, expectNoAxeViolations, signIn, test } from "./fixtures";

const MANAGE = "/p/derbyshire/plan/manage";

/** An action's id, read from its link on the plan (ids differ between runs). */
async function actionHref(page: Page, areaCode: string, actionCode: string) {
  await page.goto(`/p/derbyshire/plan?area=${areaCode}`);
  const row = page.getByTestId("plan-action").filter({ has: page.getByRole("rowheader", { name: actionCode, exact: true }) });
  return (await row.getByRole("link").first().getAttribute("href"))!;
}

test("an admin adds a recurring milestone to an action, sees it on the plan, and archives it", async ({ page }) => {
  const text = `Transition audit ${Date.now()}`;
  await signIn(page, demoEmail("admin", "derbyshire"));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Edit plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit the plan" })).toBeVisible();
  await page.getByRole("link", { name: "Edit action 5.2a" }).click();
  await page.getByRole("link", { name: "Add a milestone to action 5.2a" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add a milestone to action 5.2a" })).toBeVisible();

  await page.getByLabel("How we will measure impact", { exact: true }).fill(text);
  await page.getByLabel("By when, as the plan writes it (optional)").fill("Quarterly from March 2026");
  await page.getByLabel("Repeatedly").check();
  await page.getByLabel("How often").selectOption({ label: "Quarterly" });
  await page.getByLabel("First due").fill("2026-03-31");
  await page.getByLabel("Last possible date").fill("2026-12-31");
  await page.getByRole("button", { name: "Add milestone" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Milestone added" })).toContainText("Milestone added, with 4 due dates.");

  await page.goto("/p/derbyshire/plan?area=PIA5");
  const row = page.getByTestId("plan-action").filter({ has: page.getByRole("rowheader", { name: "5.2a", exact: true }) });
  await row.getByText(/\d+ milestones/).click();
  await expect(row).toContainText(text);
  await expect(row).toContainText("Quarterly, 31 March 2026 to 31 December 2026");

  await page.goto(MANAGE);
  await page.getByRole("link", { name: "Edit action 5.2a" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit action 5.2a" })).toBeVisible();
  await page.getByRole("button", { name: `Archive milestone “${text}”` }).click();
  await expect(page.getByTestId("manage-milestone").filter({ hasText: text })).toHaveCount(0);
  await page.goto("/p/derbyshire/plan?area=PIA5");
  await expect(row).not.toContainText(text);
});

test("a duplicate action code gets its message next to the Code field, and nothing typed is lost", async ({ page }) => {
  await signIn(page, demoEmail("admin", "derbyshire"));
  await page.goto(MANAGE);
  await page.getByRole("link", { name: "Add an action to outcome 1.1", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add an action" })).toBeVisible();
  await expect(page.getByLabel("Desired outcome")).toHaveValue(/.+/);
  await page.getByLabel("Code", { exact: true }).fill("1.1a");
  await page.getByLabel("Title").fill("A second governance review");
  await page.getByLabel("Due date", { exact: true }).fill("2026-03-31");
  await page.getByRole("button", { name: "Add action" }).click();

  const code = page.getByLabel("Code", { exact: true });
  await expect(code).toHaveAccessibleDescription(/Code 1\.1a is already used by another action in this plan\./);
  await expect(code).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("alert").filter({ hasText: "Some answers need correcting" })).toContainText("Check the messages next to the fields");
  await expect(page.getByLabel("Title")).toHaveValue("A second governance review");
  await expect(code).toHaveValue("1.1a");
});

test("the lead of PIA1 edits a PIA1 action, but has no controls for PIA2 and a 404 on its edit page", async ({ page }) => {
  await signIn(page, demoEmail("lead", "derbyshire"));
  const pia2Action = await actionHref(page, "PIA2", "2.1c");

  await page.goto(MANAGE);
  await expect(page.getByRole("link", { name: "Edit action 1.2b" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit action 2.1c" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Archive action 2.1c" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Archive priority area/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Add a priority area" })).toHaveCount(0);
  const response = await page.goto(`${MANAGE}/actions/${pia2Action.split("/").pop()}`);
  expect(response?.status()).toBe(404);

  await page.goto(MANAGE);
  await page.getByRole("link", { name: "Edit action 1.2b" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit action 1.2b" })).toBeVisible();
  const workstream = page.getByLabel("Workstream (optional)");
  const original = await workstream.inputValue();
  await workstream.fill("Local Offer review group");
  await page.getByRole("button", { name: "Save action" }).click();
  await expect(page.getByRole("status").filter({ hasText: "saved" })).toContainText("Action 1.2b saved.");
  await page.reload();
  await expect(workstream).toHaveValue("Local Offer review group");
  // The due date is shown, not editable: it moves only through a change request.
  await expect(page.getByLabel("Due date", { exact: true })).toHaveAttribute("readonly", "");

  await workstream.fill(original);
  await page.getByRole("button", { name: "Save action" }).click();
  await expect(page.getByRole("status").filter({ hasText: "saved" })).toContainText("Action 1.2b saved.");
});

test("a Derby City admin gets 404 on Derbyshire's editor pages, by slug or by id", async ({ browser }) => {
  const derbyshire = await browser.newPage();
  await signIn(derbyshire, demoEmail("admin", "derbyshire"));
  await derbyshire.goto(MANAGE);
  const editHref = (await derbyshire.getByRole("link", { name: "Edit action 1.1a" }).getAttribute("href"))!;
  const actionId = editHref.split("/").pop()!;
  await derbyshire.close();

  const page = await browser.newPage();
  await signIn(page, demoEmail("admin", "derby-city"));
  for (const path of [MANAGE, editHref, `/p/derby-city/plan/manage/actions/${actionId}`, `/p/derby-city/plan/manage/milestones/new?action=${actionId}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.locator("body")).not.toContainText("Ensure clear governance");
  }
  await page.close();
});

test.describe("the editor has no accessibility violations", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, demoEmail("admin", "derbyshire"));
  });

  test("on the plan tree, archived items shown", async ({ page }) => {
    await page.goto(`${MANAGE}?archived=1`);
    await expect(page.getByRole("heading", { level: 1, name: "Edit the plan" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("on an action's edit form and its milestones", async ({ page }) => {
    await page.goto(MANAGE);
    await page.getByRole("link", { name: "Edit action 1.1a" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Edit action 1.1a" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("on a form showing its errors", async ({ page }) => {
    await page.goto(MANAGE);
    await page.getByRole("link", { name: "Edit action 1.1a" }).click();
    await page.getByRole("link", { name: "Add a milestone to action 1.1a" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Add a milestone to action 1.1a" })).toBeVisible();
    await page.getByLabel("Repeatedly").check();
    await page.getByRole("button", { name: "Add milestone" }).click();
    await expect(page.getByLabel("How often")).toHaveAccessibleDescription(/Choose how often/);
    await expect(page.getByLabel("How we will measure impact", { exact: true })).toHaveAttribute("aria-invalid", "true");
    // The choice survives the form's reset after the save.
    await expect(page.getByLabel("Repeatedly")).toBeChecked();
    await expectNoAxeViolations(page);
  });
});
