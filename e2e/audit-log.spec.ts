// The audit log (/p/<slug>/audit), as Derbyshire's programme office reads
// it: filtered by a person and an action through the page's form, paged to
// older entries, downloaded as CSV; with JavaScript off the form is plain
// navigation and works the same; at 320 px the page reflows. A spec about
// reading the log, so the rows it reads (70 status updates by Derbyshire's
// lead across the past year) are a set-up write, as the app writes audit
// rows, on the end-to-end server's throwaway database.
import { readFile } from "node:fs/promises";
import Papa from "papaparse";
import { demoEmail, expect, expectNoAxeViolations, signIn, test } from "./fixtures";
import { withDatabase } from "./support/database";
import { withoutJavaScript } from "./support/no-javascript";
import { measureReflow } from "./support/reflow";

const SLUG = "derbyshire";
const UPDATES = 70;
const STATUSES = ["ON_TRACK", "AT_RISK", "OFF_TRACK", "ON_TRACK", "COMPLETE"] as const;

test.describe.configure({ mode: "serial" });

/** The lead as the log names them, and how many of their status updates it holds. */
let lead: { label: string; updates: number };

test.beforeAll(async () => {
  lead = await withDatabase(async (db) => {
    const membership = await db.membership.findFirstOrThrow({
      where: { partnership: { slug: SLUG }, user: { email: demoEmail("lead", SLUG) } },
      select: { partnershipId: true, jobTitle: true, user: { select: { id: true, name: true } } },
    });
    const { partnershipId } = membership;
    const label = membership.jobTitle ? `${membership.user.name} (${membership.jobTitle})` : membership.user.name;
    const actions = await db.action.findMany({ where: { partnershipId, archivedAt: null }, orderBy: { code: "asc" }, select: { id: true, code: true } });
    const start = Date.UTC(2025, 10, 1, 9, 0);
    await db.auditEvent.createMany({
      data: Array.from({ length: UPDATES }, (_, n) => {
        const action = actions[n % actions.length]!;
        return {
          partnershipId,
          actorUserId: membership.user.id,
          actorName: label,
          at: new Date(start + n * 5 * 86_400_000),
          entityType: "Action",
          entityId: action.id,
          action: "status.update",
          before: { status: STATUSES[n % 5], commentary: `Set-up update ${n}.`, version: n + 1 },
          after: { code: action.code, status: STATUSES[(n + 1) % 5], commentary: `Set-up update ${n + 1}.`, version: n + 2, evidence: null },
        };
      }),
    });
    const updates = await db.auditEvent.count({ where: { partnershipId, actorUserId: membership.user.id, action: "status.update" } });
    return { label, updates };
  });
});

test("the programme office filters the log by a person and an action, pages to older entries and downloads it", async ({ page }) => {
  await signIn(page, demoEmail("admin", SLUG));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Every entry" })).toBeVisible();

  const form = page.getByRole("form", { name: "Filter the audit log" });
  await form.getByLabel("Person").selectOption({ label: lead.label });
  await form.getByLabel("Action").selectOption({ label: "Status updated" });
  await form.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]action=status\.update/);
  await expect(page.getByRole("heading", { name: `Entries: Person: ${lead.label}; Action: Status updated` })).toBeVisible();
  // A document load (the kept copy) marks its place in the navigation as the page itself does.
  await expect(page.getByRole("navigation", { name: "Main" }).locator('[aria-current="page"]')).toHaveText("Audit log");

  const rows = page.getByTestId("audit-row");
  await expect(rows).toHaveCount(50);
  const sentences = await rows.locator("td p:first-child").allTextContents();
  expect(sentences.every((s) => s.startsWith(`${lead.label} updated action `) && s.includes("’s status from "))).toBe(true);
  // The newest first: the set-up's last update, with what it changed.
  await expect(rows.first()).toContainText(`Set-up update ${UPDATES}.`);
  await expect(rows.first().getByRole("link")).toHaveAttribute("href", /\/p\/derbyshire\/plan\/actions\//);
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV file of these entries" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^derbyshire-audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = Papa.parse<string[]>((await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
  expect(lines[2]).toEqual([`Filters: Person: ${lead.label}; Action: Status updated`]);
  expect(lines.slice(4)).toHaveLength(lead.updates);
  expect(lines[4]![3]).toBe(sentences[0]);
  expect(lines[4]![2]).toBe(lead.label);

  await page.getByRole("link", { name: "Older entries" }).click();
  await expect(rows).toHaveCount(Math.min(50, lead.updates - 50));
  await expect(rows.first()).not.toContainText(`Set-up update ${UPDATES}.`);
  expect(await rows.locator("td p:first-child").allTextContents()).not.toContain(sentences[0]);
  await expect(page.getByRole("link", { name: "Newer entries" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("without JavaScript the filter form is plain navigation, and a refused date is named beside its field", async ({ browser }) => {
  const { context, page } = await withoutJavaScript(browser, demoEmail("admin", SLUG));
  try {
    await page.goto(`/p/${SLUG}/audit`);
    const form = page.getByRole("form", { name: "Filter the audit log" });
    await form.getByLabel("Person").selectOption({ label: lead.label });
    await form.getByLabel("Kind of item").selectOption({ label: "Action" });
    await form.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/[?&]kind=Action/);
    await expect(page.getByTestId("audit-row")).toHaveCount(50);
    await page.getByRole("link", { name: "Older entries" }).click();
    await expect(page.getByTestId("audit-row").first()).toContainText(lead.label);

    // A document load is the member's kept copy of the page: a new entry (any write writes one) is there on the next load.
    await page.goto(`/p/${SLUG}/audit?kind=Partnership`);
    const before = await page.getByTestId("audit-row").count();
    await withDatabase(async (db) => {
      const { id } = await db.partnership.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true } });
      await db.auditEvent.create({
        data: {
          partnershipId: id,
          actorName: "End-to-end set-up",
          entityType: "Partnership",
          entityId: id,
          action: "update settings",
          before: { advisorDashboardAccess: false },
          after: { advisorDashboardAccess: false },
        },
      });
    });
    await page.reload();
    await expect(page.getByTestId("audit-row")).toHaveCount(before + 1);
    await expect(page.getByTestId("audit-row").first()).toContainText("End-to-end set-up changed the partnership’s settings");
    // The kept copy's renderer answers only the route that signs its path.
    expect((await page.request.get(`/audit-render/any-partnership/any-membership/2026-11-20/1?kind=Partnership`)).status()).toBe(404);

    await page.goto(`/p/${SLUG}/audit?from=2026-02-30`);
    const from = page.getByLabel("From");
    await expect(from).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator(`#${await from.getAttribute("aria-describedby")}`)).toHaveText("⚠ Enter a real date for “From”, for example 1 April 2026.");
    await expect(page.getByTestId("audit-row")).toHaveCount(0);
    await expect(page.getByText("Nothing is listed until the filters above are put right.")).toBeVisible();
  } finally {
    await context.close();
  }
});

test("the audit log reflows at 320 px", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await signIn(page, demoEmail("admin", SLUG));
  await page.goto(`/p/${SLUG}/audit?action=status.update`);
  await expect(page.getByTestId("audit-row").first()).toBeVisible();
  const found = await page.evaluate(measureReflow);
  expect(found.overflowing).toEqual([]);
  expect(found.badScrollers).toEqual([]);
  expect(found.documentWidth).toBeLessThanOrEqual(320);
});
