import "server-only";
import { keptNotFoundPage } from "@/lib/pages/cache";
import { serverOrigin } from "@/lib/pages/origin";
import { pageSecurityHeaders, servedOverHttps } from "@/lib/security/headers";
import { keptPublicPage, serverRenderer } from "./cache";
import { publicFeedXml } from "./feed";
import { getPublicPageAccess } from "./queries";
import { getPublicPage } from "./view";

// How /public/<slug> and its feed answer. A warm page request runs one
// statement (getPublicPageAccess) and sends the kept bytes. Off, archived and
// unknown partnerships get the app's own 404 page, byte for byte the same, so
// nobody can tell which partnerships exist or have a page switched off.

// Public, but checked again on every request: the switch turns it off at once.
const CACHE_CONTROL = "public, no-cache";

async function notFound(https: boolean): Promise<Response> {
  const page = await keptNotFoundPage(serverOrigin());
  return new Response(page.html, {
    status: 404,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", ...pageSecurityHeaders(page.scriptHashes, https) },
  });
}

export async function servePublicPage(slug: string, forwardedProto: string | null): Promise<Response> {
  const https = servedOverHttps(forwardedProto);
  const access = await getPublicPageAccess(slug);
  if (!access) return notFound(https);
  const page = await keptPublicPage(access, serverRenderer(serverOrigin()));
  if (page.status !== 200) return notFound(https);
  return new Response(page.html, {
    status: 200,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": CACHE_CONTROL, ...pageSecurityHeaders(page.scriptHashes, https) },
  });
}

export async function servePublicFeed(slug: string, forwardedProto: string | null): Promise<Response> {
  const access = await getPublicPageAccess(slug);
  const page = access && (await getPublicPage(access.partnershipId));
  if (!page) return notFound(servedOverHttps(forwardedProto));
  return new Response(publicFeedXml(page), { status: 200, headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": CACHE_CONTROL } });
}
