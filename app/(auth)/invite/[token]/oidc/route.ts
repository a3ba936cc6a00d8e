import type { NextRequest } from "next/server";
import { startOidcAcceptance } from "@/lib/invitations/oidc";

// "Continue with <provider>" on the invitation page, before the OpenID Connect sign-in (lib/invitations/oidc.ts).
export const dynamic = "force-dynamic";

export async function POST(request: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return startOidcAcceptance(request, token);
}
