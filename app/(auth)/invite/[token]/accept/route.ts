import type { NextRequest } from "next/server";
import { acceptInvitationRequest } from "@/lib/invitations/accept";

// The invitation page's form target (lib/invitations/accept.ts). Never cached, never prerendered.
export const dynamic = "force-dynamic";

export async function POST(request: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return acceptInvitationRequest(request, token);
}
