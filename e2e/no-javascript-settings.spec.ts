// A settings section saves without JavaScript: a plain POST of "The
// partnership" answers with the settings page, the message next to the field
// for a bad email and the saved email for a good one, and the server goes
// back to rest. Derby City's contact email is nobody else's to read; it is
// cleared again at the end, through the same form.
import type { Page } from "@playwright/test";
import { demoEmail, expect, test } from "./fixtures";
import { expectServerAtRest, withoutJavaScript } from "./support/no-javascript";

test.describe.configure({ mode: "serial" });

const detailsForm = (page: Page) => page.locator("form", { has: page.getByRole("button", { name: "Save the name and email", exact: true }) });

async function postEmail(page: Page, email: string) {
  await detailsForm(page).getByLabel("Contact email (optional)").fill(email);
  await page.getByRole("button", { name: "Save the name and email", exact: true }).click();
}

test("the partnership's contact email is refused, then saved and cleared, without JavaScript", async ({ browser }) => {
  const { context, page } = await withoutJavaScript(browser, demoEmail("admin", "derby-city"));
  await page.goto("/p/derby-city/settings");
  const before = await detailsForm(page).getByLabel("Contact email (optional)").inputValue();

  await postEmail(page, "send office at derby");
  await expect(detailsForm(page).getByLabel("Contact email (optional)")).toHaveAccessibleDescription(/Enter an email address like send\.office@council\.gov\.uk\./);
  await expect(detailsForm(page).getByLabel("Contact email (optional)")).toHaveValue("send office at derby");
  await expectServerAtRest(page);

  try {
    await postEmail(page, "send.office@derby.example.gov.uk");
    await expect(detailsForm(page).getByRole("status")).toHaveText("Saved. Every page shows the new details from its next load.");
    await expectServerAtRest(page);
    await page.goto("/p/derby-city/settings");
    await expect(detailsForm(page).getByLabel("Contact email (optional)")).toHaveValue("send.office@derby.example.gov.uk");
  } finally {
    await page.goto("/p/derby-city/settings");
    await postEmail(page, before);
    await expect(detailsForm(page).getByRole("status")).toBeVisible();
  }
  await page.goto("/p/derby-city/settings");
  await expect(detailsForm(page).getByLabel("Contact email (optional)")).toHaveValue(before);
  await context.close();
});
