import { NextResponse, type NextRequest } from "next/server";
import { newNonce, pageSecurityHeaders, servedOverHttps } from "@/lib/security/headers";
import { notFoundScriptHashes, prerenderedScriptHashes } from "@/lib/security/prerendered";

// Every page gets its Content-Security-Policy here (lib/security/headers.ts):
// a fresh nonce for pages rendered per request, which Next.js reads from the
// request's policy and puts on its scripts; the build's script hashes for
// prerendered pages. Not run on the board dashboard (/p/[slug], a route
// handler that sets its own hash-based policy, so the proxy stays off its hot
// path), its internal renderer, API routes or static files.
//
// Also: a visitor with no session cookie is sent to sign in and brought back
// afterwards. Convenience only: every page and action still checks the
// verified membership on the server.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
/** "/p" and "/p/<slug>/<anything>": pages for signed-in people. */
const SIGNED_IN_PAGES = /^\/p(?:\/[^/]+\/.+)?\/?$/;

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (SIGNED_IN_PAGES.test(pathname) && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  const https = servedOverHttps(request.headers.get("x-forwarded-proto"));
  const prerendered = prerenderedScriptHashes(pathname);
  if (prerendered) return withHeaders(NextResponse.next(), pageSecurityHeaders(prerendered, https));
  // The 404 page for a path no route matches is prerendered: its hashes ride along.
  const headers = pageSecurityHeaders([`'nonce-${newNonce()}'`, ...notFoundScriptHashes()], https);
  const forwarded = new Headers(request.headers);
  forwarded.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  return withHeaders(NextResponse.next({ request: { headers: forwarded } }), headers);
}

function withHeaders(response: NextResponse, headers: Record<string, string>): NextResponse {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon\\.ico|api/|dashboard-render/|p/[^/]+/?$).*)"],
};
