// An action whose due date is not agreed yet ("Due date to be confirmed",
// issue 20): the admin adds it with the date left blank, the plan, its "Date
// to be confirmed" filter and the action's page say so, and the admin sets
// its first due date, which the action then shows. In a partnership of the
// spec's own making (the demo's plans are counted by other specs); the same
// without JavaScript is in e2e/no-javascript.spec.ts.
import { expect, expectNoAxeViolations, signIn, test } from "./fixtures";
import { specPartnership } from "./support/operators";
import { dueDateToBeConfirmed } from "./support/plan-editor";

test("an action added with no agreed due date says so until the admin sets its first one", async ({ page }) => {
  test.setTimeout(120_000);
  const { slug, adminEmail } = await specPartnership("tbc");
  await signIn(page, adminEmail);
  await dueDateToBeConfirmed(page, slug);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
});
