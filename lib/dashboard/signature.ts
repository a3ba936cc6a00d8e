import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";

function secret(): string {
  const value = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (!value) throw new Error("AUTH_SECRET is not set");
  return value;
}

function mac(partnershipId: string, membershipId: string, day: string): Buffer {
  return createHmac("sha256", secret()).update(`cached-dashboard\0${partnershipId}\0${membershipId}\0${day}`).digest();
}

/** Signs the key of a member's cached dashboard, so that only the proxy can name one. */
export function signDashboardKey(partnershipId: string, membershipId: string, day: string): string {
  return mac(partnershipId, membershipId, day).toString("base64url");
}

export function verifyDashboardKey(partnershipId: string, membershipId: string, day: string, signature: string): boolean {
  const expected = mac(partnershipId, membershipId, day);
  const given = Buffer.from(signature, "base64url");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
