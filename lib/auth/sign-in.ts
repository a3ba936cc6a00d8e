import "server-only";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { safeCallbackUrl } from "./callback-url";
import { hashingSaturated, HashingBusyError, verifyPassword } from "./password";
import { getUserForSignIn, recordSignIn } from "./queries";
import { issueSessionCookie } from "./session-token";
import { accountKey, addressKey, clientAddress } from "./throttle/policy";
import { countSignInAttempt, countSignInSuccess } from "./throttle/queries";

// Email-and-password sign-in: POST /api/auth/sign-in. The sign-in form posts
// here as a plain HTML form, so it works without JavaScript (GOV.UK-style
// progressive enhancement): a browser gets a redirect, to where it was going
// or back to the sign-in page with a message; any other client gets a status
// and a plain message (401, 429 when throttled, 503 when busy). In order:
// refuse a cross-site post, refuse at once when hashing is saturated, count
// the attempt against the account and the address (refused over the limit,
// before any hashing), then check the password off the request thread.

export const SIGN_IN_PATH = "/api/auth/sign-in";
/** Carries what was typed back to the form after a refusal (a GOV.UK form keeps it). */
export const EMAIL_FLASH_COOKIE = "stocktake-sign-in-email";

export const SIGN_IN_MESSAGES = {
  CredentialsSignin: "The email or password is not right. Check them and try again.",
  Busy: "Signing in is busy just now. Wait a few seconds, then try again.",
} as const;

export function tooManyAttemptsMessage(minutes: number): string {
  const wait = minutes <= 1 ? "a minute" : `${minutes} minutes`;
  return `Too many sign-in attempts for this account or from your network. Wait ${wait}, then try again.`;
}

const MAX_BODY_BYTES = 8 * 1024;

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email().max(320)),
  password: z.string().min(1).max(1000),
});

/** Proxies in front of the app whose X-Forwarded-For entries are believed (README, Configuration). */
export function trustedProxyHops(): number {
  const hops = Number(process.env.STOCKTAKE_TRUSTED_PROXY_HOPS ?? 0);
  return Number.isInteger(hops) && hops >= 0 ? hops : 0;
}

/** A post from another site's page (login CSRF) is refused; clients that send no Origin are not browsers. */
export function crossSite(request: NextRequest): boolean {
  if (request.headers.get("sec-fetch-site") === "cross-site") return true;
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const allowed = new Set<string>();
  if (process.env.NEXTAUTH_URL) allowed.add(new URL(process.env.NEXTAUTH_URL).origin);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const proto = request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", "");
  if (host) allowed.add(`${proto}://${host}`);
  return !allowed.has(origin);
}

/** A browser submitting the form (it follows a redirect to a page); anything else wants a status. */
export function isBrowserForm(request: NextRequest): boolean {
  const mode = request.headers.get("sec-fetch-mode");
  if (mode) return mode === "navigate";
  return (request.headers.get("accept") ?? "").includes("text/html");
}

type Outcome =
  | { kind: "signed-in"; to: string; cookie: Awaited<ReturnType<typeof issueSessionCookie>> }
  | { kind: "refused"; status: 400 | 401 | 403 | 413; error: "CredentialsSignin" | "Refused"; email?: string }
  | { kind: "throttled"; retryAfterSeconds: number; email?: string }
  | { kind: "busy"; email?: string };

async function attempt(request: NextRequest, form: FormData, callbackUrl: string): Promise<Outcome> {
  const email = typeof form.get("email") === "string" ? String(form.get("email")).slice(0, 320) : undefined;
  const parsed = credentialsSchema.safeParse({ email: form.get("email"), password: form.get("password") });
  if (!parsed.success) return { kind: "refused", status: 401, error: "CredentialsSignin", email };
  if (hashingSaturated()) return { kind: "busy", email };
  const account = accountKey(parsed.data.email);
  const address = addressKey(clientAddress(request.headers.get("x-forwarded-for"), trustedProxyHops()));
  const throttle = await countSignInAttempt(account, address);
  if (!throttle.allowed) return { kind: "throttled", retryAfterSeconds: throttle.retryAfterSeconds, email };
  const user = await getUserForSignIn(parsed.data.email);
  let ok: boolean;
  try {
    ok = await verifyPassword(parsed.data.password, user?.passwordHash);
  } catch (error) {
    if (error instanceof HashingBusyError) return { kind: "busy", email };
    throw error;
  }
  if (!user || !ok) return { kind: "refused", status: 401, error: "CredentialsSignin", email };
  await countSignInSuccess(account, address);
  await recordSignIn(user.id);
  return { kind: "signed-in", to: callbackUrl, cookie: await issueSessionCookie(user) };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/** Back to the sign-in page with a message, keeping where the person was going and what they typed. */
function backToForm(callbackUrl: string, params: Record<string, string>, email?: string): Response {
  const query = new URLSearchParams({ ...params, ...(callbackUrl !== "/p" ? { callbackUrl } : {}) });
  const headers = new Headers({ Location: `/login?${query}`, "Cache-Control": "no-store" });
  if (email) headers.append("Set-Cookie", `${EMAIL_FLASH_COOKIE}=${encodeURIComponent(email)}; Path=/login; Max-Age=300; HttpOnly; SameSite=Lax`);
  return new Response(null, { status: 303, headers });
}

export async function signInWithPassword(request: NextRequest): Promise<Response> {
  const browser = isBrowserForm(request);
  if (crossSite(request)) return json(403, { error: "Sign in from Stocktake's own sign-in page." });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return json(413, { error: "That sign-in request is too large." });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return json(400, { error: "Send the email and password as a form." });
  }
  const callbackUrl = safeCallbackUrl(typeof form.get("callbackUrl") === "string" ? String(form.get("callbackUrl")) : undefined);
  const outcome = await attempt(request, form, callbackUrl);
  switch (outcome.kind) {
    case "signed-in": {
      const headers = new Headers({ "Cache-Control": "no-store" });
      const { name, value, options } = outcome.cookie;
      headers.append("Set-Cookie", `${name}=${value}; Path=${options.path}; Max-Age=${options.maxAge}; HttpOnly; SameSite=Lax${options.secure ? "; Secure" : ""}`);
      headers.append("Set-Cookie", `${EMAIL_FLASH_COOKIE}=; Path=/login; Max-Age=0; HttpOnly; SameSite=Lax`);
      if (!browser) {
        headers.set("Content-Type", "application/json");
        return new Response(JSON.stringify({ url: outcome.to }), { status: 200, headers });
      }
      headers.set("Location", outcome.to);
      return new Response(null, { status: 303, headers });
    }
    case "refused":
      return browser ? backToForm(callbackUrl, { error: outcome.error }, outcome.email) : json(outcome.status, { error: SIGN_IN_MESSAGES.CredentialsSignin });
    case "throttled": {
      const minutes = Math.ceil(outcome.retryAfterSeconds / 60);
      return browser
        ? backToForm(callbackUrl, { error: "TooManyAttempts", wait: String(minutes) }, outcome.email)
        : json(429, { error: tooManyAttemptsMessage(minutes) }, { "Retry-After": String(outcome.retryAfterSeconds) });
    }
    case "busy":
      return browser ? backToForm(callbackUrl, { error: "Busy" }, outcome.email) : json(503, { error: SIGN_IN_MESSAGES.Busy }, { "Retry-After": "5" });
  }
}
