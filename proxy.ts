import { NextResponse, type NextRequest } from "next/server";
import { CACHED_DASHBOARD_PREFIX, cachedDashboardPath } from "@/lib/dashboard/route";

// 1. A visitor with no session cookie is sent to sign in and brought back
//    afterwards (convenience: every page and action still checks the
//    verified membership on the server).
// 2. The board dashboard is served from its per-member cache once the
//    session and the membership are verified here (lib/dashboard/route.ts).
// 3. The cached dashboards are never reachable directly.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const DASHBOARD = /^\/p\/([^/]+)\/?$/;

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname.startsWith(CACHED_DASHBOARD_PREFIX)) return new NextResponse("Not found", { status: 404 });
  if (!SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  const dashboard = DASHBOARD.exec(pathname);
  if (dashboard && (request.method === "GET" || request.method === "HEAD")) {
    const cached = await cachedDashboardPath(request, decodeURIComponent(dashboard[1]!));
    if (cached) {
      const response = NextResponse.rewrite(new URL(cached, request.url));
      // One member's page: never stored by a shared cache, whatever the page cache says.
      response.headers.set("Cache-Control", "private, no-store");
      return response;
    }
  }
  return NextResponse.next();
}

export const config = { matcher: ["/p/:path*", "/cached-dashboard/:path*"] };
