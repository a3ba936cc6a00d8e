// Email-and-password sign-in against a real PostgreSQL: the answers a form
// and a script get, throttling per account and per address (issue 14, item
// 3), and passwords stored only as bcrypt hashes.
import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "./support/db";
import { ACCOUNT_LIMIT, ADDRESS_LIMIT, addressKey } from "@/lib/auth/throttle/policy";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { DEMO_PASSWORD } from "@/prisma/seed";

beforeAll(() => {
  vi.stubEnv("AUTH_SECRET", "a-test-secret-of-thirty-two-chars!");
  vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
});
afterAll(() => vi.unstubAllEnvs());

// Addresses in this file, apart so that no test's attempts count against another's:
// each post without one of its own comes from the next of 198.51.100.1–250;
// the account test's second address and the address test's own are in 203.0.113.0/24
// and 192.0.2.0/24, which no other post here uses.
let posts = 0;
const nextAddress = () => `198.51.100.${(posts++ % 250) + 1}`;
const ANOTHER_ADDRESS = "203.0.113.99";
const THROTTLED_ADDRESS = "192.0.2.100";

/** A sign-in post from `address` (by default the next address of its own); a browser's form post unless `script`. */
function post(fields: Record<string, string>, options: { address?: string; script?: boolean; origin?: string } = {}) {
  return signInWithPassword(
    new NextRequest("http://localhost:3000/api/auth/sign-in", {
      method: "POST",
      body: new URLSearchParams(fields),
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-forwarded-for": options.address ?? nextAddress(),
        ...(options.script ? { accept: "application/json" } : { "sec-fetch-mode": "navigate", accept: "text/html" }),
        ...(options.origin ? { origin: options.origin } : {}),
      },
    }),
  );
}

const sessionCookieOf = (response: Response) => response.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));

describe("signing in with email and password", () => {
  it("a form post with the right password sets the session and goes where the person was going", async () => {
    const response = await post({ email: " Admin@Derbyshire.demo", password: DEMO_PASSWORD, callbackUrl: "/p/derbyshire/plan" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/p/derbyshire/plan");
    expect(sessionCookieOf(response)).toMatch(/HttpOnly; SameSite=Lax/);
  });

  it("never sends anyone off the site afterwards, however the callback is dressed up", async () => {
    for (const callbackUrl of ["/.//evil.example/phish", "/..//evil.example/phish", "/%2e//evil.example/phish", "/x/..//evil.example/phish", "https://evil.example/"]) {
      const response = await post({ email: "admin@derbyshire.demo", password: DEMO_PASSWORD, callbackUrl });
      expect(response.headers.get("location")).toBe("/p");
    }
  });

  it("a wrong password or an unknown email: back to the form with one message, the email kept, and 401 for a script", async () => {
    const wrong = await post({ email: "admin@derbyshire.demo", password: "wrong", callbackUrl: "/p/derbyshire" });
    expect(wrong.status).toBe(303);
    expect(wrong.headers.get("location")).toBe("/login?error=CredentialsSignin&callbackUrl=%2Fp%2Fderbyshire");
    expect(wrong.headers.getSetCookie().join()).toContain("stocktake-sign-in-email=admin%40derbyshire.demo");
    expect(sessionCookieOf(wrong)).toBeUndefined();
    const unknown = await post({ email: "nobody@derbyshire.demo", password: DEMO_PASSWORD, callbackUrl: "/p/derbyshire" });
    expect(unknown.headers.get("location")).toBe(wrong.headers.get("location"));
    const script = await post({ email: "admin@derbyshire.demo", password: "wrong" }, { script: true });
    expect(script.status).toBe(401);
    expect(await script.json()).toEqual({ error: "The email or password is not right. Check them and try again." });
  });

  it("refuses a post from another site's page", async () => {
    const response = await post({ email: "admin@derbyshire.demo", password: DEMO_PASSWORD }, { origin: "https://evil.example" });
    expect(response.status).toBe(403);
    expect(sessionCookieOf(response)).toBeUndefined();
  });
});

describe("throttling", () => {
  it("refuses an account after its limit of attempts, even with the right password, from any address, with 429 and a plain message", async () => {
    // A new account each run: a second pass on the same database (CI) finds this run's count, not the last one's.
    const email = `throttle-${randomUUID()}@derbyshire.demo`;
    const answers: number[] = [];
    // Half in sequence, half ten at a time, as the probe sent them.
    for (let i = 0; i < 5; i++) answers.push((await post({ email, password: "wrong" }, { script: true })).status);
    answers.push(...(await Promise.all(Array.from({ length: 10 }, () => post({ email, password: "wrong" }, { script: true })))).map((r) => r.status));
    expect(answers.filter((s) => s === 401)).toHaveLength(ACCOUNT_LIMIT.points);
    expect(answers.filter((s) => s === 429)).toHaveLength(15 - ACCOUNT_LIMIT.points);

    const refused = await post({ email, password: "wrong" }, { script: true, address: ANOTHER_ADDRESS });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(60);
    expect((await refused.json()).error).toMatch(/^Too many sign-in attempts for this account or from your network\. Wait \d+ minutes, then try again\.$/);

    // A browser is sent back to the form, which says the same.
    const form = await post({ email, password: "wrong" });
    expect(form.headers.get("location")).toMatch(/^\/login\?error=TooManyAttempts&wait=\d+$/);
  });

  it("a successful sign-in starts the account's count again", async () => {
    const email = "viewer@derby-city.demo";
    for (let i = 0; i < ACCOUNT_LIMIT.points - 1; i++) expect((await post({ email, password: "wrong" }, { script: true })).status).toBe(401);
    expect((await post({ email, password: DEMO_PASSWORD }, { script: true })).status).toBe(200);
    for (let i = 0; i < ACCOUNT_LIMIT.points - 1; i++) expect((await post({ email, password: "wrong" }, { script: true })).status).toBe(401);
    expect((await post({ email, password: DEMO_PASSWORD }, { script: true })).status).toBe(200);
  });

  it("refuses an address after its limit of failed attempts, whichever accounts it tries", async () => {
    const address = THROTTLED_ADDRESS;
    // Ninety-five failures already counted for this address in the last hour, as the store keeps them;
    // set, not added, so a second pass on the same database starts from the same count.
    const count = { points: ADDRESS_LIMIT.points - 5, expire: BigInt(Date.now() + 30 * 60_000) };
    await db.signInThrottle.upsert({ where: { key: `sign-in:${addressKey(address)}` }, create: { key: `sign-in:${addressKey(address)}`, ...count }, update: count });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await post({ email: `spray-${i}-${randomUUID()}@example.org`, password: "wrong" }, { script: true, address })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    expect((await post({ email: "admin@derbyshire.demo", password: DEMO_PASSWORD }, { script: true, address })).status).toBe(429);
    // Another address is unaffected.
    expect((await post({ email: "admin@derbyshire.demo", password: DEMO_PASSWORD }, { script: true })).status).toBe(200);
  });

  it("answers busy at once, rather than queueing without bound, when a flood of attempts waits for hashing", async () => {
    const statuses = await Promise.all(Array.from({ length: 40 }, () => post({ email: `flood-${randomUUID()}@example.org`, password: "wrong" }, { script: true })));
    const busy = statuses.filter((r) => r.status === 503);
    expect(busy.length).toBeGreaterThan(0);
    expect(busy[0]!.headers.get("retry-after")).toBe("5");
    expect(statuses.every((r) => r.status === 401 || r.status === 503)).toBe(true);
  });

  it("keeps its counts in PostgreSQL, shared by every app server, and no email in them", async () => {
    const rows = await db.signInThrottle.findMany({ select: { key: true } });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => !row.key.includes("@"))).toBe(true);
  });
});

describe("stored passwords", () => {
  it("are bcrypt hashes only", async () => {
    // People who sign in only through OpenID Connect have none (another file may have made one).
    const users = await db.user.findMany({ where: { passwordHash: { not: null } }, select: { email: true, passwordHash: true } });
    expect(users.map((user) => user.email)).toContain("admin@derbyshire.demo");
    for (const { passwordHash } of users) expect(passwordHash).toMatch(/^\$2[aby]\$\d{2}\$/);
  });
});
