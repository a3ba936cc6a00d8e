import { NextResponse, type NextRequest } from "next/server";

// A visitor with no session cookie is sent to sign in and brought back
// afterwards. Convenience only: every page and action still checks the
// verified membership on the server. The board dashboard (/p/[slug], a route
// handler) does the same itself, so the proxy never runs on its hot path —
// except for an address with a percent sign, checked below.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

// An address whose percent-encoding is broken (/p/%E0%A4%A) makes Next.js's
// router fail to decode it and answer a bare 500. It names no page, so it is
// a 404, answered here before routing.
const NOT_FOUND = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Page not found</title></head><body><main><h1>Page not found</h1><p>There is nothing at this address: it is not written correctly. Check the address, or go back to <a href="/p">your partnerships</a>.</p></main></body></html>`;

function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export function proxy(request: NextRequest) {
  const raw = new URL(request.url).pathname;
  if (!decodable(raw)) return new NextResponse(NOT_FOUND, { status: 404, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
  const { pathname, search } = request.nextUrl;
  if (!/^\/p(\/|$)/.test(pathname)) return NextResponse.next();
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    // The plan's first view is served from a kept copy (app/plan-view); a React payload request
    // (client navigation) and any address with a query render the page itself.
    const plan = /^\/p\/([^/]+)\/plan$/.exec(pathname);
    if (plan && request.method === "GET" && !search && !request.headers.has("rsc")) return NextResponse.rewrite(new URL(`/plan-view/${plan[1]}`, request.url));
    return NextResponse.next();
  }
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(login);
}

// "/:path(.*%.*)": any address with a percent sign, so the dashboard's plain /p/<slug> never runs the proxy.
export const config = { matcher: ["/p", "/p/:slug/:path+", "/:path(.*%.*)"] };
