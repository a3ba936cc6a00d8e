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
 * A spinning server burns a full core: about 2 s of CPU in every 2 s, for
 * good. At rest it uses next to none. Measured once `page` has loaded: the
 * answer's text shows before the server has finished streaming a long page,
 * and that is work, not spinning. A server that has run the whole suite can
 * also still be busy in the first window (0.41 and 0.43 s of CPU, in two
 * full runs, just over the limit; 0.00 in every window when the same spec
 * runs alone: presumably a collection of its by then large heap), so it is
 * given up to three windows in a row to show it has gone back to rest; one
 * that spins fails all three.
 */
export async function expectServerAtRest(page: Page) {
  if (!page.isClosed()) await page.waitForLoadState("load");
  const windows: number[] = [];
  while (windows.length < 3 && (windows.at(-1) ?? Infinity) >= 0.4) windows.push(await cpuWhileQuiet(APP_PORT, 2000));
  expect(Math.min(...windows), `CPU seconds of the server in each 2 s window: ${windows.map((w) => w.toFixed(2)).join(", ")}`).toBeLessThan(0.4);
}

/** The href of a plan action's page, read from the plan with every area open. */
export async function actionPage(page: Page, slug: string, code: string) {
  await page.goto(`/p/${slug}/plan?open=all`);
  const row = page.getByTestId("plan-action").filter({ has: page.getByRole("rowheader", { name: code, exact: true }) });
  return (await row.getByRole("link").first().getAttribute("href"))!;
}
