// Issue 14, item 8: a malformed address is a 404, and a 2 MB commentary is
// refused before it is sent, with the form and what was typed kept and a
// message that tells the truth.
import { demoEmail, expect, expectNoAxeViolations, signIn, test } from "./fixtures";

test("an address with broken percent-encoding is a 404, signed in or not", async ({ page }) => {
  for (const path of ["/p/%E0%A4%A", "/p/derbyshire/plan/%E0%A4%A", "/%E0%A4%A"]) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    expect(await response.text()).toContain("Page not found");
  }
  await signIn(page, demoEmail("viewer", "derbyshire"));
  const response = await page.goto("/p/%E0%A4%A");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("a 2 MB commentary is refused before it is sent: the form and the text stay, nothing is saved", async ({ page }) => {
  await signIn(page, demoEmail("admin", "derby-city"));
  await page.goto("/p/derby-city/plan?area=APA2");
  await page.getByTestId("plan-action").filter({ has: page.getByRole("rowheader", { name: "2.2d", exact: true }) }).getByRole("link").first().click();
  const history = page.getByRole("region", { name: "History" }).getByTestId("history-entry");
  await expect(history.first()).toBeVisible();
  const before = await history.count();
  const text = "The panel met. ".repeat(140_000); // about 2.1 MB
  await page.getByLabel("Commentary").fill(text);
  await page.getByRole("button", { name: "Save update" }).click();
  const refusal = page.getByTestId("too-large");
  await expect(refusal).toContainText("too large to send");
  await expect(refusal).toContainText("nothing was saved");
  await expect(refusal).toContainText("What you typed is still here");
  expect((await page.getByLabel("Commentary").inputValue()).length).toBe(text.length);
  await page.reload();
  await expect(history).toHaveCount(before);
  await expectNoAxeViolations(page);
});
