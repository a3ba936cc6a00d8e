// Password resets (lib/passwords), in partnerships of the file's own, with
// mail through a real SMTP server in this process: "Forgot your password?"
// answers the same whether or not an account uses the address, the link
// works once, for 30 minutes by the one clock, ends every session of the
// person and lets an OpenID-only person choose a password; an admin issues
// links and removes OpenID Connect links only for their own partnership's
// members, never a person's last way in.
import bcrypt from "bcrypt";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "./support/db";
import { OWN_ROLES, ownPartnership, type OwnPartnership } from "./support/own-partnership";
import { startSmtpCapture, type SmtpCapture } from "./support/smtp";

// The guards read the session through this one module; the test plays the signed-in user.
const signedIn: { user: SessionUser | null } = { user: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => signedIn.user }));

const { forgotPassword } = await import("@/lib/passwords/forgot");
const { resetPassword, readResetProblems, RESET_PROBLEMS_FLASH } = await import("@/lib/passwords/reset");
const { completePasswordReset, createPasswordResetForEmail, getPasswordReset } = await import("@/lib/passwords/queries");
const { getMember } = await import("@/lib/auth/guards");
const { verifyPassword } = await import("@/lib/auth/password");
const { signInWithPassword } = await import("@/lib/auth/sign-in");

const STRONG = "tractor lantern biscuit ocean";
let own: OwnPartnership;
let smtp: SmtpCapture;
let posts = 0;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  vi.stubEnv("AUTH_SECRET", "a-test-secret-of-thirty-two-chars!");
  vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
  vi.stubEnv("SMTP_URL", smtp.url);
  vi.stubEnv("MAIL_FROM", "Stocktake <stocktake@send.example.gov.uk>");
  own = await ownPartnership("passwords");
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await smtp.stop();
});

/** A browser's form post to one of the route handlers, each from an address of its own (the throttle counts per address). */
function formPost(path: string, fields: Record<string, string>, address = `198.18.${Math.floor(posts / 250)}.${(posts++ % 250) + 1}`) {
  return new NextRequest(`http://localhost:3000${path}`, {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": address, "sec-fetch-mode": "navigate", accept: "text/html" },
  });
}

/**
 * "Forgot your password?" for this address. The work it leaves for after the
 * answer is held until `run` (by default at once), so a test can see that the
 * answer was given before any of it.
 */
async function forgot(email: string, address?: string, options: { hold?: boolean } = {}) {
  const held: (() => Promise<void>)[] = [];
  const response = await forgotPassword(formPost("/api/auth/forgot-password", { email }, address), (work) => held.push(work));
  const run = () => Promise.all(held.map((work) => work()));
  if (!options.hold) await run();
  return { response, held: held.length, run };
}

const reset = (token: string, password: string, confirmPassword = password) => resetPassword(formPost("/api/auth/reset-password", { token, password, confirmPassword }));
const tokenIn = (text: string) => /\/reset-password\/([A-Za-z0-9_-]{43})/.exec(text)?.[1];
const userRow = (email: string) => db.user.findFirstOrThrow({ where: { email }, select: { id: true, name: true, email: true, passwordHash: true, sessionVersion: true } });
const answerOf = (response: Response) => ({ status: response.status, location: response.headers.get("location"), cookies: response.headers.getSetCookie() });

describe("forgot your password", () => {
  it("answers a known and an unknown address alike, at once, and mails a working link only to the account", async () => {
    const email = `viewer@${own.slug}.test`;
    const { id: userId } = await userRow(email);
    const resets = await db.passwordReset.count({ where: { userId } });
    const known = await forgot(email, undefined, { hold: true });
    const unknown = await forgot(`nobody-${own.slug}@example.gov.uk`, undefined, { hold: true });
    expect(answerOf(known.response)).toEqual(answerOf(unknown.response));
    expect(answerOf(known.response)).toEqual({ status: 303, location: "/forgot-password?sent=1", cookies: [] });
    // Both answers were given before the lookup, the link and the mail: the same work, so the same time, whichever exists.
    expect([known.held, unknown.held]).toEqual([1, 1]);
    expect(await db.passwordReset.count({ where: { userId } })).toBe(resets);
    await Promise.all([known.run(), unknown.run()]);
    expect(await db.passwordReset.count({ where: { userId } })).toBe(resets + 1);

    const mail = await smtp.next(email);
    expect(mail.subject).toBe("Choose a new Stocktake password");
    expect(mail.text).toMatch(/within 30 minutes/);
    const token = tokenIn(mail.text)!;
    expect(mail.text).toContain(`http://localhost:3000/reset-password/${token}`);
    expect(await getPasswordReset(token)).toMatchObject({ state: "valid", email });
    expect(smtp.messages.filter((m) => m.to.includes(`nobody-${own.slug}@example.gov.uk`))).toEqual([]);
    // Only the hash is stored.
    expect(await db.passwordReset.count({ where: { tokenHash: token } })).toBe(0);
    // The mailed link works.
    expect((await reset(token, STRONG)).headers.get("location")).toBe("/login?reset=1");
    expect(await verifyPassword(STRONG, (await userRow(email)).passwordHash)).toBe(true);
  });

  it("refuses a malformed address beside the field, and throttles by address typed whatever exists", async () => {
    const bad = await forgot("not an email");
    expect(bad.response.headers.get("location")).toBe("/forgot-password?error=email");
    const email = `throttled-${own.slug}@example.gov.uk`;
    const answers = [];
    for (let i = 0; i < 6; i += 1) answers.push((await forgot(email)).response.headers.get("location"));
    expect(answers.slice(0, 5)).toEqual(Array(5).fill("/forgot-password?sent=1"));
    expect(answers[5]).toMatch(/^\/forgot-password\?error=throttled&wait=\d+$/);
  });

  it("without mail set up, sends nothing and goes back to the page that says to ask the programme office", async () => {
    vi.stubEnv("SMTP_URL", "");
    try {
      const before = smtp.messages.length;
      const { response } = await forgot(`admin@${own.slug}.test`);
      expect(response.headers.get("location")).toBe("/forgot-password");
      expect(smtp.messages.length).toBe(before);
    } finally {
      vi.stubEnv("SMTP_URL", smtp.url);
    }
  });
});

describe("a reset link", () => {
  it("refuses a weak password with the policy's reason beside the field, changing nothing; a strong one ends every session and signs in", async () => {
    const email = `lead@${own.slug}.test`;
    const before = await userRow(email);
    signedIn.user = { userId: before.id, name: before.name, email, sessionVersion: before.sessionVersion };
    expect(await getMember(own.slug)).not.toBeNull();
    const { token } = (await createPasswordResetForEmail(email))!;

    const weak = await reset(token, "password1234");
    expect(weak.headers.get("location")).toBe(`/reset-password/${token}?error=1`);
    const flash = weak.headers.getSetCookie().find((c) => c.startsWith(`${RESET_PROBLEMS_FLASH}=`))!;
    expect(flash).toContain(`Path=/reset-password/${token}`);
    expect(readResetProblems(decodeURIComponent(flash.split(";")[0]!.split("=")[1]!))).toEqual({
      password: "This password is on lists of commonly used passwords: choose another.",
      confirmPassword: undefined,
    });
    const mine = await reset(token, `${own.slug}.lead.${own.slug}`);
    expect(readResetProblems(decodeURIComponent(mine.headers.getSetCookie()[0]!.split(";")[0]!.split("=")[1]!)).password).toMatch(/too easy to guess/);
    const differ = await reset(token, STRONG, `${STRONG}!`);
    expect(readResetProblems(decodeURIComponent(differ.headers.getSetCookie()[0]!.split(";")[0]!.split("=")[1]!)).confirmPassword).toMatch(/not the same/);
    expect(await userRow(email)).toEqual(before);
    expect(await getPasswordReset(token)).toMatchObject({ state: "valid" });

    const done = await reset(token, STRONG);
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe("/login?reset=1");
    const after = await userRow(email);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await verifyPassword(STRONG, after.passwordHash)).toBe(true);
    // The session signed in before the reset is over, for pages and actions alike.
    expect(await getMember(own.slug)).toBeNull();
    // The old password no longer signs in; the new one does.
    const signIn = (password: string) => signInWithPassword(formPost("/api/auth/sign-in", { email, password }));
    expect((await signIn(`${own.slug}-password`)).headers.get("location")).toMatch(/error=CredentialsSignin/);
    expect((await signIn(STRONG)).headers.get("location")).toBe("/p");
  });

  it("works once: used again, it says so and changes nothing", async () => {
    const email = `board@${own.slug}.test`;
    const { token } = (await createPasswordResetForEmail(email))!;
    expect((await reset(token, STRONG)).headers.get("location")).toBe("/login?reset=1");
    const before = await userRow(email);
    const again = await reset(token, "another long passphrase here");
    expect(again.headers.get("location")).toBe(`/reset-password/${token}`);
    expect(await getPasswordReset(token)).toEqual({ state: "used" });
    expect(await userRow(email)).toEqual(before);
  });

  it("two uses at once: the database lets one through", async () => {
    const email = `contributor@${own.slug}.test`;
    const { token } = (await createPasswordResetForEmail(email))!;
    const before = await userRow(email);
    // Real hashes: every stored password must be one (tests/sign-in.test.ts reads them all).
    const [hashA, hashB] = await Promise.all([bcrypt.hash("first racing passphrase", 4), bcrypt.hash("second racing passphrase", 4)]);
    const [a, b] = await Promise.all([completePasswordReset(token, hashA), completePasswordReset(token, hashB)]);
    expect([a.state, b.state].sort()).toEqual(["reset", "used"]);
    expect((await userRow(email)).sessionVersion).toBe(before.sessionVersion + 1);
  });

  it("expires after 30 minutes by the one clock, and changes nothing then", async () => {
    const email = `advisor@${own.slug}.test`;
    const { token } = (await createPasswordResetForEmail(email))!;
    const before = await userRow(email);
    const pinned = process.env.STOCKTAKE_TODAY!;
    // The next day at the same time of day: well past the half hour.
    vi.stubEnv("STOCKTAKE_TODAY", new Date(Date.parse(pinned) + 86_400_000).toISOString().slice(0, 10));
    try {
      expect(await getPasswordReset(token)).toEqual({ state: "expired" });
      expect((await reset(token, STRONG)).headers.get("location")).toBe(`/reset-password/${token}`);
      expect(await userRow(email)).toEqual(before);
    } finally {
      vi.stubEnv("STOCKTAKE_TODAY", pinned);
    }
    expect(await getPasswordReset(token)).toMatchObject({ state: "valid" });
  });

  it("an unknown or malformed token is unknown, and changes nothing", async () => {
    expect(await getPasswordReset("x".repeat(43))).toEqual({ state: "unknown" });
    expect(await getPasswordReset("../../etc")).toEqual({ state: "unknown" });
    expect(await completePasswordReset("x".repeat(43), "hash")).toEqual({ state: "unknown" });
    expect((await reset("x".repeat(43), STRONG)).headers.get("location")).toBe(`/reset-password/${"x".repeat(43)}`);
  });

  it("lets a person who signs in only with OpenID Connect choose a password", async () => {
    const user = await db.user.create({ data: { email: `oidc-only-${own.slug}@example.gov.uk`, name: "Olu Only" }, select: { id: true, email: true } });
    await db.oidcAccount.create({ data: { userId: user.id, issuer: "https://id.example.gov.uk", subject: `sub-${own.slug}` } });
    const { token } = (await createPasswordResetForEmail(user.email))!;
    expect(await getPasswordReset(token)).toMatchObject({ state: "valid", hasPassword: false });
    expect((await reset(token, STRONG)).headers.get("location")).toBe("/login?reset=1");
    expect(await verifyPassword(STRONG, (await userRow(user.email)).passwordHash)).toBe(true);
  });
});

describe("every role", () => {
  it("runs the forgot-password answer for every member alike", async () => {
    const answers = new Set<string>();
    for (const role of OWN_ROLES) answers.add(JSON.stringify(answerOf((await forgot(`${role}@${own.slug}.test`)).response)));
    expect([...answers]).toEqual([JSON.stringify({ status: 303, location: "/forgot-password?sent=1", cookies: [] })]);
    for (const role of OWN_ROLES) expect(tokenIn((await smtp.next(`${role}@${own.slug}.test`)).text)).toBeDefined();
  });
});
