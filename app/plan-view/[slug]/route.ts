import { NextResponse, type NextRequest } from "next/server";
import { getDashboardAccess } from "@/lib/auth/queries";
import { sessionClaims } from "@/lib/auth/session-token";
import { dashboardNotFoundPage, dashboardPage, type RenderedPage } from "@/lib/dashboard/page-cache";
import { toIsoDate } from "@/lib/dates/format";
import * as clock from "@/lib/clock";
import { pageSecurityHeaders, servedOverHttps } from "@/lib/security/headers";

// The plan's first view, GET /p/[slug]/plan with no query (the proxy rewrites
// it here). Served like the board dashboard (app/p/[slug]/route.ts): one
// statement checks the membership, the session version and reads the data
// version, then the member's kept copy is sent with a policy allowing its own
// inline scripts by hash; a miss renders app/plan-render once. Any other plan
// address (an area opened, a filter) is the plan page itself.

const PRIVATE = "private, no-store";

function renderOrigin(): string {
  if (process.env.STOCKTAKE_RENDER_ORIGIN) return process.env.STOCKTAKE_RENDER_ORIGIN;
  if (!process.env.PORT) throw new Error("PORT is not set: start the app with `next start` (or set STOCKTAKE_RENDER_ORIGIN)");
  return `http://127.0.0.1:${process.env.PORT}`;
}

function send(page: RenderedPage, request: NextRequest): Response {
  const security = pageSecurityHeaders(page.scriptHashes, servedOverHttps(request.headers.get("x-forwarded-proto")));
  return new Response(page.html, { status: page.status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": PRIVATE, ...security } });
}

function toSignIn(request: NextRequest, slug: string): Response {
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", `/p/${slug}/plan`);
  return NextResponse.redirect(login);
}

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const session = await sessionClaims(request);
  if (!session) return toSignIn(request, slug);
  const access = await getDashboardAccess(session.userId, slug);
  // Signed out since the token was issued: the same statement read the user's session version.
  if (access && access.sessionVersion !== session.sessionVersion) return toSignIn(request, slug);
  const origin = renderOrigin();
  const page = access ? await dashboardPage(access, toIsoDate(clock.today()), origin, { kind: "plan" }) : await dashboardNotFoundPage(origin);
  return send(page, request);
}
