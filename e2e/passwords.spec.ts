// Passwords, end to end, on the admin-issued path (the end-to-end server has
// no mail set up, so "Forgot your password?" says to ask the programme
// office): Derby City's programme office opens a member's sign-in page, issues
// a reset link and is shown it once; the member, in a fresh browser, opens
// it, has a weak password refused with the reason beside the field, saves a
// strong one, and signs in with it, while the session they had before is
// over. The programme office then removes the member's OpenID Connect link.
// axe-core on each page.
import { demoEmail, expect, expectNoAxeViolations, signIn, test } from "./fixtures";
import { memberToReset, type ResetMember } from "./support/passwords";

test.describe.configure({ mode: "serial" });

const STRONG = "harbour kettle violet meadow";
let member: ResetMember;

test.beforeAll(async () => {
  member = await memberToReset("derby-city", "reset");
});

test("without mail, the forgot-password page says to ask the programme office, and is reached from sign in", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await expect(page.getByRole("heading", { level: 1, name: "Forgot your password?" })).toBeVisible();
  await expect(page.getByText(/Ask your partnership’s programme office \(an admin\) for a password reset link/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("an admin issues a reset link; the member chooses a new password with it, ending their old session", async ({ browser }) => {
  // The member, signed in before the reset.
  const before = await browser.newContext();
  const old = await before.newPage();
  await signIn(old, member.email, member.password);
  await old.goto("/p/derby-city/plan");
  await expect(old.getByRole("heading", { level: 1 })).toBeVisible();

  const office = await browser.newContext();
  const admin = await office.newPage();
  await signIn(admin, demoEmail("admin", "derby-city"));
  await admin.goto(member.signInPage);
  await expect(admin.getByRole("heading", { level: 1, name: `How ${member.name} (Governor) signs in` })).toBeVisible();
  await expect(admin.getByText("Has a password.")).toBeVisible();
  await expect(admin.getByText(member.issuer, { exact: true })).toBeVisible();
  await expectNoAxeViolations(admin);
  await admin.getByRole("button", { name: "Issue a password reset link" }).click();
  await expect(admin.getByRole("status")).toContainText(`Copy this link and give it to ${member.name}`);
  const link = await admin.getByLabel("Password reset link").inputValue();
  expect(link).toMatch(/^http:\/\/localhost:\d+\/reset-password\/[\w-]{43}$/);
  await expectNoAxeViolations(admin);

  const fresh = await browser.newContext();
  const page = await fresh.newPage();
  await page.goto(new URL(link).pathname);
  await expect(page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("New password", { exact: true }).fill("password1234");
  await page.getByLabel("New password again").fill("password1234");
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.getByLabel("New password", { exact: true })).toHaveAccessibleDescription(/This password is on lists of commonly used passwords: choose another\./);
  await expectNoAxeViolations(page);

  await page.getByLabel("New password", { exact: true }).fill(STRONG);
  await page.getByLabel("New password again").fill(STRONG);
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page).toHaveURL(/\/login\?reset=1$/);
  await expect(page.getByRole("status")).toHaveText("Your new password is saved, and you have been signed out everywhere. Sign in with it.");
  await expectNoAxeViolations(page);

  // The session from before the reset is over.
  await old.goto("/p/derby-city/plan");
  await expect(old).toHaveURL(/\/login/);

  // The link worked once.
  await page.goto(new URL(link).pathname);
  await expect(page.getByRole("heading", { level: 1, name: "This link has been used" })).toBeVisible();

  await signIn(page, member.email, STRONG);
  await expect(page).toHaveURL(/\/p/);
  await Promise.all([before.close(), fresh.close()]);

  // The programme office removes the member's OpenID Connect link (they keep their password).
  await admin.goto(member.signInPage);
  await admin.getByRole("button", { name: `Remove the link to ${member.issuer}` }).click();
  await expect(admin.getByText(member.issuer, { exact: true })).toHaveCount(0);
  await expect(admin.getByText("None: they do not sign in with an organisation account.")).toBeVisible();
  await office.close();
});

test("a member's sign-in page is a 404 to another partnership's admin and to a member who is not an admin", async ({ browser }) => {
  const other = await browser.newContext();
  const derbyshire = await other.newPage();
  await signIn(derbyshire, demoEmail("admin", "derbyshire"));
  expect((await derbyshire.goto(`/p/derbyshire/members/${member.membershipId}/sign-in`))?.status()).toBe(404);
  expect((await derbyshire.goto(member.signInPage))?.status()).toBe(404);
  await other.close();

  const viewers = await browser.newContext();
  const viewer = await viewers.newPage();
  await signIn(viewer, demoEmail("viewer", "derby-city"));
  expect((await viewer.goto(member.signInPage))?.status()).toBe(404);
  await expect(viewer.getByRole("button", { name: /password reset link/ })).toHaveCount(0);
  await viewers.close();
});
