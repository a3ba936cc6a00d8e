import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { getDashboardAccess } from "@/lib/auth/queries";
import { sessionClaims } from "@/lib/auth/session-token";
import * as clock from "@/lib/clock";
import { toIsoDate } from "@/lib/dates/format";
import { pageSecurityHeaders, servedOverHttps } from "@/lib/security/headers";
import { logRefusal } from "@/lib/security/log";
import { keptNotFoundPage, keptPage, type KeptPageOf, type RenderedPage } from "./cache";
import { serverOrigin } from "./origin";

// How the routes of the kept pages (app/p/[slug]/route.ts for the dashboard,
// app/plan-view for the plan's first view) answer: one statement verifies
// the membership, reads the user's session version and the partnership's
// data version; then the member's kept copy is sent with a policy allowing
// exactly its own inline scripts (by hash); a miss renders it once.

const PRIVATE = "private, no-store";

function send(page: RenderedPage, request: NextRequest): Response {
  const security = pageSecurityHeaders(page.scriptHashes, servedOverHttps(request.headers.get("x-forwarded-proto")));
  return new Response(page.html, { status: page.status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": PRIVATE, ...security } });
}

function toSignIn(request: NextRequest, callbackUrl: string): Response {
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", callbackUrl);
  return NextResponse.redirect(login);
}

/**
 * The member's kept page, the app's 404 page for anyone who is not a member
 * of `slug`, or the sign-in page (coming back to `callbackUrl`) for anyone
 * signed out, including since their token was issued.
 */
export async function serveKeptPage(request: NextRequest, slug: string, page: KeptPageOf, callbackUrl: string): Promise<Response> {
  const session = await sessionClaims(request);
  if (!session) return toSignIn(request, callbackUrl);
  const access = await getDashboardAccess(session.userId, slug);
  // Signed out since the token was issued: the same statement read the user's session version.
  if (access && access.sessionVersion !== session.sessionVersion) return toSignIn(request, callbackUrl);
  if (!access) logRefusal({ reason: "not-a-member", userId: session.userId, partnership: slug, via: "page", target: callbackUrl });
  const origin = serverOrigin();
  return send(access ? await keptPage(access, toIsoDate(clock.today()), origin, page) : await keptNotFoundPage(origin), request);
}

/** A client-side navigation asks for a React payload; answering without one makes the browser load the document instead, which is the kept page. */
export function payloadRequestAnswer(request: NextRequest): Response | null {
  return request.headers.has("rsc") ? new Response(null, { status: 204, headers: { "Cache-Control": PRIVATE } }) : null;
}
