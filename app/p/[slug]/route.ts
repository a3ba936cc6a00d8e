import { NextResponse, type NextRequest } from "next/server";
import { getDashboardAccess } from "@/lib/auth/queries";
import { sessionClaims } from "@/lib/auth/session-token";
import { boardParam, dashboardNotFoundPage, dashboardPage, type RenderedPage } from "@/lib/dashboard/page-cache";
import { toIsoDate } from "@/lib/dates/format";
import * as clock from "@/lib/clock";
import { pageSecurityHeaders, servedOverHttps } from "@/lib/security/headers";

// The board dashboard, GET /p/[slug]. It is served from a per-member cache of
// the rendered document (lib/dashboard/page-cache.ts): a warm request
// verifies the session, checks the membership and reads the partnership's
// data version in one statement, then sends bytes. The page itself is
// rendered by app/dashboard-render, once per member and version.

const PRIVATE = "private, no-store";

/**
 * Where the page is rendered: this very server, on loopback (`next start`
 * sets PORT). Never taken from the request, whose Host header anyone can set.
 */
function renderOrigin(): string {
  if (process.env.STOCKTAKE_RENDER_ORIGIN) return process.env.STOCKTAKE_RENDER_ORIGIN;
  if (!process.env.PORT) throw new Error("PORT is not set: start the app with `next start` (or set STOCKTAKE_RENDER_ORIGIN)");
  return `http://127.0.0.1:${process.env.PORT}`;
}

function send(page: RenderedPage, request: NextRequest): Response {
  const security = pageSecurityHeaders(page.scriptHashes, servedOverHttps(request.headers.get("x-forwarded-proto")));
  return new Response(page.html, { status: page.status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": PRIVATE, ...security } });
}

function toSignIn(request: NextRequest): Response {
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  // A client-side navigation asks for a React payload. Answering without one
  // makes the browser load the document instead, which is the cached page.
  if (request.headers.has("rsc")) return new Response(null, { status: 204, headers: { "Cache-Control": PRIVATE } });
  const { slug } = await params;
  const session = await sessionClaims(request);
  if (!session) return toSignIn(request);
  const access = await getDashboardAccess(session.userId, slug);
  // Signed out since the token was issued: the same statement read the user's session version.
  if (access && access.sessionVersion !== session.sessionVersion) return toSignIn(request);
  const origin = renderOrigin();
  // With several boards, ?board=<id> is that board's dashboard (its areas); the render page 404s a board not the partnership's.
  const board = boardParam(request.nextUrl.searchParams.get("board"));
  const page = access ? await dashboardPage(access, toIsoDate(clock.today()), origin, { board }) : await dashboardNotFoundPage(origin);
  return send(page, request);
}
