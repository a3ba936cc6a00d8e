import "server-only";
import type { NextRequest } from "next/server";
import { endSessions } from "./queries";
import { sessionClaims, sessionCookie } from "./session-token";

export const SIGN_OUT_PATH = "/api/auth/sign-out";

/**
 * POST /api/auth/sign-out, a plain form post (works without JavaScript):
 * ends the session for good, not only in this browser. The user's session
 * version moves on, so this token, and any copy of it, is refused from the
 * next request on (lib/auth/session-token.ts), on every app server. Then the
 * cookie is cleared and the browser goes to the sign-in page.
 */
export async function signOut(request: NextRequest): Promise<Response> {
  // A page on another site must not sign people out (a nuisance, not a breach, but needless).
  if (request.headers.get("sec-fetch-site") === "cross-site") return new Response("Sign out from Stocktake itself.", { status: 403 });
  const claims = await sessionClaims(request);
  if (claims) await endSessions(claims.userId, claims.sessionVersion);
  const cookie = sessionCookie();
  const headers = new Headers({ Location: "/login", "Cache-Control": "no-store" });
  headers.append("Set-Cookie", `${cookie.name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${cookie.secure ? "; Secure" : ""}`);
  return new Response(null, { status: 303, headers });
}
