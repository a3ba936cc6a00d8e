// The partnership's settings, as Derbyshire's programme office: a status
// renamed on /settings is what the dashboard says on its next load, and a bad
// label is refused next to its field with nothing saved. The demo database is
// shared by every spec, so the label renamed is one no other spec reads
// (Derbyshire's blue, "Blue (complete)", which its dashboard counts per area), and it is put back through the
// same form, which moves the data version again so the kept dashboard follows.
import type { Page } from "@playwright/test";
import { demoEmail, expect, expectNoAxeViolations, signIn, test } from "./fixtures";
import { withDatabase } from "./support/database";

test.describe.configure({ mode: "serial" });

const BLUE = "Blue (C): done, with evidence";
const RENAMED = "Embedded and sustained";

let seeded: string;

test.beforeAll(async () => {
  seeded = await withDatabase(async (db) => {
    const { statusLabels } = await db.partnership.findFirstOrThrow({ where: { slug: "derbyshire" }, select: { statusLabels: true } });
    return (statusLabels as Record<string, string>).COMPLETE!;
  });
});

/** The labels' form: the one with the "Save the labels" button. */
const labelsForm = (page: Page) => page.locator("form", { has: page.getByRole("button", { name: "Save the labels", exact: true }) });

async function saveBlue(page: Page, label: string) {
  await page.goto("/p/derbyshire/settings");
  await labelsForm(page).getByLabel(BLUE).fill(label);
  await page.getByRole("button", { name: "Save the labels", exact: true }).click();
  await expect(labelsForm(page).getByRole("status")).toHaveText("Saved. Every page, PDF and download uses these labels from its next load.");
}

test("the programme office renames a status and the dashboard says it on its next load", async ({ page }) => {
  await signIn(page, demoEmail("admin", "derbyshire"));
  await page.goto("/p/derbyshire/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  for (const section of ["The partnership", "Status labels", "Reporting rhythm", "DfE and NHS England advisors"]) {
    await expect(page.getByRole("heading", { level: 2, name: section })).toBeVisible();
  }
  await expectNoAxeViolations(page);
  await page.goto("/p/derbyshire");
  const blue = new RegExp(`\\d+ ${seeded.replace(/[()]/g, "\\$&").toLowerCase()}`);
  await expect(page.getByRole("main")).toContainText(blue);

  try {
    await saveBlue(page, RENAMED);
    await expectNoAxeViolations(page);
    await page.goto("/p/derbyshire");
    await expect(page.getByRole("main")).toContainText(new RegExp(`\\d+ ${RENAMED.toLowerCase()}`));
    await expect(page.getByRole("main")).not.toContainText(blue);
  } finally {
    await saveBlue(page, seeded);
  }
  await page.goto("/p/derbyshire");
  await expect(page.getByRole("main")).toContainText(blue);
});

test("a bad label is refused next to its field, and nothing is saved", async ({ page }) => {
  await signIn(page, demoEmail("admin", "derbyshire"));
  await page.goto("/p/derbyshire/settings");
  const form = labelsForm(page);
  // The same words as green's label, in other case: two statuses a board could not tell apart.
  const green = await form.getByLabel("Green (G): on track").inputValue();
  await form.getByLabel(BLUE).fill(green.toUpperCase());
  await page.getByRole("button", { name: "Save the labels", exact: true }).click();
  await expect(form.getByRole("alert")).toHaveText("Some answers need correcting. Check the messages next to the fields.");
  await expect(form.getByLabel(BLUE)).toHaveAccessibleDescription(
    new RegExp(`Each status needs a label of its own: “${green.toUpperCase()}” reads the same as the label of green \\(G\\)`),
  );
  await expect(form.getByLabel(BLUE)).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel(BLUE)).toHaveValue(green.toUpperCase());
  await expectNoAxeViolations(page);

  await form.getByLabel(BLUE).fill("x".repeat(41));
  await page.getByRole("button", { name: "Save the labels", exact: true }).click();
  await expect(form.getByLabel(BLUE)).toHaveAccessibleDescription(/Keep the label to 40 characters/);

  await page.reload();
  await expect(labelsForm(page).getByLabel(BLUE)).toHaveValue(seeded);
});
