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
// verified membership on the server. The board dashboard (/p/[slug], a route
// handler) does the same itself, so the proxy never runs on its hot path —
// except for an address with a percent sign, checked below.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
/** "/p" and "/p/<slug>/<anything>": pages for signed-in people. */
const SIGNED_IN_PAGES = /^\/p(?:\/[^/]+\/.+)?\/?$/;

// An address whose percent-encoding is broken (/p/%E0%A4%A) makes Next.js's
// router fail to decode it and answer a bare 500; one that decodes to a
// control character (/p/%00) reaches the database, which refuses a null byte
// with a 500. Neither names a page, so each is a 404, answered here before
// routing (e2e/malformed-params.spec.ts walks every route with both).
const NOT_FOUND = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Page not found</title></head><body><main><h1>Page not found</h1><p>There is nothing at this address: it is not written correctly. Check the address, or go back to <a href="/p">your partnerships</a>.</p></main></body></html>`;

function decodable(pathname: string): boolean {
  try {
    return !/[\u0000-\u001f\u007f]/.test(decodeURIComponent(pathname));
  } catch {
    return false;
  }
}

export function proxy(request: NextRequest) {
  const raw = new URL(request.url).pathname;
  if (!decodable(raw)) return new NextResponse(NOT_FOUND, { status: 404, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
  const { pathname, search } = request.nextUrl;
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (SIGNED_IN_PAGES.test(pathname) && !signedIn) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  // The plan's first view is served from a kept copy (app/plan-view, which sets its own hash-based
  // policy like the dashboard); a React payload request (client navigation) and any address with a
  // query render the page itself.
  const plan = /^\/p\/([^/]+)\/plan$/.exec(pathname);
  if (plan && signedIn && request.method === "GET" && !search && !request.headers.has("rsc")) return NextResponse.rewrite(new URL(`/plan-view/${plan[1]}`, request.url));
  // So is every page of the audit log (app/audit-view), its query (filters, cursor) kept with it.
  const audit = /^\/p\/([^/]+)\/audit$/.exec(pathname);
  if (audit && signedIn && request.method === "GET" && !request.headers.has("rsc")) return NextResponse.rewrite(new URL(`/audit-view/${audit[1]}${search}`, request.url));
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

// Everything but static files (the build's, and public/'s icons), API routes,
// the internal renderers, the dashboard's plain /p/<slug> and the public page
// and its feed (/public/<slug>, route handlers with their own policy); and any address
// with a percent sign, so a broken one is a 404 wherever it points.
export const config = {
  matcher: [
    "/((?!_next/static|_next/image|(?:favicon\\.ico|icon\\.svg)$|api/|dashboard-render/|plan-render/|plan-view/|audit-render/|audit-view/|public-render/|public/[^/]+(?:/feed\\.xml)?/?$|p/[^/]+/?$).*)",
    "/:path(.*%.*)",
  ],
};
