// Members and invitations, as Derbyshire's programme office with email not
// set up: invite a priority lead for two areas and copy the link shown once;
// the lead opens it in a browser of their own, sets their name and a strong
// password, lands signed in, and finds both areas in My updates; the
// programme office makes them a viewer, and the lead's next update is
// refused. The two areas are the first two My updates shows the programme
// office (areas with something due). The person is removed at the end, so
// the demo's members are as they were.
import { demoEmail, expect, expectNoAxeViolations, signIn, test } from "./fixtures";

const PASSWORD = "orchard velvet compass tidal";

test("an admin invites a lead for two areas; the lead accepts, updates, is made a viewer and is refused", async ({ browser }) => {
  const email = `e2e-lead-${Date.now()}@derbyshire.example.gov.uk`;
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, demoEmail("admin", "derbyshire"));

  await admin.goto("/p/derbyshire/my");
  const headings = await admin.getByTestId("my-updates-area").locator("summary > h2").allInnerTexts();
  const areas = headings.slice(0, 2).map((text) => text.split(" · ")[0]!.trim());
  expect(areas).toHaveLength(2);

  await admin.getByRole("navigation").getByRole("link", { name: "Members" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Members" })).toBeVisible();
  await expectNoAxeViolations(admin);
  const invite = admin.locator("form", { has: admin.getByRole("button", { name: "Invite", exact: true }) });
  await invite.getByLabel("Email address").fill(email);
  await invite.getByRole("radio", { name: "Priority lead" }).check();
  for (const code of areas) await invite.getByRole("checkbox", { name: new RegExp(`^${code} — `) }).check();
  await invite.getByRole("button", { name: "Invite", exact: true }).click();
  await expect(invite.getByRole("status")).toContainText(`Invited ${email}. Email is not set up, so copy the link below`);
  const link = await admin.getByLabel("Invitation link (shown only now)").inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await expect(admin.getByRole("rowheader", { name: email })).toBeVisible();
  await expectNoAxeViolations(admin);

  // The lead, in a browser of their own.
  const leadContext = await browser.newContext();
  const lead = await leadContext.newPage();
  await lead.goto(new URL(link).pathname);
  await expect(lead.getByRole("heading", { level: 1, name: /^Join Derbyshire/ })).toBeVisible();
  await expect(lead.getByText(`For ${email}.`)).toBeVisible();
  await expectNoAxeViolations(lead);
  await lead.getByLabel("Your name").fill("Eve Endtoend");
  await lead.getByLabel("Choose a password").fill(PASSWORD);
  await lead.getByRole("button", { name: "Accept and create my account" }).click();
  await lead.waitForURL(/\/p\/derbyshire$/);
  await lead.getByRole("navigation").getByRole("link", { name: "My updates" }).click();
  const groups = lead.getByTestId("my-updates-area");
  for (const code of areas) await expect(groups.locator("summary > h2").filter({ hasText: new RegExp(`^${code} · `) })).toHaveCount(1);
  const group = groups.first();
  if ((await group.getAttribute("open")) === null) await group.locator("summary > h2").click();
  const item = group.getByTestId("my-update-item").first();
  await item.getByText(/^Update .+ now$/).click();
  await item.getByLabel("Commentary").fill("Checked with the team this week.");

  // The same link again: used.
  const again = await (await browser.newContext()).newPage();
  await again.goto(new URL(link).pathname);
  await expect(again.getByRole("heading", { level: 1, name: "This invitation has been used" })).toBeVisible();

  // The programme office makes the lead a viewer.
  await admin.goto("/p/derbyshire/members");
  await admin.getByRole("link", { name: "Eve Endtoend", exact: true }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Eve Endtoend" })).toBeVisible();
  await expectNoAxeViolations(admin);
  const roleForm = admin.locator("form", { has: admin.getByRole("button", { name: "Save role and areas" }) });
  await roleForm.getByRole("radio", { name: "Viewer" }).check();
  await roleForm.getByRole("button", { name: "Save role and areas" }).click();
  await expect(roleForm.getByRole("status")).toHaveText("Saved. Eve Endtoend is Viewer from their next page.");

  // The lead's next update is refused, and nothing in the navigation offers it again.
  await item.getByRole("button", { name: "Save update" }).click();
  await expect(item.getByRole("alert")).toContainText("You cannot update action");
  await lead.reload();
  await expect(lead.getByRole("navigation").getByRole("link", { name: "My updates" })).toHaveCount(0);

  // Put back: the person is removed, and the page says so.
  await admin.getByRole("button", { name: "Remove Eve Endtoend" }).click();
  await admin.waitForURL(/\/p\/derbyshire\/members\?removed=/);
  await expect(admin.getByRole("status")).toHaveText("Removed Eve Endtoend from the partnership.");
  await lead.reload();
  await expect(lead.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await leadContext.close();
});

/** The test provider's own login and consent screens (e2e/support/oidc-provider.ts: any login name is the subject). */
async function providerSignIn(page: import("@playwright/test").Page, subject: string) {
  await page.locator('input[name="login"]').fill(subject);
  await page.locator('input[name="password"]').fill("any");
  await page.getByRole("button", { name: "Sign-in" }).click();
  const consent = page.getByRole("button", { name: "Continue" });
  if (await consent.isVisible({ timeout: 5000 }).catch(() => false)) await consent.click();
}

test("a new person continues with OpenID Connect: the provider's subject is linked to their new account", async ({ browser }) => {
  const email = `e2e-oidc-${Date.now()}@derbyshire.example.gov.uk`;
  const subject = `entra-subject-invitee-${Date.now()}`;
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, demoEmail("admin", "derbyshire"));
  await admin.goto("/p/derbyshire/members");
  const invite = admin.locator("form", { has: admin.getByRole("button", { name: "Invite", exact: true }) });
  await invite.getByLabel("Email address").fill(email);
  await invite.getByRole("radio", { name: "Viewer" }).check();
  await invite.getByRole("button", { name: "Invite", exact: true }).click();
  const link = await admin.getByLabel("Invitation link (shown only now)").inputValue();

  const person = await (await browser.newContext()).newPage();
  await person.goto(new URL(link).pathname);
  await person.getByRole("button", { name: "Continue with Microsoft Entra ID" }).click();
  await providerSignIn(person, subject);
  await expect(person).toHaveURL(/\/p\/derbyshire$/);
  await expect(person.getByRole("banner")).toContainText("Viewer");

  // In a browser of its own, the same subject now signs in from the sign-in page.
  const again = await (await browser.newContext()).newPage();
  await again.goto("/login");
  await again.getByRole("button", { name: "Sign in with Microsoft Entra ID" }).click();
  await providerSignIn(again, subject);
  await expect(again).toHaveURL(/\/p\/derbyshire$/);

  await admin.goto("/p/derbyshire/members");
  const row = admin.getByRole("row").filter({ hasText: email });
  await expect(row).toContainText("Microsoft Entra ID");
  await row.getByRole("link").first().click();
  await admin.getByRole("button", { name: /^Remove / }).click();
  await expect(admin.getByRole("status")).toHaveText(/^Removed .+ from the partnership\.$/);
  await expect(admin.getByRole("row").filter({ hasText: email })).toHaveCount(0);
});
