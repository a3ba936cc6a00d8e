import "server-only";
import type { DashboardAccess } from "@/lib/auth/queries";
import { inlineScriptHashes } from "@/lib/security/headers";
import { RENDER_SIGNATURE_HEADER, signRender } from "./signature";

// Kept pages: the board dashboard, and the plan's first view. The dashboard
// is the page a board opens first and reopens all meeting long, and it
// changes only when the partnership's data does. So the rendered document is
// kept, per member, keyed by everything it shows:
//   - the partnership's write counter (dataVersion: a trigger adds one for
//     every audit row, in the writing transaction, so the very next load after
//     any write renders afresh, whichever server took the write);
//   - the day (statuses are computed against today);
//   - the member's role and what the header shows of them;
//   - the board, where the partnership has several (?board=<id>): each
//     board's dashboard covers its areas and is kept apart.
// The key is read in the same single statement that checks the membership
// (getDashboardAccess), so a warm request runs one query and no rendering.

/** Where the dashboard is rendered; the route asks, signing the path, and nothing else can. */
export const DASHBOARD_RENDER_PREFIX = "/dashboard-render";
/**
 * The plan's first view (every area collapsed) is kept the same way: it is
 * what everyone opens, and rendering it cost the largest tenant 40 ms a time.
 */
export const PLAN_RENDER_PREFIX = "/plan-render";

/**
 * The audit log too (app/audit-view): every page of it, filtered or not, for
 * the programme office reading five years of entries; its query is part of
 * the kept copy's path. It changes with every write, as the key does.
 */
export const AUDIT_RENDER_PREFIX = "/audit-render";

export type KeptPage = "dashboard" | "plan" | "audit";
const PREFIX: Record<KeptPage, string> = { dashboard: DASHBOARD_RENDER_PREFIX, plan: PLAN_RENDER_PREFIX, audit: AUDIT_RENDER_PREFIX };

/**
 * A rendered document, with the hashes of its inline scripts: the route's
 * Content-Security-Policy allows exactly these (a nonce would change every
 * response and defeat the cache), computed once per render.
 */
export type RenderedPage = { status: number; html: Uint8Array<ArrayBuffer>; scriptHashes: string[] };

/** Kept pages are bounded by size; the least recently served go first. */
const MAX_BYTES = 96 * 1024 * 1024;

/** Keyed by page kind and membership. */
const pages = new Map<string, { key: string; day: string; dataVersion: number; page: RenderedPage }>();
const rendering = new Map<string, Promise<RenderedPage>>();
let keptBytes = 0;
let notFoundPage: RenderedPage | undefined;

/** A board id as the query string may carry it; anything else is ignored (the whole partnership's dashboard). */
export function boardParam(value: string | null): string | undefined {
  return value && /^[a-z0-9]{1,40}$/.test(value) ? value : undefined;
}

/** Which kept page: the dashboard (optionally one board's), the plan's first view, or a page of the audit log (its canonical query). */
export type KeptPageOf = { kind?: KeptPage; board?: string; query?: string };

/** What a render's path names: whose page, for which day and version of the data, and (a board's dashboard) which board. */
export type RenderParams = { partnershipId: string; membershipId: string; day: string; version: string | number; board?: string; query?: string };

/** The path of one render: the route signs it, the render page checks it (lib/pages/render.ts). */
export function renderPath(kind: KeptPage, { partnershipId, membershipId, day, version, board, query }: RenderParams): string {
  return `${PREFIX[kind]}/${partnershipId}/${membershipId}/${day}/${version}${board ? `/${board}` : ""}${query ? `?${query}` : ""}`;
}

export function keptPagePath(access: DashboardAccess, day: string, { kind = "dashboard", board, query }: KeptPageOf = {}): string {
  return renderPath(kind, { partnershipId: access.partnershipId, membershipId: access.membershipId, day, version: access.dataVersion, board, query });
}

function cacheKey(access: DashboardAccess, day: string, page: KeptPageOf): string {
  return JSON.stringify([keptPagePath(access, day, page), access.role, access.advisorDashboardAccess, access.jobTitle, access.userName, access.membershipCount]);
}

/** One kept page per member and kind, and per board where there are several. */
function slotOf(access: DashboardAccess, { kind = "dashboard", board }: KeptPageOf): string {
  return `${kind}:${access.membershipId}${board ? `/${board}` : ""}`;
}

async function render(origin: string, path: string, signed: boolean): Promise<RenderedPage> {
  const response = await fetch(`${origin}${path}`, {
    headers: signed ? { [RENDER_SIGNATURE_HEADER]: signRender(path) } : {},
    cache: "no-store",
    redirect: "manual",
  });
  const html = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, html, scriptHashes: inlineScriptHashes(new TextDecoder().decode(html)) };
}

function keep(access: DashboardAccess, day: string, key: string, page: RenderedPage, slot: string) {
  const previous = pages.get(slot);
  // A slow render of an older version finishing late must not replace a newer page.
  if (previous && (previous.day > day || (previous.day === day && previous.dataVersion > access.dataVersion))) return;
  if (previous) keptBytes -= previous.page.html.byteLength;
  pages.delete(slot);
  pages.set(slot, { key, day, dataVersion: access.dataVersion, page });
  keptBytes += page.html.byteLength;
  for (const [oldest, entry] of pages) {
    if (keptBytes <= MAX_BYTES || oldest === slot) break;
    pages.delete(oldest);
    keptBytes -= entry.page.html.byteLength;
  }
}

/**
 * The member's kept page for this day (the dashboard, or the plan's first
 * view): kept, or rendered once (by the signed internal page at `origin`)
 * however many requests ask at once. A render that is not a 200 is returned
 * but never kept.
 */
export async function keptPage(access: DashboardAccess, day: string, origin: string, page: KeptPageOf = {}): Promise<RenderedPage> {
  const key = cacheKey(access, day, page);
  const slot = slotOf(access, page);
  const kept = pages.get(slot);
  if (kept?.key === key) {
    pages.delete(slot);
    pages.set(slot, kept);
    return kept.page;
  }
  let pending = rendering.get(key);
  if (!pending) {
    pending = render(origin, keptPagePath(access, day, page), true)
      .then((rendered) => {
        if (rendered.status === 200) keep(access, day, key, rendered, slot);
        return rendered;
      })
      .finally(() => rendering.delete(key));
    rendering.set(key, pending);
  }
  return pending;
}

/** The app's own 404 page, as the kept pages' routes answer people who are not members. */
export async function keptNotFoundPage(origin: string): Promise<RenderedPage> {
  if (notFoundPage) return notFoundPage;
  // A path no route matches: the app's own 404 page, titled as such.
  const page = await render(origin, `${DASHBOARD_RENDER_PREFIX}/not-found`, false);
  if (page.status === 404) notFoundPage = page;
  return page;
}
