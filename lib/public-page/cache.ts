import "server-only";
import type { RenderedPage } from "@/lib/pages/cache";
import { RENDER_SIGNATURE_HEADER, signRender } from "@/lib/pages/signature";
import { inlineScriptHashes } from "@/lib/security/headers";
import type { PublicPageAccess } from "./queries";

// The public page is kept as the board dashboard is (lib/pages/cache.ts), but
// once per partnership rather than per member: everyone reads the same page.
// It is keyed by the partnership's data version (a trigger moves it with every
// audited write, in the writing transaction), so an approval, a publication
// or the switch shows on the very next request, whichever server took the write.

/** Where the public page is rendered; only the public route asks, signing the path. */
export const PUBLIC_RENDER_PREFIX = "/public-render";

export function publicRenderPath({ partnershipId, dataVersion }: PublicPageAccess): string {
  return `${PUBLIC_RENDER_PREFIX}/${partnershipId}/${dataVersion}`;
}

/** Kept pages are bounded by size; the least recently served go first. */
const MAX_BYTES = 32 * 1024 * 1024;
const pages = new Map<string, { dataVersion: number; page: RenderedPage }>();
const rendering = new Map<string, Promise<RenderedPage>>();
let keptBytes = 0;

/** How a page is rendered: by this server's own signed render route (tests pass their own). */
export type PublicRenderer = (path: string) => Promise<RenderedPage>;

export function serverRenderer(origin: string): PublicRenderer {
  return async (path) => {
    const response = await fetch(`${origin}${path}`, { headers: { [RENDER_SIGNATURE_HEADER]: signRender(path) }, cache: "no-store", redirect: "manual" });
    const html = new Uint8Array(await response.arrayBuffer());
    return { status: response.status, html, scriptHashes: inlineScriptHashes(new TextDecoder().decode(html)) };
  };
}

function keep(access: PublicPageAccess, page: RenderedPage) {
  const previous = pages.get(access.partnershipId);
  // A slow render of an older version finishing late must not replace a newer page.
  if (previous && previous.dataVersion > access.dataVersion) return;
  if (previous) keptBytes -= previous.page.html.byteLength;
  pages.delete(access.partnershipId);
  pages.set(access.partnershipId, { dataVersion: access.dataVersion, page });
  keptBytes += page.html.byteLength;
  for (const [oldest, entry] of pages) {
    if (keptBytes <= MAX_BYTES || oldest === access.partnershipId) break;
    pages.delete(oldest);
    keptBytes -= entry.page.html.byteLength;
  }
}

/** The partnership's public page at this data version: kept, or rendered once however many requests ask at once. */
export async function keptPublicPage(access: PublicPageAccess, render: PublicRenderer): Promise<RenderedPage> {
  const kept = pages.get(access.partnershipId);
  if (kept?.dataVersion === access.dataVersion) {
    pages.delete(access.partnershipId);
    pages.set(access.partnershipId, kept);
    return kept.page;
  }
  const path = publicRenderPath(access);
  let pending = rendering.get(path);
  if (!pending) {
    pending = render(path)
      .then((rendered) => {
        if (rendered.status === 200) keep(access, rendered);
        return rendered;
      })
      .finally(() => rendering.delete(path));
    rendering.set(path, pending);
  }
  return pending;
}
