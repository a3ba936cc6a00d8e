// Who a sign-in attempt counts against: the account it names and the address
// it comes from. Pure functions, so the rules are unit-tested on their own
// (policy.test.ts); the counting itself is in queries.ts.
import { createHash } from "node:crypto";
import { isIP } from "node:net";

/** Attempts per account before it is refused for a while (a success starts the count again). */
export const ACCOUNT_LIMIT = { points: 10, seconds: 15 * 60 };
/** Failed attempts per address (an office behind one address shares it). */
export const ADDRESS_LIMIT = { points: 100, seconds: 60 * 60 };

/**
 * The account's key: a hash of the normalised email, so the throttle table
 * never holds an email address, and an email with no account is counted the
 * same as one with (the answer never says which exists).
 */
export function accountKey(email: string): string {
  return `account:${createHash("sha256").update(email.trim().toLowerCase()).digest("base64url")}`;
}

/**
 * The address's key. IPv4 as it is (an IPv4-mapped IPv6 address is IPv4);
 * IPv6 by its /64, which is what one subscriber is given, so walking through
 * one's own addresses does not escape the count.
 */
export function addressKey(address: string): string {
  const plain = address.trim().replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(plain);
  if (mapped) return `address:${mapped[1]}`;
  if (isIP(plain) === 4) return `address:${plain}`;
  if (isIP(plain) === 6) return `address:${expandIpv6(plain).slice(0, 4).join(":")}::/64`;
  return "address:unknown";
}

function expandIpv6(address: string): string[] {
  const [head, tail] = address.toLowerCase().split("::") as [string, string | undefined];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
  return groups.map((group) => group.replace(/^0+(?=.)/, ""));
}

/**
 * The client's address from X-Forwarded-For. Next.js fills the header with
 * the socket's address when the request has none; each proxy in front
 * appends the address it saw. With `trustedHops` proxies (the
 * STOCKTAKE_TRUSTED_PROXY_HOPS setting), the address is that many entries
 * from the right: entries further left were written by the client and prove
 * nothing. With none, a client that sends the header itself chooses its
 * address: the per-account limit and the bounded hashing still hold, which
 * is why the README asks for the setting behind a load balancer.
 */
export function clientAddress(forwardedFor: string | null, trustedHops: number): string {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return "unknown";
  // With no proxy, the last entry is the socket's (or, if the client sent the header, its own claim).
  return entries[Math.max(0, entries.length - Math.max(1, trustedHops))]!;
}
