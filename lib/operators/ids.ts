// A new partnership's id, chosen before it is made: its audit rows are written
// under it in the same transaction (mutation() takes the partnership first).
import { randomBytes } from "node:crypto";

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/** "c" and 24 random lower-case letters and digits, the shape of the ids Prisma gives (cuid). */
export function newPartnershipId(): string {
  const bytes = randomBytes(24);
  return `c${Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join("")}`;
}
