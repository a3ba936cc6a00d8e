import { NextResponse, type NextRequest } from "next/server";

// Convenience only: a visitor with no session cookie is sent to sign in and
// brought back afterwards. Authorization never happens here; every page and
// action checks the verified membership on the server.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
}

export const config = { matcher: ["/p/:path*"] };
