import type { NextRequest } from "next/server";
import { invitationPath } from "@/lib/invitations/paths";
import { looksLikeInvitationToken } from "@/lib/invitations/token";
import { startOidcAcceptance } from "@/lib/invitations/oidc";

// "Continue with <provider>" on the invitation page, before the OpenID Connect sign-in (lib/invitations/oidc.ts).
export const dynamic = "force-dynamic";

/** A form target, not a page: a GET (a reload, a pasted address) goes back to the invitation; a malformed token is a 404. */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!looksLikeInvitationToken(token)) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(null, { status: 303, headers: { Location: invitationPath(token), "Cache-Control": "no-store" } });
}

export async function POST(request: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return startOidcAcceptance(request, token);
}
