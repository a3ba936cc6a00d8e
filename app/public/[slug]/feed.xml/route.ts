import type { NextRequest } from "next/server";
import { servePublicFeed } from "@/lib/public-page/serve";

/** The public page's Atom feed; the same 404 as the page while it is off. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return servePublicFeed(slug, request.headers.get("x-forwarded-proto"));
}
