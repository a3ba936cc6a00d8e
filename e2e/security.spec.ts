// Issue 14: security headers on every kind of response, and every page still
// working under its Content-Security-Policy (no script refused, hydrated,
// axe-clean); the open redirect after sign-in closed; sign-out ending the
// session for a token captured before it; sign-in throttled with a plain
// message on the sign-in page.
import type { Page } from "@playwright/test";
import { demoEmail, DEMO_PASSWORD, expect, expectNoAxeViolations, signIn, submitSignIn, test } from "./fixtures";

/** Collects every Content-Security-Policy violation the page reports. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  return async () => [...refused, ...(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []))];
}

function scriptSources(policy: string | undefined): string {
  return (policy ?? "").split("; ").find((d) => d.startsWith("script-src ")) ?? "";
}

test("every kind of response carries the security headers; HSTS only over HTTPS", async ({ page, request }) => {
  await signIn(page, demoEmail("board", "derbyshire"));
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const kinds: [what: string, path: string, expectScripts: RegExp][] = [
    ["sign-in page (rendered per request: nonce)", "/login", /^script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}'/],
    ["accessibility statement (prerendered: hashes)", "/accessibility", /^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/],
    ["board dashboard (kept pages: hashes)", "/p/derbyshire", /^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/],
    ["plan's first view (kept pages: hashes)", "/p/derbyshire/plan", /^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/],
    ["plan with an area open (rendered per request: nonce)", "/p/derbyshire/plan?open=PIA1", /^script-src 'self' 'nonce-/],
    ["unknown path (404)", "/no-such-page", /^script-src 'self' 'nonce-/],
  ];
  const nonces = new Set<string>();
  for (const [what, path, expectScripts] of kinds) {
    const response = await request.get(path, { headers: { cookie }, maxRedirects: 0 });
    const headers = response.headers();
    expect(response.status(), what).toBeLessThan(500);
    expect(scriptSources(headers["content-security-policy"]), what).toMatch(expectScripts);
    expect(headers["content-security-policy"], what).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], what).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(headers["x-content-type-options"], what).toBe("nosniff");
    expect(headers["referrer-policy"], what).toBe("same-origin");
    expect(headers["x-frame-options"], what).toBe("DENY");
    expect(headers["strict-transport-security"], what).toBeUndefined();
    nonces.add(/'nonce-([^']+)'/.exec(headers["content-security-policy"] ?? "")?.[1] ?? "");
  }
  // A nonce is never reused: a second load of the same page gets another.
  const again = await request.get("/login");
  expect(nonces.has(/'nonce-([^']+)'/.exec(again.headers()["content-security-policy"] ?? "")?.[1] ?? "")).toBe(false);

  const api = await request.get("/api/health");
  expect(api.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");

  // Behind a TLS-terminating load balancer: HSTS, and insecure subresources upgraded.
  for (const path of ["/login", "/p/derbyshire"]) {
    const https = await request.get(path, { headers: { cookie, "x-forwarded-proto": "https" }, maxRedirects: 0 });
    expect(https.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    expect(https.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
  }
});

test("every page works under its policy: no script refused, interactive, axe-clean", async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto("/accessibility");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto("/login");
  await expectNoAxeViolations(page);
  await signIn(page, demoEmail("admin", "derby-city"));
  // The cached dashboard, hydrated: its client view renders the KPI tiles.
  await expect(page.getByTestId("kpi-tile").first()).toBeVisible();
  await expectNoAxeViolations(page);
  // A client-side navigation, then pages rendered per request.
  await page.getByRole("navigation").getByRole("link", { name: "KPIs" }).click();
  await expect(page).toHaveURL(/\/p\/derby-city\/kpis$/);
  await page.getByRole("row").filter({ hasText: "K20" }).getByRole("link").first().click();
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await expectNoAxeViolations(page);
  // The plan's kept first view (hashes), then an area opened in place (rendered per request: nonce).
  await page.goto("/p/derby-city/plan");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto("/p/derby-city/plan?open=all");
  await expect(page.getByTestId("plan-action").first()).toBeVisible();
  await page.goto("/p/derby-city/plan/manage");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto("/p/derby-city/changes");
  await page.goto("/p/derby-city/my");
  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await violations()).toEqual([]);
});

test("after sign-in, a callback dressed up with dot segments stays on this site", async ({ page, request }) => {
  const callbacks = ["%2F.%2F%2Fevil.example%2Fphish", "%2F..%2F%2Fevil.example%2Fphish", "%2F%252e%2F%2Fevil.example%2Fphish", "%2Fx%2F..%2F%2Fevil.example%2Fphish"];
  // Signed out: a real sign-in through the form lands on this site.
  await page.goto(`/login?callbackUrl=${callbacks[0]}`);
  await page.getByLabel("Email").fill(demoEmail("viewer", "derbyshire"));
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
  // Signed in: the sign-in page's redirect goes to /p, never to //evil.example.
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  for (const callback of callbacks) {
    const response = await request.get(`/login?callbackUrl=${callback}`, { headers: { cookie }, maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers()["location"]).toBe("/p");
  }
});

test("signing out ends the session: a token captured before it opens nothing afterwards", async ({ page, browser }) => {
  await signIn(page, demoEmail("contributor", "derbyshire"));
  await expect(page.getByRole("heading", { name: "Board dashboard" })).toBeVisible();
  const captured = await page.context().cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);

  const replay = await browser.newContext();
  await replay.addCookies(captured);
  const stolen = await replay.newPage();
  for (const path of ["/p/derbyshire", "/p/derbyshire/my", "/p"]) {
    await stolen.goto(path);
    await expect(stolen, path).toHaveURL(/\/login/);
  }
  const session = await replay.request.get("/api/auth/session");
  expect(await session.json()).toEqual({});
  await replay.close();

  // Signing in again works, and only the new session does.
  await signIn(page, demoEmail("contributor", "derbyshire"));
  await expect(page.getByRole("heading", { name: "Board dashboard" })).toBeVisible();
});

test("too many sign-in attempts: 429 with a plain message, and the sign-in page says so", async ({ page, request }) => {
  const email = `throttled-${Date.now()}@derbyshire.demo`;
  // From an address of its own, so that no other test's sign-ins share its count.
  const address = `203.0.113.${(Date.now() % 200) + 20}`;
  const statuses: number[] = [];
  for (let i = 0; i < 12; i++) {
    const response = await request.post("/api/auth/sign-in", { form: { email, password: "wrong" }, headers: { "x-forwarded-for": address, accept: "application/json" } });
    statuses.push(response.status());
    if (response.status() === 429) {
      expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
      expect((await response.json()).error).toMatch(/^Too many sign-in attempts for this account or from your network\. Wait \d+ minutes, then try again\.$/);
    }
  }
  expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
  expect(statuses.slice(10)).toEqual([429, 429]);

  await submitSignIn(page, email, "wrong");
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toContainText("Too many sign-in attempts");
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await expectNoAxeViolations(page);
});
