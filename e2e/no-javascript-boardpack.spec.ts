// The board pack form works without JavaScript: a plain POST saves the
// covering note, refuses one that is too long with the message next to the
// field, and publishes — each answered promptly with the server back at rest.
// Runs in the "no-javascript" project, after the others. Uses the September
// 2026 meeting, whose pack no other spec publishes.
import { demoEmail, expect, test } from "./fixtures";
import { expectServerAtRest, withoutJavaScript } from "./support/no-javascript";

/** The meetings list names each meeting "<board>, <date>". */
const SEPTEMBER = /^SEND Improvement and Assurance Board ?, 24 September 2026$/;

test("the programme office saves and publishes a board pack without JavaScript", async ({ browser }) => {
  const { context, page } = await withoutJavaScript(browser, demoEmail("admin", "derbyshire"));
  await page.goto("/p/derbyshire/meetings");
  await page.getByRole("link", { name: SEPTEMBER }).click();
  await page.getByRole("link", { name: "Prepare the board pack" }).click();
  const note = page.getByRole("textbox", { name: "Covering note (optional)" });

  // Too long: refused, the message next to the field, what was typed kept, nothing saved.
  await note.fill("x".repeat(4001));
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(note).toHaveAttribute("aria-invalid", "true");
  await expect(note).toHaveAccessibleDescription(/Keep the covering note under 4,000 characters/);
  await expectServerAtRest(page);

  await note.fill("Posted without JavaScript: the September papers.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  await expect(note).toHaveValue("Posted without JavaScript: the September papers.");
  await expectServerAtRest(page);

  await page.getByRole("button", { name: "Publish to members" }).click();
  await expect(page).toHaveURL(/\/p\/derbyshire\/board-packs\/[a-z0-9]+\?published=1$/);
  await expect(page.getByRole("article")).toContainText("Posted without JavaScript: the September papers.");
  await context.close();
  await expectServerAtRest(page);
});
