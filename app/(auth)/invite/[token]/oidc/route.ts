import type { NextRequest } from "next/server";
import { invitationFormGet } from "@/lib/invitations/accept";
import { startOidcAcceptance } from "@/lib/invitations/oidc";

// "Continue with <provider>" on the invitation page, before the OpenID Connect sign-in (lib/invitations/oidc.ts).
export const dynamic = "force-dynamic";

/** A form target, not a page: a GET goes back to the invitation (lib/invitations/accept.ts). */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  return invitationFormGet((await params).token);
}

export async function POST(request: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return startOidcAcceptance(request, token);
}
