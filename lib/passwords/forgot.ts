import "server-only";
import { after, type NextRequest } from "next/server";
import { crossSite, trustedProxyHops } from "@/lib/auth/sign-in";
import { accountKey, addressKey, clientAddress } from "@/lib/auth/throttle/policy";
import { mailConfigured } from "@/lib/mail/send";
import { mailResetLink } from "./deliver";
import { FORGOT_PASSWORD_PATH } from "./paths";
import { countResetRequest, createPasswordResetForEmail } from "./queries";
import { forgotPasswordSchema } from "./schema";

// POST /api/auth/forgot-password: "Forgot your password?", a plain form post
// (works without JavaScript). The answer never says whether an account uses
// the address: every accepted request gets the same redirect, at once, and
// the lookup, the link and the email happen after the response has gone
// (next/server's after()), so a known address takes no longer to answer than
// an unknown one. Requests are counted per address typed and per network
// address, whether or not an account exists.

/** Carries what was typed back to the form after a refusal. */
export const FORGOT_EMAIL_FLASH = "stocktake-forgot-email";
const MAX_BODY_BYTES = 4 * 1024;

/** Work to do after the response (next/server's after(); a test passes its own to wait for it). */
export type Later = (work: () => Promise<void>) => void;

/** Makes a reset link for the address if an account uses it, and mails it. Never throws: its failure must not differ by account. */
export async function sendResetLinkIfAccount(email: string): Promise<void> {
  try {
    const reset = await createPasswordResetForEmail(email);
    if (reset) await mailResetLink(reset, reset.token);
  } catch (error) {
    console.error("forgot password", error);
  }
}

function back(params: Record<string, string>, email?: string): Response {
  const query = new URLSearchParams(params).toString();
  const headers = new Headers({ Location: query ? `${FORGOT_PASSWORD_PATH}?${query}` : FORGOT_PASSWORD_PATH, "Cache-Control": "no-store" });
  if (email !== undefined)
    headers.append("Set-Cookie", `${FORGOT_EMAIL_FLASH}=${encodeURIComponent(email.slice(0, 320))}; Path=${FORGOT_PASSWORD_PATH}; Max-Age=300; HttpOnly; SameSite=Lax`);
  return new Response(null, { status: 303, headers });
}

export async function forgotPassword(request: NextRequest, later: Later = after): Promise<Response> {
  if (crossSite(request)) return new Response("Ask for a link from Stocktake's own page.", { status: 403 });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return new Response("That request is too large.", { status: 413 });
  // Without mail there is nothing to send: the page says to ask the programme office.
  if (!mailConfigured()) return back({});
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return new Response("Send the email address as a form.", { status: 400 });
  }
  const typed = typeof form.get("email") === "string" ? String(form.get("email")) : "";
  const parsed = forgotPasswordSchema.safeParse({ email: typed });
  if (!parsed.success) return back({ error: "email" }, typed);
  const address = addressKey(clientAddress(request.headers.get("x-forwarded-for"), trustedProxyHops()));
  const throttle = await countResetRequest(accountKey(parsed.data.email), address);
  if (!throttle.allowed) return back({ error: "throttled", wait: String(Math.ceil(throttle.retryAfterSeconds / 60)) }, typed);
  later(() => sendResetLinkIfAccount(parsed.data.email));
  return back({ sent: "1" });
}
