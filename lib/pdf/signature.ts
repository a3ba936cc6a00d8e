import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";

// How the PDF printer reaches a print view without anyone's session.
//
// The choice: Chromium loads the app's own lean print page over loopback,
// and the route handler signs that exact path with AUTH_SECRET and an expiry
// a minute ahead, sent in a request header. The alternatives were worse:
//   - giving Chromium the member's session cookie would put a credential that
//     opens every page of the app into a browser that also loads other URLs;
//   - rendering the print HTML to a string inside the route handler is not
//     possible with React here (react-dom/server refuses to load in the
//     server-components build that route handlers share), and a hand-made
//     renderer would be a second way of drawing the same document.
// The signature opens one print page (one report, one version) for a minute,
// needs no session, is only ever sent to this server's loopback address, and
// the page it opens renders a frozen snapshot, never live data on demand.

/** The header that carries the signature of an internal print render. */
export const PRINT_RENDER_HEADER = "x-stocktake-print-render";

/** Where print views live; nothing under it renders without a valid signature. */
export const PRINT_RENDER_PREFIX = "/print-render";

/** Long enough to load and print a pack on a busy server; short enough to be useless if it leaked. */
export const PRINT_SIGNATURE_TTL_MS = 60_000;

function secret(): string {
  const value = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (!value) throw new Error("AUTH_SECRET is not set");
  return value;
}

function mac(path: string, expires: number): Buffer {
  return createHmac("sha256", secret()).update(`print-render\0${path}\0${expires}`).digest();
}

/** "<expires>.<mac>" for this exact path, valid until `expires` (ms since the epoch). */
export function signPrintPath(path: string, expires: number): string {
  return `${expires}.${mac(path, expires).toString("base64url")}`;
}

/** Whether `signature` was made for exactly this path and has not expired at `nowMs`. */
export function verifyPrintPath(path: string, signature: string | null, nowMs: number): boolean {
  if (!signature) return false;
  const [expiresText, given] = signature.split(".");
  const expires = Number(expiresText);
  if (!Number.isSafeInteger(expires) || !given || expires < nowMs) return false;
  const expected = mac(path, expires);
  const bytes = Buffer.from(given, "base64url");
  return bytes.length === expected.length && timingSafeEqual(bytes, expected);
}
