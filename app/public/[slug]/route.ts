import type { NextRequest } from "next/server";
import { servePublicPage } from "@/lib/public-page/serve";

// The public progress page, GET /public/<slug>: no sign-in, served from a kept
// copy per partnership and data version (lib/public-page/cache.ts); rendered
// by app/public-render. Off, archived or unknown: the same 404.
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return servePublicPage(slug, request.headers.get("x-forwarded-proto"));
}
