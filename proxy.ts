import { NextResponse, type NextRequest } from "next/server";

// A visitor with no session cookie is sent to sign in and brought back
// afterwards. Convenience only: every page and action still checks the
// verified membership on the server. The board dashboard (/p/[slug], a route
// handler) does the same itself, so the proxy never runs on its hot path.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const { pathname, search } = request.nextUrl;
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(login);
}

export const config = { matcher: ["/p", "/p/:slug/:path+"] };
