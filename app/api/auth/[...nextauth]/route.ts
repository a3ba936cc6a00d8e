import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { isSessionCurrent } from "@/lib/auth/queries";
import { sessionClaims, sessionCookie } from "@/lib/auth/session-token";

// What next-auth (v4) answers: an action, and for signing in or a provider's
// callback a configured provider. Any other address names nothing, so it is a
// 404, as every route answers a malformed parameter (next-auth would say 400).
const ACTIONS = new Set(["providers", "session", "csrf", "signin", "signout", "callback", "verify-request", "error", "_log"]);

function answered([action, provider, ...rest]: string[]): boolean {
  if (action === undefined || !ACTIONS.has(action) || rest.length > 0) return false;
  return provider === undefined || ((action === "signin" || action === "callback") && authOptions().providers.some((p) => p.id === provider));
}

// next-auth's routes (OpenID Connect, the session endpoint, CSRF). The
// session endpoint renews the cookie it is sent, so it first checks that the
// session was not signed out: a captured token gets nothing here either.
async function handler(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) {
  const { nextauth } = await context.params;
  if (!answered(nextauth)) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  if (nextauth.join("/") === "session") {
    const claims = await sessionClaims(request);
    if (claims && !(await isSessionCurrent(claims.userId, claims.sessionVersion))) {
      const cookie = sessionCookie();
      return Response.json({}, { headers: { "Cache-Control": "no-store", "Set-Cookie": `${cookie.name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${cookie.secure ? "; Secure" : ""}` } });
    }
  }
  return NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };
