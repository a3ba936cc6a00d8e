// Reflow (issue 22, WCAG 2.2 SC 1.4.10): at 320 CSS px every page a role can
// open reads without scrolling sideways. Layouts stack and long words wrap; a
// wide data table (which the criterion excepts) scrolls inside its own
// labelled, keyboard-focusable region (components/ui/scroll-region.tsx)
// instead of widening the page. Each role signs in at 320 px and walks every
// kind of page of Derbyshire (e2e/support/reflow.ts; a page that answers 404
// to the role is not theirs); a page fails when the document is wider than
// the viewport or an element outside a scroll region passes its right edge,
// and the message names those elements. Some of the board member's pages
// also get axe at this width. Read-only: it changes no data.
import type { Page } from "@playwright/test";
import { axeViolations, demoEmail, expect, signIn, test } from "./fixtures";
import { isRoute, measureReflow, partnershipPages, partnershipRoutes, type WalkPage } from "./support/reflow";

const WIDTH = 320;
const SLUG = "derbyshire";
const ROLES = ["admin", "board", "lead", "contributor", "viewer", "advisor"] as const;
type DemoRole = (typeof ROLES)[number];

/**
 * Axe at this width, as the board member, on pages with each kind of scroll
 * region (a table's, the heat map's, a document table's, the KPI values')
 * and the most changed layout. The other specs run axe at desktop width; the
 * packs and the open plan would add a dozen seconds here and nothing new.
 */
const AXE = new Set(["dashboard", "risk register", "KPIs", "a KPI", "meetings", "a noted highlight report"]);

test.use({ viewport: { width: WIDTH, height: 640 } });

/** What is wrong with the page as it stands, in words; empty when it reflows. */
async function reflowProblems(page: Page, name: string): Promise<string[]> {
  const found = await page.evaluate(measureReflow);
  const problems: string[] = [];
  if (found.documentWidth > found.viewport || found.overflowing.length) {
    problems.push(
      `${name} (${new URL(page.url()).pathname}): the page is ${found.documentWidth} px wide at ${found.viewport} px; past the edge:\n      ${[...new Set(found.overflowing)].slice(0, 8).join("\n      ")}`,
    );
  }
  if (found.badScrollers.length) problems.push(`${name}: scrolls sideways outside a labelled, focusable region:\n      ${found.badScrollers.join("\n      ")}`);
  return problems;
}

/** Opens the page; false when it is not the role's (404). */
async function open(page: Page, target: WalkPage): Promise<boolean> {
  const response = await page.goto(target.path);
  const status = response?.status() ?? 0;
  if (status === 404) return false;
  expect(status, `${target.name} (${target.path})`).toBeLessThan(400);
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  return true;
}

test("the walk covers every page route under /p/[slug]", async () => {
  const pages = await partnershipPages(SLUG);
  const missing = partnershipRoutes().filter((route) => !pages.some((p) => isRoute(route, new URL(p.path, "http://localhost").pathname)));
  expect(missing, "page routes with no page in e2e/support/reflow.ts's walk").toEqual([]);
});

test("the sign-in and accessibility pages reflow at 320 px", async ({ page }) => {
  const problems: string[] = [];
  for (const target of [
    { name: "sign-in", path: "/login" },
    { name: "accessibility statement", path: "/accessibility" },
    { name: "forgot your password", path: "/forgot-password" },
    { name: "an unknown reset link", path: `/reset-password/${"x".repeat(43)}` },
  ]) {
    await open(page, target);
    problems.push(...(await reflowProblems(page, target.name)));
  }
  expect(problems).toEqual([]);
});

for (const role of ROLES) {
  test(`every page a ${role} can open reflows at 320 px`, async ({ page }) => {
    const pages = await partnershipPages(SLUG);
    await signIn(page, role === "advisor" ? "advisor@dfe.demo" : demoEmail(role as Exclude<DemoRole, "advisor">, SLUG));
    // The menu lists what the role may open (components/shell/app-shell.tsx): none of it may be skipped.
    await page.goto(pages[0]!.path);
    const menu = await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link")
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const problems: string[] = [];
    const opened: string[] = [];
    for (const target of pages) {
      if (!(await open(page, target))) continue;
      opened.push(target.path);
      problems.push(...(await reflowProblems(page, target.name)));
      if (role === "board" && AXE.has(target.name)) problems.push(...(await axeViolations(page)).map((v) => `${target.name}: ${v}`));
    }
    expect(
      menu.filter((href) => !opened.some((p) => new URL(p, "http://localhost").pathname === href)),
      "menu items the walk could not open",
    ).toEqual([]);
    if (role === "admin")
      expect(
        pages.filter((p) => !opened.includes(p.path)).map((p) => p.name),
        "pages the programme office cannot open",
      ).toEqual([]);
    expect(problems).toEqual([]);
  });
}
