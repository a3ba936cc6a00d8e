// A new partnership starts on its own (issue 19, "Done means"): the platform
// operator creates it on /admin; its first admin accepts the invitation and
// sets a password; the admin writes two priority areas with an action each
// and invites a priority lead for both; the lead accepts, signs in and finds
// both areas in My updates; the admin makes the lead a viewer, and the
// lead's next update is refused; the admin reads all of it in the audit log
// and downloads it. Email is not set up here, so each link is the one shown
// once. Everything is in a partnership of the spec's own making.
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, signIn, test } from "./fixtures";
import { addPlanItem } from "./support/plan-editor";

const STRONG = ["harbour lantern gravel sparrow", "meadow quartz tundra ribbon"];

/** Opens an invitation link in a browser of its own, as a new person: name, password, in. */
async function acceptAsNewPerson(page: Page, link: string, name: string, password: string, slug: string) {
  await page.goto(new URL(link).pathname);
  await expect(page.getByRole("heading", { level: 1, name: /^Join / })).toBeVisible();
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Choose a password").fill(password);
  await page.getByRole("button", { name: "Accept and create my account" }).click();
  await page.waitForURL(new RegExp(`/p/${slug}$`));
}

test("the operator creates a partnership; its admin, a lead and the audit log take it from there", async ({ browser }) => {
  // Three people and a dozen forms, one after another: more than one page's worth of time.
  test.setTimeout(240_000);
  const stamp = Date.now().toString(36);
  const slug = `first-${stamp}`;
  const name = `Northshire ${stamp} SEND Partnership`;
  const adminEmail = `office-${stamp}@northshire.example.gov.uk`;
  const leadEmail = `lead-${stamp}@northshire.example.gov.uk`;

  // The operator creates the partnership and is shown its first admin's link.
  const operator = await (await browser.newContext()).newPage();
  await signIn(operator, "operator@stocktake.demo");
  await operator.goto("/admin");
  const create = operator.locator("form", { has: operator.getByRole("button", { name: "Create partnership" }) });
  await create.getByLabel("Name", { exact: true }).fill(name);
  await create.getByLabel("Address", { exact: true }).fill(slug);
  await create.getByLabel("Local authority", { exact: true }).fill("Northshire County Council");
  await create.getByLabel("Integrated care board (ICB)", { exact: true }).fill("NHS Northshire ICB");
  await create.getByLabel("First admin’s email", { exact: true }).fill(adminEmail);
  await create.getByRole("button", { name: "Create partnership" }).click();
  const adminLink = await operator.getByLabel(`Invitation link for ${adminEmail}`).inputValue();
  expect(adminLink).toMatch(/\/invite\/[A-Za-z0-9_-]{20,}$/);
  // The operator reads nothing of the partnership itself.
  const refused = await operator.goto(`/p/${slug}/plan`);
  expect(refused?.status()).toBe(404);

  // Its first admin accepts and sets a password.
  const admin = await (await browser.newContext()).newPage();
  await acceptAsNewPerson(admin, adminLink, "Olu Office", STRONG[0]!, slug);

  // Its first dashboard says the plan is empty, and where the admin starts it.
  const areasPanel = admin.getByRole("region", { name: "Priority areas: reported and computed status" });
  await expect(areasPanel).toContainText("No priority areas yet. Add them under Edit plan, or import the plan from a spreadsheet.");
  await expect(areasPanel.getByRole("link", { name: "Edit plan" })).toHaveAttribute("href", `/p/${slug}/plan/manage`);
  await expect(areasPanel.getByRole("link", { name: "import the plan from a spreadsheet" })).toHaveAttribute("href", `/p/${slug}/plan/import`);

  // The admin writes two areas, each with an outcome and an action.
  for (const n of [1, 2]) {
    await addPlanItem(
      admin,
      `/p/${slug}/plan/manage/areas/new`,
      [
        ["Code", `PIA${n}`],
        ["Kind of area", "Area for priority action", "select"],
        ["Title", `Priority ${n} of Northshire`],
        ["Inspection finding", `Finding ${n} as the inspection report words it.`],
      ],
      "Add area",
      `Priority area PIA${n} added.`,
    );
    await addPlanItem(
      admin,
      `/p/${slug}/plan/manage/outcomes/new`,
      [
        ["Priority area", `PIA${n} — Priority ${n} of Northshire`, "select"],
        ["Code", `${n}.1`],
        ["Desired outcome for children and young people", `Children in priority ${n} are better served.`],
      ],
      "Add outcome",
      `Outcome ${n}.1 added.`,
    );
    await addPlanItem(
      admin,
      `/p/${slug}/plan/manage/actions/new`,
      [
        ["Desired outcome", `PIA${n} · ${n}.1 — Children in priority ${n} are better served.`, "select"],
        ["Code", `${n}.1a`],
        ["Title", `First step on priority ${n}`],
        ["Due date", "2027-03-31"],
      ],
      "Add action",
      `Action ${n}.1a added.`,
    );
  }

  // The admin invites a priority lead for both areas.
  await admin.goto(`/p/${slug}/members`);
  const invite = admin.locator("form", { has: admin.getByRole("button", { name: "Invite", exact: true }) });
  await invite.getByLabel("Email address").fill(leadEmail);
  await invite.getByRole("radio", { name: "Priority lead" }).check();
  for (const n of [1, 2]) await invite.getByRole("checkbox", { name: new RegExp(`^PIA${n} — `) }).check();
  await invite.getByRole("button", { name: "Invite", exact: true }).click();
  await expect(invite.getByRole("status")).toContainText(`Invited ${leadEmail}.`);
  const leadLink = await admin.getByLabel("Invitation link (shown only now)").inputValue();

  // The lead accepts, and My updates has both areas.
  const lead = await (await browser.newContext()).newPage();
  await acceptAsNewPerson(lead, leadLink, "Lee Lead", STRONG[1]!, slug);
  await lead.getByRole("navigation").getByRole("link", { name: "My updates" }).click();
  const groups = lead.getByTestId("my-updates-area");
  for (const n of [1, 2]) await expect(groups.locator("summary > h2").filter({ hasText: new RegExp(`^PIA${n} · `) })).toHaveCount(1);
  // Areas added this month owe no highlight report for the months before they existed.
  await expect(lead.getByTestId("owed-report")).toHaveCount(0);
  await expectNoAxeViolations(lead);
  const item = lead.getByTestId("my-update-item").first();
  // Not due yet, so its form is folded away.
  await item.getByText("Update 1.1a now").click();
  await item.getByLabel("Commentary").fill("Started the first step.");

  // The admin makes the lead a viewer; the lead's next update is refused.
  await admin.goto(`/p/${slug}/members`);
  await admin.getByRole("link", { name: "Lee Lead", exact: true }).click();
  const roleForm = admin.locator("form", { has: admin.getByRole("button", { name: "Save role and areas" }) });
  await roleForm.getByRole("radio", { name: "Viewer" }).check();
  await roleForm.getByRole("button", { name: "Save role and areas" }).click();
  await expect(roleForm.getByRole("status")).toHaveText("Saved. Lee Lead is Viewer from their next page.");
  await item.getByRole("button", { name: "Save update" }).click();
  await expect(item.getByRole("alert")).toContainText("You cannot update action");

  // The admin reads all of it in the audit log, newest first, and downloads it.
  await admin.getByRole("navigation").getByRole("link", { name: "Audit log" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  const log = admin.getByRole("main");
  for (const sentence of [
    /Olu Office changed Lee Lead’s role from Priority lead to Viewer/,
    /Lee Lead accepted the invitation and joined as Priority lead for 2 priority areas, with a new account/,
    /Olu Office invited lead-.* as Priority lead for 2 priority areas/,
    /Olu Office added action 2\.1a to outcome 2\.1/,
    /Olu Office accepted the invitation and joined as Programme office/,
    new RegExp(`created the partnership ${slug}`),
  ])
    await expect(log.getByText(sentence).first()).toBeVisible();
  await expectNoAxeViolations(admin);
  const [download] = await Promise.all([admin.waitForEvent("download"), admin.getByRole("link", { name: /^CSV/ }).click()]);
  const csv = (await (await download.createReadStream()).toArray()).join("");
  expect(csv).toContain(name);
  expect(csv).toMatch(/Lee Lead/);
});
