import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "stocktake-demo";

/** Demo sign-ins follow `<role>@<slug>.demo`; the advisor is advisor@dfe.demo. */
export function demoEmail(role: "admin" | "board" | "lead" | "contributor" | "viewer", slug: "derbyshire" | "derby-city") {
  return `${role}@${slug}.demo`;
}

/** Fills and submits the sign-in form; does not wait for the outcome. */
export async function submitSignIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** Signs in and waits until the app has taken the user past the sign-in page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await submitSignIn(page, email, password);
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/**
 * axe-core against WCAG 2.0, 2.1 and 2.2 A and AA, on the settled page. After
 * a server action's redirect, Next commits the new page's head in a step of
 * its own: for one DOM update the document has no <title> (observed with a
 * MutationObserver; the settled page always has it). So wait for the title
 * first: a page that never gets one still fails, here, after the timeout.
 */
export async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

/** The same check, as one line per violation (for a spec that reports every page's at once). */
export async function axeViolations(page: Page): Promise<string[]> {
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
}

export const test = base;
export { expect };
