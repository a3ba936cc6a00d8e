// The operator's /admin: from the picker's Operator link, every partnership
// listed; a new partnership created with its first admin's invitation link
// shown once; a partnership of the spec's own archived (its admin then reads
// it under a banner, cannot change it, and no longer finds it in the picker)
// and restored; axe-core clean, reflowing at 320 px; a partnership's admin
// gets a 404.
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { demoEmail, expect, expectNoAxeViolations, signIn, test } from "./fixtures";
import { specPartnership } from "./support/operators";
import { measureReflow } from "./support/reflow";

const OPERATOR = "operator@stocktake.demo";

const row = (page: Page, name: string) => page.getByTestId("partnership-row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });

test("an operator lists, creates, archives and restores partnerships on /admin", async ({ page, browser }) => {
  const own = await specPartnership("admin-spec");
  await signIn(page, OPERATOR);
  await expect(page).toHaveURL(/\/p$/);
  await page.getByRole("link", { name: "Operator", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Partnerships" })).toBeVisible();
  await expect(row(page, "Derbyshire Local Area SEND Partnership")).toContainText("Active");
  await expect(row(page, own.name)).toContainText("1");
  await expectNoAxeViolations(page);

  // A new partnership: its first admin's link, shown once to copy.
  const slug = `new-${randomBytes(3).toString("hex")}`;
  const create = page.getByRole("region", { name: "Create a partnership" });
  await create.getByLabel("Name").fill(`New Town ${slug}`);
  await create.getByLabel("Address").fill("Not A Slug");
  await create.getByLabel("Local authority").fill("New Town Council");
  await create.getByLabel("Integrated care board (ICB)").fill("NHS New Town ICB");
  await create.getByLabel("First admin’s email").fill(`first.admin@${slug}.test`);
  await create.getByRole("button", { name: "Create partnership" }).click();
  await expect(create.getByLabel("Address")).toHaveAccessibleDescription(/lower-case letters, digits and single hyphens/);
  await create.getByLabel("Address").fill(slug);
  await create.getByRole("button", { name: "Create partnership" }).click();
  await expect(create.getByRole("status")).toContainText(`New Town ${slug} is created.`);
  await expect(create.getByLabel(`Invitation link for first.admin@${slug}.test`)).toHaveValue(/\/invite\/[A-Za-z0-9_-]{20,}$/);
  await expect(row(page, `New Town ${slug}`)).toContainText("Active");
  await expectNoAxeViolations(page);

  // Archive the spec's own partnership, after the confirmation.
  await row(page, own.name)
    .getByRole("link", { name: `Archive ${own.name}` })
    .click();
  await expect(page.getByRole("heading", { name: `Archive ${own.name}?` })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: `Archive ${own.name}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "is archived" })).toContainText(`${own.name} is archived`);
  await expect(row(page, own.name)).toContainText("Archived");

  // Its admin: gone from the picker, readable under a banner, every change refused.
  const member = await browser.newPage();
  await signIn(member, own.adminEmail);
  await expect(member.getByText("You are not a member of any partnership yet.")).toBeVisible();
  await member.goto(`/p/${own.slug}/settings`);
  await expect(member.getByRole("note").filter({ hasText: "is archived" })).toHaveText(
    `${own.name} is archived: you can read and download everything, but nothing can be changed.`,
  );
  const details = member.locator("form", { has: member.getByRole("button", { name: "Save the name and email", exact: true }) });
  await details.getByLabel("Contact email (optional)").fill("office@archived.test");
  await details.getByRole("button", { name: "Save the name and email", exact: true }).click();
  await expect(details.getByRole("alert")).toHaveText(`${own.name} is archived: it can be read but not changed.`);

  // Restore it: the admin can change it again.
  await row(page, own.name)
    .getByRole("link", { name: `Restore ${own.name}` })
    .click();
  await page.getByRole("button", { name: `Restore ${own.name}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "is restored" })).toContainText(`${own.name} is restored`);
  await expect(row(page, own.name)).toContainText("Active");
  await member.goto(`/p/${own.slug}/settings`);
  await expect(member.getByText(`${own.name} is archived`)).toHaveCount(0);
  await details.getByLabel("Contact email (optional)").fill("office@restored.test");
  await details.getByRole("button", { name: "Save the name and email", exact: true }).click();
  await expect(details.getByRole("status")).toContainText("Saved.");
  await member.close();

  // At 320 px the table scrolls in its own region and the page keeps the screen's width.
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto("/admin");
  const reflow = await page.evaluate(measureReflow);
  expect(reflow.documentWidth).toBeLessThanOrEqual(320);
  expect(reflow.overflowing).toEqual([]);
  expect(reflow.badScrollers).toEqual([]);
});

test("anyone who is not an operator gets a 404 at /admin", async ({ page }) => {
  await signIn(page, demoEmail("admin", "derby-city"));
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Partnerships" })).toHaveCount(0);
});
