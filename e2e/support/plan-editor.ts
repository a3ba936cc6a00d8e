// The plan editor in the browser, for specs that write a plan of their own:
// a form filled and added, and an action's row and page read from the plan.
// The same steps work with JavaScript on and off.
import { expect, type Page } from "@playwright/test";

/** Fills a plan editor form and adds the item; waits for the form's own "added" message. */
export async function addPlanItem(page: Page, path: string, fields: [label: string, value: string, kind?: "select"][], button: string, added: string) {
  await page.goto(path);
  const form = page.locator("form", { has: page.getByRole("button", { name: button }) });
  for (const [label, value, kind] of fields) {
    const field = form.getByLabel(label, { exact: true });
    if (kind === "select") await field.selectOption({ label: value });
    else await field.fill(value);
  }
  await form.getByRole("button", { name: button }).click();
  await expect(form.getByRole("status")).toContainText(added);
}

/** An action's row on the plan page as shown (the page must be open on a view that lists it). */
export const planActionRow = (page: Page, code: string) => page.getByTestId("plan-action").filter({ has: page.getByRole("rowheader", { name: code, exact: true }) });

/**
 * An action with no agreed due date, from the editor to its first date, in a
 * plan of the spec's own (`slug`, signed in as its admin): added with the
 * due date left blank beside one with a date; the plan, the "Date to be
 * confirmed" filter and the action's page say so; the admin sets its first
 * due date from the action's page; the action then shows it, the editor no
 * longer offers to set it, and the filter lists nothing. `afterPost` runs
 * after each form is saved (the no-JavaScript specs check the server is at rest).
 */
export async function dueDateToBeConfirmed(page: Page, slug: string, afterPost: () => Promise<void> = async () => {}) {
  const manage = `/p/${slug}/plan/manage`;
  await addPlanItem(
    page,
    `${manage}/areas/new`,
    [
      ["Code", "PIA1"],
      ["Kind of area", "Area for priority action", "select"],
      ["Title", "Timely assessments"],
      ["Inspection finding", "Assessments take too long."],
    ],
    "Add area",
    "Priority area PIA1 added.",
  );
  await addPlanItem(
    page,
    `${manage}/outcomes/new`,
    [
      ["Priority area", "PIA1 — Timely assessments", "select"],
      ["Code", "1.1"],
      ["Desired outcome for children and young people", "Families wait less for an assessment."],
    ],
    "Add outcome",
    "Outcome 1.1 added.",
  );
  const outcome = "PIA1 · 1.1 — Families wait less for an assessment.";
  // 1.1a: no date agreed yet, so the due date is left blank. 1.1b has one.
  await addPlanItem(
    page,
    `${manage}/actions/new`,
    [
      ["Desired outcome", outcome, "select"],
      ["Code", "1.1a"],
      ["Title", "Agree the assessment timetable with health partners"],
    ],
    "Add action",
    "Action 1.1a added.",
  );
  await afterPost();
  await addPlanItem(
    page,
    `${manage}/actions/new`,
    [
      ["Desired outcome", outcome, "select"],
      ["Code", "1.1b"],
      ["Title", "Recruit two educational psychologists"],
      ["Due date", "2027-03-31"],
    ],
    "Add action",
    "Action 1.1b added.",
  );

  // The plan says so, and its "Date to be confirmed" filter lists only 1.1a.
  await page.goto(`/p/${slug}/plan?area=PIA1`);
  await expect(planActionRow(page, "1.1a")).toContainText("Due date to be confirmed");
  await expect(planActionRow(page, "1.1b")).toContainText("31 March 2027");
  await page.goto(`/p/${slug}/plan`);
  const filters = page.getByRole("form", { name: "Filter the plan" });
  await filters.getByLabel("Due", { exact: true }).selectOption({ label: "Date to be confirmed" });
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]due=tbc(&|$)/);
  await expect(planActionRow(page, "1.1a")).toContainText("Due date to be confirmed");
  await expect(page.getByTestId("plan-action")).toHaveCount(1);
  const actionHref = (await planActionRow(page, "1.1a").getByRole("link").first().getAttribute("href"))!;

  // The action's page says so too, and links the admin to where the first date is set.
  await page.goto(actionHref);
  const main = page.getByRole("main");
  await expect(main).toContainText("Due date to be confirmed");
  await main.getByRole("link", { name: "Set its first due date" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit action 1.1a" })).toBeVisible();
  const due = page.getByLabel("Due date", { exact: true });
  await expect(due).toHaveValue("");
  await due.fill("2027-06-30");
  await page.getByRole("button", { name: "Save action" }).click();
  await expect(page.getByRole("status").filter({ hasText: "saved" })).toContainText("Action 1.1a saved.");
  await afterPost();

  // The first date is agreed: the editor shows it and no longer offers to set it (it moves by change request from now on).
  await page.goto(new URL(page.url()).pathname);
  await expect(page.getByLabel("Due date", { exact: true })).toHaveAttribute("readonly", "");
  await expect(page.getByLabel("Due date", { exact: true })).toHaveValue("30 June 2027");
  await page.goto(actionHref);
  await expect(main).toContainText("30 June 2027");
  await expect(main).not.toContainText("Due date to be confirmed");
  await expect(main.getByRole("link", { name: "Set its first due date" })).toHaveCount(0);
  await page.goto(`/p/${slug}/plan?due=tbc`);
  await expect(page.getByTestId("plan-action")).toHaveCount(0);
}
