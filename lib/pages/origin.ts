import "server-only";

/**
 * Where this server reaches its own pages: the renders of the kept pages
 * (lib/pages/cache.ts) and the print views Chromium prints (lib/pdf/print.ts).
 * This very server, on loopback (`next start` sets PORT); never taken from a
 * request, whose Host header anyone can set. STOCKTAKE_RENDER_ORIGIN
 * overrides it behind an unusual listener: only its origin counts (a path or
 * a trailing slash is dropped), so a page's path is always joined to an origin.
 */
export function serverOrigin(env: Readonly<Record<string, string | undefined>> = process.env): string {
  if (env.STOCKTAKE_RENDER_ORIGIN) return new URL(env.STOCKTAKE_RENDER_ORIGIN).origin;
  if (!env.PORT) throw new Error("PORT is not set: start the app with `next start` (or set STOCKTAKE_RENDER_ORIGIN)");
  return `http://127.0.0.1:${env.PORT}`;
}
