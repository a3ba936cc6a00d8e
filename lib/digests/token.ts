// The unsubscribe link's token: the membership and its digest token version,
// signed with the app's secret (HMAC-SHA256). It needs no expiry (stopping
// emails is always allowed) and no database row; bumping the membership's
// digestTokenVersion voids every link issued before.
import { createHmac, timingSafeEqual } from "node:crypto";

const PURPOSE = "stocktake-digest-unsubscribe";

function secret(): string {
  const value = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (!value) throw new Error("AUTH_SECRET is not set");
  return value;
}

const signature = (membershipId: string, version: number) => createHmac("sha256", secret()).update(`${PURPOSE}:${membershipId}:${version}`).digest("base64url");

export function unsubscribeToken(membershipId: string, version: number): string {
  return `${membershipId}.${version}.${signature(membershipId, version)}`;
}

/** The membership and version a token names, when its signature is ours; null for anything else. */
export function readUnsubscribeToken(token: string): { membershipId: string; version: number } | null {
  const match = /^([A-Za-z0-9_-]{1,64})\.([1-9][0-9]{0,8})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, membershipId, versionText, given] = match;
  const version = Number(versionText);
  const expected = Buffer.from(signature(membershipId!, version));
  const actual = Buffer.from(given!);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? { membershipId: membershipId!, version } : null;
}
