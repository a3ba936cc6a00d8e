// Reset tokens: 32 random bytes in the link, only their sha-256 in the
// database, so a copy of the database (a backup, a leak) holds no usable link.
import { createHash, randomBytes } from "node:crypto";

/** How long a reset link works. */
export const RESET_MINUTES = 30;

export function hashResetToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newResetToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashResetToken(token) };
}

/** Whether a path segment could be a token at all (anything else is "unknown" without a query). */
export function looksLikeResetToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
