import { unsubscribeGet, unsubscribePost } from "@/lib/digests/unsubscribe";

// A digest's unsubscribe link (lib/digests/unsubscribe.ts): its page, and the
// POST of its button and of RFC 8058's one-click. No sign-in. Never cached.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  return unsubscribeGet((await params).token);
}

export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  return unsubscribePost(request, (await params).token);
}
