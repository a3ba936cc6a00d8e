// What every no-JavaScript spec needs: a browser with JavaScript off but a
// real session, and the check that the server went back to rest after a post
// (a form posted without JavaScript once left it spinning: vercel/next.js#57867).
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { signIn } from "../fixtures";
import { APP_PORT } from "./ports";
import { cpuWhileQuiet } from "./server-cpu";

/** A browser with JavaScript off, signed in as `email` (the cookie comes from a normal sign-in). */
export async function withoutJavaScript(browser: Browser, email: string): Promise<{ context: BrowserContext; page: Page }> {
  const signing = await browser.newContext();
  await signIn(await signing.newPage(), email);
  const cookies = await signing.cookies();
  await signing.close();
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.addCookies(cookies);
  return { context, page: await context.newPage() };
}

/**
 * A spinning server burns a full core: about 2 s of CPU in 2 s. At rest it uses next to none.
 * Measured once `page` has loaded: the answer's text shows before the server
 * has finished streaming a long page, and that is work, not spinning.
 */
export async function expectServerAtRest(page: Page) {
  if (!page.isClosed()) await page.waitForLoadState("load");
  expect(await cpuWhileQuiet(APP_PORT, 2000)).toBeLessThan(0.4);
}

/** The href of a plan action's page, read from the plan with every area open. */
export async function actionPage(page: Page, slug: string, code: string) {
  await page.goto(`/p/${slug}/plan?open=all`);
  const row = page.getByTestId("plan-action").filter({ has: page.getByRole("rowheader", { name: code, exact: true }) });
  return (await row.getByRole("link").first().getAttribute("href"))!;
}
