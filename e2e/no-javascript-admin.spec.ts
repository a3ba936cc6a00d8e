// /admin without JavaScript: a plain POST creates a partnership and answers
// with the page, the address refused beside its field first and the
// invitation link shown once; archive and restore post through their
// confirmation; the server goes back to rest after each.
import { randomBytes } from "node:crypto";
import { expect, test } from "./fixtures";
import { expectServerAtRest, withoutJavaScript } from "./support/no-javascript";
import { specPartnership } from "./support/operators";

test.describe.configure({ mode: "serial" });

test("an operator creates, archives and restores partnerships without JavaScript", async ({ browser }) => {
  const own = await specPartnership("nojs-admin");
  const { context, page } = await withoutJavaScript(browser, "operator@stocktake.demo");
  await page.goto("/admin");
  const create = page.getByRole("region", { name: "Create a partnership" });
  const slug = `nojs-${randomBytes(3).toString("hex")}`;
  await create.getByLabel("Name").fill(`No Script ${slug}`);
  await create.getByLabel("Address").fill("admin");
  await create.getByLabel("Local authority").fill("No Script Council");
  await create.getByLabel("Integrated care board (ICB)").fill("NHS No Script ICB");
  await create.getByLabel("First admin’s email").fill(`first@${slug}.test`);
  await create.getByRole("button", { name: "Create partnership" }).click();
  await expect(create.getByLabel("Address")).toHaveAccessibleDescription(/reserved/);
  await expect(create.getByLabel("Name")).toHaveValue(`No Script ${slug}`);
  await expectServerAtRest(page);

  await create.getByLabel("Address").fill(slug);
  await create.getByRole("button", { name: "Create partnership" }).click();
  await expect(create.getByRole("status")).toContainText(`No Script ${slug} is created.`);
  await expect(create.getByLabel(`Invitation link for first@${slug}.test`)).toHaveValue(/\/invite\/[A-Za-z0-9_-]{20,}$/);
  await expectServerAtRest(page);
  await page.goto("/admin");
  await expect(page.getByTestId("partnership-row").filter({ hasText: slug })).toContainText("Active");

  await page.goto(`/admin?confirm=${own.slug}`);
  await page.getByRole("button", { name: `Archive ${own.name}` }).click();
  await expect(page.getByRole("status")).toContainText(`${own.name} is archived`);
  await expectServerAtRest(page);
  await page.goto("/admin");
  await expect(page.getByTestId("partnership-row").filter({ hasText: own.slug })).toContainText("Archived");

  await page.goto(`/admin?confirm=${own.slug}`);
  await page.getByRole("button", { name: `Restore ${own.name}` }).click();
  await expect(page.getByRole("status")).toContainText(`${own.name} is restored`);
  await expectServerAtRest(page);
  await context.close();
});
