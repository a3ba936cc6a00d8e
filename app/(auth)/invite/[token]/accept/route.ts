import type { NextRequest } from "next/server";
import { acceptInvitationRequest, invitationFormGet } from "@/lib/invitations/accept";

// The invitation page's form target (lib/invitations/accept.ts). Never cached, never prerendered.
export const dynamic = "force-dynamic";

/** A form target, not a page: a GET goes back to the invitation (lib/invitations/accept.ts). */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  return invitationFormGet((await params).token);
}

export async function POST(request: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return acceptInvitationRequest(request, token);
}
