import "server-only";
import { randomUUID } from "node:crypto";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/guards";
import { hashPassword, HashingBusyError } from "@/lib/auth/password";
import { issueSessionCookie } from "@/lib/auth/session-token";
import { crossSite } from "@/lib/auth/sign-in";
import { now } from "@/lib/clock";
import { dashboardPath } from "@/lib/dashboard/paths";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { passwordProblem } from "@/lib/passwords/policy";
import { closedState } from "./compute";
import { acceptInvitation } from "./mutations";
import { invitationPath } from "./paths";
import { getInvitationByToken } from "./queries";
import { newAccountSchema } from "./schema";
import { looksLikeInvitationToken } from "./token";

// POST /invite/<token>/accept: the invitation's page posts here, a plain form
// (works without JavaScript). A new person's name and password, or the
// signed-in person's one click. A refusal goes back to the invitation's page
// with its reasons beside the fields (a cookie only that page reads, for a
// minute: what was typed never goes in the address); a closed link's page
// says which; success signs a new person in and opens the partnership.

export const ACCEPT_PROBLEMS_FLASH = "stocktake-invitation-problems";
const MAX_BODY_BYTES = 4 * 1024;

export type AcceptProblems = { name?: string; password?: string; form?: string; typedName?: string };

/** What the invitation's page shows after a refusal: the cookie's strings, if it holds any. */
export function readAcceptProblems(cookie: string | undefined): AcceptProblems {
  try {
    const value = JSON.parse(cookie ?? "{}") as Record<string, unknown>;
    const pick = (key: string) => (typeof value[key] === "string" ? (value[key] as string).slice(0, 300) : undefined);
    return { name: pick("name"), password: pick("password"), form: pick("form"), typedName: pick("typedName") };
  } catch {
    return {};
  }
}

function redirect(location: string, cookies: string[] = []): Response {
  const headers = new Headers({ Location: location, "Cache-Control": "no-store" });
  for (const cookie of cookies) headers.append("Set-Cookie", cookie);
  return new Response(null, { status: 303, headers });
}

/** GET of the invitation's form targets (a reload, a pasted address): back to the invitation; a malformed token is a 404. */
export function invitationFormGet(token: string): Response {
  if (!looksLikeInvitationToken(token)) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return redirect(invitationPath(token));
}

function refused(token: string, problems: AcceptProblems): Response {
  const path = invitationPath(token);
  return redirect(`${path}?error=1`, [`${ACCEPT_PROBLEMS_FLASH}=${encodeURIComponent(JSON.stringify(problems))}; Path=${path}; Max-Age=60; HttpOnly; SameSite=Lax`]);
}

/** An expected refusal from the acceptance itself (taken by a racing acceptance, an account made meanwhile…): its message on the page. */
function refusal(token: string, error: unknown): Response {
  if (error instanceof ValidationError || error instanceof ForbiddenError || error instanceof NotFoundError) return refused(token, { form: error.message });
  throw error;
}

/** Who is signed in (the session and its version, checked): the route's own; a test names the person. */
type CurrentUser = () => Promise<{ userId: string; name: string; email: string } | null>;

export async function acceptInvitationRequest(request: NextRequest, token: string, currentUser: CurrentUser = getCurrentUser): Promise<Response> {
  if (crossSite(request)) return new Response("Accept the invitation from Stocktake's own page.", { status: 403 });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return new Response("That request is too large.", { status: 413 });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return new Response("Send the invitation's form.", { status: 400 });
  }
  const invitation = looksLikeInvitationToken(token) ? await getInvitationByToken(token) : null;
  // Unknown, used, revoked or expired: the page says which, and nothing changes.
  if (!invitation || closedState(invitation, now())) return redirect(invitationPath(looksLikeInvitationToken(token) ? token : "unknown"));
  const partnershipId = invitation.partnership.id;
  const user = await currentUser();
  if (user) {
    // Signed in as someone else: the page says so (the mutation checks the email again in its transaction).
    if (user.email.toLowerCase() !== invitation.email) return redirect(invitationPath(token));
    try {
      await acceptInvitation(partnershipId, { actor: { userId: user.userId, name: user.name } }, { token, newAccount: null });
    } catch (error) {
      return refusal(token, error);
    }
    return redirect(dashboardPath(invitation.partnership.slug));
  }
  const field = (name: string) => (typeof form.get(name) === "string" ? String(form.get(name)) : undefined);
  const parsed = newAccountSchema.safeParse({ name: field("name"), password: field("password") });
  const typedName = field("name")?.slice(0, 120);
  if (!parsed.success) {
    const errors = z.flattenError(parsed.error).fieldErrors;
    return refused(token, { name: errors.name?.[0], password: errors.password?.[0], typedName });
  }
  const problem = passwordProblem(parsed.data.password, { email: invitation.email, name: parsed.data.name });
  if (problem) return refused(token, { password: problem, typedName });
  let passwordHash: string;
  try {
    passwordHash = await hashPassword(parsed.data.password);
  } catch (error) {
    if (error instanceof HashingBusyError) return refused(token, { form: "Stocktake is busy just now: wait a few seconds, then try again.", typedName });
    throw error;
  }
  const userId = randomUUID();
  const account = { userId, name: parsed.data.name, passwordHash };
  try {
    await acceptInvitation(partnershipId, { actor: { userId, name: account.name } }, { token, newAccount: account });
  } catch (error) {
    return refusal(token, error);
  }
  const cookie = await issueSessionCookie({ id: userId, name: account.name, email: invitation.email, sessionVersion: 0 });
  const { name, value, options } = cookie;
  return redirect(dashboardPath(invitation.partnership.slug), [
    `${name}=${value}; Path=${options.path}; Max-Age=${options.maxAge}; HttpOnly; SameSite=Lax${options.secure ? "; Secure" : ""}`,
  ]);
}
