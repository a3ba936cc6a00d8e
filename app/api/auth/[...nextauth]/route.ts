import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { isSessionCurrent } from "@/lib/auth/queries";
import { sessionClaims, sessionCookie } from "@/lib/auth/session-token";

// next-auth's routes (OpenID Connect, the session endpoint, CSRF). The
// session endpoint renews the cookie it is sent, so it first checks that the
// session was not signed out: a captured token gets nothing here either.
async function handler(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) {
  const { nextauth } = await context.params;
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
