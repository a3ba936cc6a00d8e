import type { NextRequest } from "next/server";
import { boardParam } from "@/lib/pages/cache";
import { payloadRequestAnswer, serveKeptPage } from "@/lib/pages/serve";

// The board dashboard, GET /p/[slug]. It is served from a per-member cache of
// the rendered document (lib/pages/cache.ts): a warm request verifies the
// session, checks the membership and reads the partnership's data version in
// one statement, then sends bytes. The page itself is rendered by
// app/dashboard-render, once per member and version.

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const payload = payloadRequestAnswer(request);
  if (payload) return payload;
  const { slug } = await params;
  // With several boards, ?board=<id> is that board's dashboard (its areas); the render page 404s a board not the partnership's.
  const board = boardParam(request.nextUrl.searchParams.get("board"));
  return serveKeptPage(request, slug, { board }, request.nextUrl.pathname + request.nextUrl.search);
}
