// Members and invitations without JavaScript, as Derby City's programme
// office: inviting answers with the link to copy, revoking answers with the
// row gone, the invitation page's form makes the account, a role change saves
// and removing answers with the members page; the server goes back to rest
// after each post. The people invited are new to the run and removed at the end.
import type { Page } from "@playwright/test";
import { demoEmail, expect, test } from "./fixtures";
import { expectServerAtRest, withoutJavaScript } from "./support/no-javascript";

test.describe.configure({ mode: "serial" });

const inviteForm = (page: Page) => page.locator("form", { has: page.getByRole("button", { name: "Invite", exact: true }) });

async function invite(page: Page, email: string, role: string) {
  await page.goto("/p/derby-city/members");
  await inviteForm(page).getByLabel("Email address").fill(email);
  await inviteForm(page).getByRole("radio", { name: role }).check();
  await inviteForm(page).getByRole("button", { name: "Invite", exact: true }).click();
  await expect(inviteForm(page).getByRole("status")).toContainText(`Invited ${email}.`);
  return page.getByLabel("Invitation link (shown only now)").inputValue();
}

test("invite, revoke, accept, change a role and remove, each a plain POST", async ({ browser }) => {
  const { context, page } = await withoutJavaScript(browser, demoEmail("admin", "derby-city"));
  const stamp = Date.now();

  // Refused next to the field: a lead needs areas.
  await page.goto("/p/derby-city/members");
  await inviteForm(page).getByLabel("Email address").fill(`nojs-lead-${stamp}@derby-city.example.gov.uk`);
  await inviteForm(page).getByRole("radio", { name: "Priority lead" }).check();
  await inviteForm(page).getByRole("button", { name: "Invite", exact: true }).click();
  await expect(inviteForm(page).getByRole("group", { name: "Priority areas" })).toHaveAccessibleDescription(/Choose at least one priority area/);
  await expectServerAtRest(page);

  const revoked = `nojs-revoked-${stamp}@derby-city.example.gov.uk`;
  expect(await invite(page, revoked, "Viewer")).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await expectServerAtRest(page);
  await page.getByRole("button", { name: `Revoke the invitation to ${revoked}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "Revoked the invitation" })).toHaveText(`Revoked the invitation to ${revoked}: its link no longer works.`);
  await expect(page.getByRole("rowheader", { name: revoked })).toHaveCount(0);
  await expectServerAtRest(page);

  const joining = `nojs-joining-${stamp}@derby-city.example.gov.uk`;
  const link = await invite(page, joining, "Viewer");
  const newcomer = await browser.newContext({ javaScriptEnabled: false });
  const person = await newcomer.newPage();
  await person.goto(new URL(link).pathname);
  await person.getByLabel("Your name").fill("Nora Nojs");
  await person.getByLabel("Choose a password").fill("password");
  await person.getByRole("button", { name: "Accept and create my account" }).click();
  await expect(person.getByLabel("Choose a password")).toHaveAccessibleDescription(/Use at least 12 characters/);
  await expect(person.getByLabel("Your name")).toHaveValue("Nora Nojs");
  await person.getByLabel("Choose a password").fill("marble kettle horizon sparrow");
  await person.getByRole("button", { name: "Accept and create my account" }).click();
  await person.waitForURL(/\/p\/derby-city$/);
  await expectServerAtRest(page);
  await newcomer.close();

  await page.goto("/p/derby-city/members");
  await page.getByRole("link", { name: "Nora Nojs", exact: true }).click();
  const roleForm = page.locator("form", { has: page.getByRole("button", { name: "Save role and areas" }) });
  await roleForm.getByRole("radio", { name: "Board member" }).check();
  await roleForm.getByRole("button", { name: "Save role and areas" }).click();
  await expect(roleForm.getByRole("status")).toHaveText("Saved. Nora Nojs is Board member from their next page.");
  await expectServerAtRest(page);

  await page.getByRole("button", { name: "Remove Nora Nojs" }).click();
  await page.waitForURL(/\/p\/derby-city\/members\?removed=/);
  await expect(page.getByRole("status")).toHaveText("Removed Nora Nojs from the partnership.");
  await expect(page.getByRole("link", { name: "Nora Nojs", exact: true })).toHaveCount(0);
  await expectServerAtRest(page);
  await context.close();
});
