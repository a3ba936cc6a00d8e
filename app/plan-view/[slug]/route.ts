import type { NextRequest } from "next/server";
import { serveKeptPage } from "@/lib/pages/serve";
import { planPath } from "@/lib/plan/paths";

// The plan's first view, GET /p/[slug]/plan with no query (the proxy rewrites
// it here). Served like the board dashboard (app/p/[slug]/route.ts,
// lib/pages/serve.ts): the member's kept copy, rendered by app/plan-render
// once per member and version. Any other plan address (an area opened, a
// filter) is the plan page itself.

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return serveKeptPage(request, slug, { kind: "plan" }, planPath(slug));
}
