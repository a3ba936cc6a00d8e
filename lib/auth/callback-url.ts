/**
 * Where to go after signing in: a path on this site, never another host.
 * Browsers read `/\evil.example` and `/<tab>/evil.example` as another host,
 * so the value is resolved as a URL and must stay on the same origin; only
 * its path and query are kept.
 */
export function safeCallbackUrl(value: string | undefined, fallback = "/p"): string {
  if (!value || !value.startsWith("/") || /[\\\u0000-\u001f\u007f]/.test(value)) return fallback;
  const base = "http://stocktake.invalid";
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return fallback;
  }
  return url.origin === base ? `${url.pathname}${url.search}` : fallback;
}
