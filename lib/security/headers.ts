// Security headers (issue 14, item 6). Plain functions without aliases or
// server-only, so next.config.ts, the proxy and the dashboard route share them.
//
// The Content-Security-Policy allows scripts from this origin and, for
// Next.js's inline scripts (the React payload, `self.__next_f.push(…)`), either
// a per-request nonce or the hashes of those scripts:
//   - pages rendered per request: a nonce the proxy makes (proxy.ts), which
//     Next.js puts on every script it writes;
//   - pages prerendered at build (the accessibility statement, the 404 page):
//     the hashes of their inline scripts, read once from the build output,
//     because their HTML is fixed and carries no nonce;
//   - the board dashboard (/p/[slug], a route handler serving kept pages):
//     the hashes of the kept page's inline scripts, computed once when the
//     page is kept (lib/pages/cache.ts). A nonce would make every
//     response a new page and defeat the cache.
// No policy allows 'unsafe-inline' or 'unsafe-eval' scripts. Styles allow
// inline style attributes, which React and the charts write.
import { createHash } from "node:crypto";

/** Headers every response carries, whatever serves it (next.config.ts). */
export const STATIC_SECURITY_HEADERS: { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Paths name partnerships and items: never send them to another site.
  { key: "Referrer-Policy", value: "same-origin" },
  // frame-ancestors 'none' for browsers that predate it.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** Responses that are not pages (downloads, JSON): nothing may run in them or frame them. */
export const NON_PAGE_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The page policy, with the script sources that let this response's inline scripts run. */
export function contentSecurityPolicy(scriptSources: readonly string[], options: { https: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptSources.join(" ")}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** A fresh nonce: 128 random bits. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * The CSP sources for every inline script of an HTML document ('sha256-…'),
 * hashed as the browser hashes them: the exact text between the tags.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? "";
    if (/\ssrc\s*=/i.test(attributes) || match[2] === "") continue;
    hashes.add(`'sha256-${createHash("sha256").update(match[2]!, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/** HTTPS as the public URL says (NEXTAUTH_URL) or as the proxy in front says (X-Forwarded-Proto). */
export function servedOverHttps(forwardedProto: string | null): boolean {
  return forwardedProto?.split(",")[0]?.trim() === "https" || (process.env.NEXTAUTH_URL?.startsWith("https://") ?? false);
}

/** Two years, subdomains included: sent only over HTTPS, where a browser heeds it. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** The headers a page response gets: the policy for its scripts, and HSTS over HTTPS. */
export function pageSecurityHeaders(scriptSources: readonly string[], https: boolean): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(scriptSources, { https }),
    ...(https ? { "Strict-Transport-Security": STRICT_TRANSPORT_SECURITY } : {}),
  };
}
