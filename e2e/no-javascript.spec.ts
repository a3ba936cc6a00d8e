// Every kind of form works without JavaScript (progressive enhancement, as
// GOV.UK services do): a plain POST saves, answers with the page showing the
// result, and leaves the server at rest. These run in their own project after
// the others (playwright.config.ts), so the server's CPU time is theirs alone.
import type { Page } from "@playwright/test";
import { demoEmail, expect, test } from "./fixtures";
import { actionPage, expectServerAtRest, withoutJavaScript } from "./support/no-javascript";
import { specPartnership } from "./support/operators";
import { dueDateToBeConfirmed } from "./support/plan-editor";

test.describe.configure({ mode: "serial" });

test("status updates, milestone outcomes and change requests save without JavaScript", async ({ browser }) => {
  const { context, page } = await withoutJavaScript(browser, demoEmail("admin", "derby-city"));
  const href = await actionPage(page, "derby-city", "2.2c");
  await page.goto(href);

  await page.getByLabel("Status", { exact: true }).selectOption({ label: "On track, some concerns" });
  await page.getByLabel("Commentary").fill("Posted without JavaScript: the panel met and agreed the revised timetable.");
  await page.getByRole("button", { name: "Save update" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Update saved" })).toBeVisible();
  await expect(page.getByRole("region", { name: "History" }).getByTestId("history-entry").first()).toContainText("Posted without JavaScript");

  // A refusal answers with the message next to the field and what was typed.
  await page.getByLabel("Commentary").fill("");
  await page.getByRole("button", { name: "Save update" }).click();
  await expect(page.getByLabel("Commentary")).toHaveAccessibleDescription(/Say why the action has this status/);

  // An overdue milestone's form is open; once recorded, the milestone shows what was recorded in its place.
  const form = page.locator("form", { has: page.getByRole("button", { name: "Record milestone" }) }).first();
  await form.getByLabel("Met", { exact: true }).check();
  await form.getByLabel("Evidence it was met, or why it was missed").fill("Minutes of the panel, posted without JavaScript.");
  await form.getByRole("button", { name: "Record milestone" }).click();
  const recorded = page.getByRole("listitem").filter({ hasText: "Minutes of the panel, posted without JavaScript." }).last();
  await expect(recorded).toContainText("✓ Met");

  await page.getByText("Raise a change request").click();
  await page.getByLabel("Proposed new due date").fill("2027-03-31");
  await page.getByLabel("Reason", { exact: true }).fill("Posted without JavaScript: the provider market review runs a term later.");
  await page.getByLabel("Impact", { exact: true }).fill("One term later; interim arrangements continue.");
  await page.getByRole("button", { name: "Send to the board" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Change request sent to the board." })).toBeVisible();
  await context.close();

  // The board decides it; the decision redirects to the queue, which says so.
  const board = await withoutJavaScript(browser, demoEmail("board", "derby-city"));
  await board.page.goto("/p/derby-city/changes");
  const request = board.page.getByTestId("pending-change-request").filter({ hasText: "Posted without JavaScript: the provider market review" });
  await request.getByLabel("Reject").check();
  await request.getByLabel("Decision note").fill("Rejected: keep to the timetable (posted without JavaScript).");
  await request.getByRole("button", { name: "Record decision" }).click();
  await expect(board.page).toHaveURL(/\/p\/derby-city\/changes\?decided=/);
  await expect(board.page.getByRole("status")).toContainText(/rejected/i);
  await board.context.close();
  await expectServerAtRest(board.page);
});

test("KPI values, imports and definitions save without JavaScript", async ({ browser }) => {
  const { context, page } = await withoutJavaScript(browser, demoEmail("admin", "derby-city"));
  await page.goto("/p/derby-city/kpis");
  await page.getByRole("row").filter({ hasText: "K20" }).getByRole("link").first().click();
  const kpiUrl = page.url();

  // The demo's values run to September 2026: October is new.
  await page.getByLabel("Month").fill("Oct 2026");
  await page.getByLabel("Value", { exact: true }).fill("58");
  await page.getByRole("button", { name: "Save value" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Value saved\./ })).toBeVisible();

  // February and March have values: replacing them needs a reason, given without JavaScript too.
  await page.getByLabel("Values to import").fill("Feb 2026\t13\nMar 2026\t14");
  await page.getByLabel(/^Reason, if rows replace/).fill("Corrected counts from the EHE team (posted without JavaScript).");
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("import-preview-row")).toHaveCount(2);
  // What was previewed is still in the box, so confirming sends it again.
  await expect(page.getByLabel("Values to import")).toHaveValue("Feb 2026\t13\nMar 2026\t14");
  await page.getByRole("button", { name: "Confirm and save 2 values" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved 2 values" })).toBeVisible();

  await page.goto("/p/derby-city/kpis/new");
  const code = `NJ${Date.now() % 100000}`;
  await page.getByLabel("Code", { exact: true }).fill(code);
  await page.getByLabel("Name", { exact: true }).fill("Posted without JavaScript");
  await page.getByLabel("Definition").fill("A KPI added with JavaScript off.");
  await page.getByLabel("Unit").selectOption({ index: 1 });
  await page.getByLabel("Direction").selectOption({ index: 1 });
  await page.getByLabel("Reported").selectOption({ index: 1 });
  await page.getByRole("checkbox").first().check();
  await page.getByRole("button", { name: /Add KPI/ }).click();
  await expect(page).toHaveURL(/\/kpis\/[^/]+\?saved=created$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Posted without JavaScript");

  await page.getByRole("link", { name: /Edit the definition/ }).click();
  await page.getByRole("button", { name: `Archive KPI ${code}` }).click();
  await expect(page).toHaveURL(new RegExp(`/kpis\\?archived=${code}$`));
  await page
    .getByTestId("archived-kpi")
    .filter({ hasText: code })
    .getByRole("button", { name: `Restore KPI ${code}` })
    .click();
  await expect(page).toHaveURL(new RegExp(`/kpis\\?restored=${code}$`));
  expect(kpiUrl).toContain("/p/derby-city/kpis/");
  await context.close();
  await expectServerAtRest(page);
});

test("plan editing saves without JavaScript: a form, a refusal, and the move and archive buttons", async ({ browser }) => {
  const { context, page } = await withoutJavaScript(browser, demoEmail("admin", "derby-city"));
  await page.goto("/p/derby-city/plan/manage");
  await page.getByRole("link", { name: "Edit outcome 2.2", exact: true }).click();
  const text = page.getByLabel("Desired outcome for children and young people");
  const original = await text.inputValue();
  await text.fill(`${original} `);
  await page.getByRole("button", { name: /Save outcome/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Outcome 2.2 saved." })).toBeVisible();

  await page.getByLabel("Code", { exact: true }).fill("");
  await page.getByRole("button", { name: /Save outcome/ }).click();
  await expect(page.getByLabel("Code", { exact: true })).toHaveAttribute("aria-invalid", "true");

  await page.goto("/p/derby-city/plan/manage");
  await page.getByRole("button", { name: "Move down outcome 2.1" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Moved down." })).toBeVisible();
  await page.getByRole("button", { name: "Move up outcome 2.1" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Moved up." })).toBeVisible();
  await context.close();
  await expectServerAtRest(page);
});

test("an action with its due date to be confirmed is added and given its first date without JavaScript", async ({ browser }) => {
  test.setTimeout(150_000);
  const { slug, adminEmail } = await specPartnership("nojs-tbc");
  const { context, page } = await withoutJavaScript(browser, adminEmail);
  await dueDateToBeConfirmed(page, slug, () => expectServerAtRest(page));
  await context.close();
});

/** The first due update on a Derbyshire contributor's My updates: every field the browser would send, read from the form as served, and its action's page. */
async function firstDueUpdate(page: Page) {
  await page.goto("/p/derbyshire/my");
  const item = page.getByTestId("my-update-item").first();
  await item.locator("details > summary").first().click();
  const form = item.locator("form", { has: page.getByRole("button", { name: "Save update" }) });
  const fields: Record<string, string> = {};
  for (const input of await form.locator("input[type=hidden]").all()) {
    const name = await input.getAttribute("name");
    if (name) fields[name] = (await input.getAttribute("value")) ?? "";
  }
  expect(Object.keys(fields).some((name) => name.startsWith("$ACTION"))).toBe(true);
  const actionHref = (await item.getByRole("heading", { level: 2 }).getByRole("link").getAttribute("href"))!;
  return { fields, actionHref };
}

/** The action's history as its page shows it. */
async function history(page: Page, actionHref: string) {
  await page.goto(actionHref);
  const region = page.getByRole("region", { name: "History" });
  await expect(region).toBeVisible();
  return region;
}

test("a form posted from another origin is refused and saves nothing; the same post from the app's own origin saves", async ({ browser, baseURL }) => {
  const { context, page } = await withoutJavaScript(browser, demoEmail("contributor", "derbyshire"));
  const { fields, actionHref } = await firstDueUpdate(page);
  const commentary = "no-javascript.spec: posted with the session's cookie from another origin.";
  const post = (origin: string) =>
    context.request.post("/p/derbyshire/my", { multipart: { ...fields, status: "AT_RISK", commentary }, headers: { Origin: origin }, timeout: 15_000, maxRedirects: 0 });

  // A cross-site form carrying the session's cookie (CSRF): Next.js aborts the action before it runs.
  const refused = await post("https://evil.example");
  expect(refused.status()).toBeGreaterThanOrEqual(400);
  expect(await refused.text()).not.toContain("Update saved");
  await expect((await history(page, actionHref)).getByTestId("history-entry").filter({ hasText: commentary })).toHaveCount(0);

  // The same fields from the app's own origin, as its own page posts them: saved, and the history above would have shown it.
  const accepted = await post(new URL(baseURL!).origin);
  expect(accepted.status()).toBeLessThan(400);
  await expect((await history(page, actionHref)).getByTestId("history-entry").filter({ hasText: commentary })).toHaveCount(1);
  await context.close();
  await expectServerAtRest(page);
});

test("a form posted with no Origin header (as a bot would) gets a prompt answer and leaves the server at rest", async ({ browser }) => {
  const { context, page } = await withoutJavaScript(browser, demoEmail("contributor", "derbyshire"));
  const { fields, actionHref } = await firstDueUpdate(page);
  // The only argument bound to the action is the form's previous state (none yet), never the partnership.
  const bound = Object.entries(fields).filter(([name]) => /^\$ACTION_\d+:1$/.test(name));
  expect(bound.map(([, value]) => value)).toEqual(["[null]"]);
  fields.status = "AT_RISK";
  fields.commentary = "no-javascript.spec: posted by a client that sends no Origin header.";
  // Playwright's request client sends no Origin header unless told to.
  const response = await context.request.post(page.url(), { multipart: fields, timeout: 15_000, maxRedirects: 0 });
  expect(response.status()).toBeLessThan(500);
  // Next.js lets a post with no Origin through (a browser always sends one with a form's POST): it saved.
  await expect((await history(page, actionHref)).getByTestId("history-entry").filter({ hasText: fields.commentary })).toHaveCount(1);
  await context.close();
  await expectServerAtRest(page);
});
