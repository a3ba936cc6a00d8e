import "server-only";
import { randomUUID } from "node:crypto";
import type { NextRequest } from "next/server";
import { crossSite } from "@/lib/auth/sign-in";
import { now } from "@/lib/clock";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { closedState } from "./compute";
import { acceptInvitation } from "./mutations";
import { accountExists, getInvitationByToken } from "./queries";
import { looksLikeInvitationToken } from "./token";

// "Continue with <provider>" on a new person's invitation: the page first
// posts here (/invite/<token>/oidc), which notes the invitation in a cookie
// only the sign-in callback reads (ten minutes), then starts the OpenID
// Connect sign-in. The callback (lib/auth/options.ts) finds the provider's
// subject linked to nobody and the cookie set, and accepts the invitation
// with a new account linked to that subject (acceptWithOidc). Without the
// cookie an unlinked subject is refused as before.

export const INVITATION_OIDC_COOKIE = "stocktake-invitation-oidc";

/** The open invitation a new person may accept with OpenID Connect, or null. */
async function openForNewPerson(token: string) {
  const invitation = looksLikeInvitationToken(token) ? await getInvitationByToken(token) : null;
  if (!invitation || closedState(invitation, now())) return null;
  return (await accountExists(invitation.email)) ? null : invitation;
}

export async function startOidcAcceptance(request: NextRequest, token: string): Promise<Response> {
  if (crossSite(request)) return new Response("Accept the invitation from Stocktake's own page.", { status: 403 });
  if (!(await openForNewPerson(token))) return new Response("This invitation cannot be accepted this way: reload its page.", { status: 409 });
  const cookie = `${INVITATION_OIDC_COOKIE}=${token}; Path=/api/auth; Max-Age=600; HttpOnly; SameSite=Lax${request.nextUrl.protocol === "https:" ? "; Secure" : ""}`;
  return new Response(null, { status: 204, headers: { "Set-Cookie": cookie, "Cache-Control": "no-store" } });
}

/**
 * Accepts the invitation for the person the provider signed in, with a new
 * account linked to their subject. The partnership's address on success;
 * null when the invitation is no longer open to a new person (used, revoked,
 * expired, or an account with its email made meanwhile): nothing changes.
 */
export async function acceptWithOidc(token: string, issuer: string, subject: string, name: string): Promise<string | null> {
  const invitation = await openForNewPerson(token);
  if (!invitation) return null;
  const userId = randomUUID();
  const accountName = name.trim().replace(/\s+/g, " ").slice(0, 120) || invitation.email;
  try {
    await acceptInvitation(
      invitation.partnership.id,
      { actor: { userId, name: accountName } },
      { token, newAccount: { userId, name: accountName, passwordHash: null, oidc: { issuer, subject } } },
    );
  } catch (error) {
    if (error instanceof ValidationError || error instanceof ForbiddenError || error instanceof NotFoundError) return null;
    throw error;
  }
  return invitation.partnership.slug;
}
