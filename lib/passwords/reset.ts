import "server-only";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { hashPassword, HashingBusyError } from "@/lib/auth/password";
import { crossSite } from "@/lib/auth/sign-in";
import { resetPasswordPath } from "./paths";
import { passwordProblem } from "./policy";
import { completePasswordReset, getPasswordReset } from "./queries";
import { resetPasswordSchema } from "./schema";
import { looksLikeResetToken } from "./token";

// POST /api/auth/reset-password: the new password, twice, from the link's
// page, a plain form post (works without JavaScript). A refusal goes back to
// the link's page with its reasons beside the fields (a cookie only that page
// reads, for a minute: the reason can name what was typed, so it never goes
// in the address); success goes to sign in. The link is used in one
// statement with the new password and the end of every session
// (completePasswordReset).

export const RESET_PROBLEMS_FLASH = "stocktake-reset-problems";
export const RESET_DONE_PATH = "/login?reset=1";
const MAX_BODY_BYTES = 4 * 1024;

export type ResetProblems = { password?: string; confirmPassword?: string };

/** What the link's page shows after a refusal: the cookie's reasons, if they are a pair of strings at most. */
export function readResetProblems(cookie: string | undefined): ResetProblems {
  try {
    const value = JSON.parse(cookie ?? "{}") as Record<string, unknown>;
    const pick = (key: string) => (typeof value[key] === "string" ? (value[key] as string).slice(0, 300) : undefined);
    return { password: pick("password"), confirmPassword: pick("confirmPassword") };
  } catch {
    return {};
  }
}

function redirect(location: string, cookie?: string): Response {
  const headers = new Headers({ Location: location, "Cache-Control": "no-store" });
  if (cookie) headers.append("Set-Cookie", cookie);
  return new Response(null, { status: 303, headers });
}

function refused(token: string, problems: ResetProblems): Response {
  const path = resetPasswordPath(token);
  return redirect(`${path}?error=1`, `${RESET_PROBLEMS_FLASH}=${encodeURIComponent(JSON.stringify(problems))}; Path=${path}; Max-Age=60; HttpOnly; SameSite=Lax`);
}

export async function resetPassword(request: NextRequest): Promise<Response> {
  if (crossSite(request)) return new Response("Choose a new password from Stocktake's own page.", { status: 403 });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return new Response("That request is too large.", { status: 413 });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return new Response("Send the new password as a form.", { status: 400 });
  }
  const field = (name: string) => (typeof form.get(name) === "string" ? String(form.get(name)) : undefined);
  const token = field("token") ?? "";
  // An unknown link's page says so; nothing else to check.
  if (!looksLikeResetToken(token)) return redirect(resetPasswordPath("unknown"));
  const parsed = resetPasswordSchema.safeParse({ token, password: field("password"), confirmPassword: field("confirmPassword") });
  if (!parsed.success) {
    const errors = z.flattenError(parsed.error).fieldErrors;
    return refused(token, { password: errors.password?.[0], confirmPassword: errors.confirmPassword?.[0] });
  }
  const link = await getPasswordReset(token);
  // Used, expired or unknown: the link's page says which.
  if (link.state !== "valid") return redirect(resetPasswordPath(token));
  const problem = passwordProblem(parsed.data.password, { email: link.email, name: link.name });
  if (problem) return refused(token, { password: problem });
  let hash: string;
  try {
    hash = await hashPassword(parsed.data.password);
  } catch (error) {
    if (error instanceof HashingBusyError) return refused(token, { password: "Stocktake is busy just now: wait a few seconds, then save again." });
    throw error;
  }
  const done = await completePasswordReset(token, hash);
  return redirect(done.state === "reset" ? RESET_DONE_PATH : resetPasswordPath(token));
}
