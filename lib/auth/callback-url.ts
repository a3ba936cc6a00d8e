/**
 * Where to go after signing in: a path on this site, never another host.
 * Browsers read `/\evil.example` and `/<tab>/evil.example` as another host,
 * so the value is resolved as a URL and must stay on the same origin; only
 * its path and query are kept. Resolving normalises dot segments, and
 * `/.//evil.example` (or `/..//`, `/%2e//`, `/x/..//`) normalises to
 * `//evil.example`, which a browser reads as another host again: so the
 * result is checked too, and must itself resolve to the same path on this
 * origin.
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
  if (url.origin !== base) return fallback;
  const result = `${url.pathname}${url.search}`;
  if (!result.startsWith("/") || result.startsWith("//") || /[\\\u0000-\u001f\u007f]/.test(result)) return fallback;
  const again = new URL(result, base);
  return again.origin === base && `${again.pathname}${again.search}` === result ? result : fallback;
}
