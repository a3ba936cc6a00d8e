// Tokens for links that act once (an invitation, a password reset): 32
// random bytes in the link, only their sha-256 in the database, so a copy of
// the database (a backup, a leak) holds no usable link.
import { createHash, randomBytes } from "node:crypto";

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashLinkToken(token) };
}

/** Whether a path segment could be a token at all (anything else is unknown without a query). */
export function looksLikeLinkToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
