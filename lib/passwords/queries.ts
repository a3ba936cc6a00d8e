import "server-only";
import { RateLimiterPostgres } from "rate-limiter-flexible";
import { consumeBoth, type Throttled } from "@/lib/auth/throttle/consume";
import { now } from "@/lib/clock";
import { db, throttlePool } from "@/lib/db";
import { hashResetToken, looksLikeResetToken, newResetToken, RESET_MINUTES } from "./token";

// Password resets belong to a person, not a partnership: the person's own
// ("Forgot your password?") and the link itself run before any tenant is
// known, keyed by an email or a token, and write no partnership's audit (no
// partnership's data changes; the person's sessions end). An admin's reset is
// a mutation of the partnership (mutations.ts), audited there.

/** Requests for a reset link per email address, and per network address (an office shares one). */
export const RESET_REQUEST_LIMITS = { account: { points: 5, seconds: 60 * 60 }, address: { points: 30, seconds: 60 * 60 } };

let limiters: { account: RateLimiterPostgres; address: RateLimiterPostgres } | undefined;

/**
 * Counts one "Forgot your password?" request against the email and the
 * address (keys from lib/auth/throttle/policy.ts, so no email is stored), in
 * the sign-in throttle's table under a prefix of its own. Counted whether or
 * not the email has an account, so the limit says nothing of which exist.
 */
export async function countResetRequest(account: string, address: string): Promise<Throttled> {
  if (!limiters) {
    const store = { storeClient: throttlePool(), storeType: "pool", tableName: "SignInThrottle", tableCreated: true, keyPrefix: "password-reset" };
    const limiter = ({ points, seconds }: { points: number; seconds: number }) => new RateLimiterPostgres({ ...store, points, duration: seconds, blockDuration: seconds });
    limiters = { account: limiter(RESET_REQUEST_LIMITS.account), address: limiter(RESET_REQUEST_LIMITS.address) };
  }
  return consumeBoth(limiters, account, address);
}

/**
 * "Forgot your password?": a new reset for the account with this email, or
 * null when there is none. The caller answers the same either way.
 */
export async function createPasswordResetForEmail(email: string): Promise<{ token: string; email: string; name: string } | null> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true, email: true, name: true } });
  if (!user) return null;
  const { token, tokenHash } = newResetToken();
  await db.passwordReset.create({ data: { userId: user.id, tokenHash, expiresAt: new Date(now().getTime() + RESET_MINUTES * 60_000) } });
  return { token, email: user.email, name: user.name };
}

export type ResetLink = { state: "unknown" } | { state: "used" } | { state: "expired" } | { state: "valid"; email: string; name: string; hasPassword: boolean };

/** What a reset link is now: unknown, used, expired, or good for the person it names. */
export async function getPasswordReset(token: string): Promise<ResetLink> {
  if (!looksLikeResetToken(token)) return { state: "unknown" };
  const reset = await db.passwordReset.findUnique({
    where: { tokenHash: hashResetToken(token) },
    select: { usedAt: true, expiresAt: true, user: { select: { email: true, name: true, passwordHash: true } } },
  });
  if (!reset) return { state: "unknown" };
  if (reset.usedAt) return { state: "used" };
  if (reset.expiresAt <= now()) return { state: "expired" };
  return { state: "valid", email: reset.user.email, name: reset.user.name, hasPassword: reset.user.passwordHash !== null };
}

/**
 * Uses a reset link: in one statement, marks the link used (only if it is
 * unused and unexpired), sets the new password's hash and moves the person's
 * session version on, which ends every session they have. Two uses racing
 * each other: the row lock lets one through and the other finds it used.
 * Returns the link's state when it was not usable (nothing changed).
 */
export async function completePasswordReset(token: string, passwordHash: string): Promise<{ state: "reset"; userId: string } | Exclude<ResetLink, { state: "valid" }>> {
  if (!looksLikeResetToken(token)) return { state: "unknown" };
  const at = now();
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH claimed AS (
      UPDATE "PasswordReset" SET "usedAt" = ${at}
      WHERE "tokenHash" = ${hashResetToken(token)} AND "usedAt" IS NULL AND "expiresAt" > ${at}
      RETURNING "userId"
    )
    UPDATE "User" u SET "passwordHash" = ${passwordHash}, "sessionVersion" = u."sessionVersion" + 1
    FROM claimed WHERE u.id = claimed."userId"
    RETURNING u.id`;
  if (rows[0]) return { state: "reset", userId: rows[0].id };
  const link = await getPasswordReset(token);
  return link.state === "valid" ? { state: "used" } : link;
}

/**
 * How a member of this partnership signs in, for its admins: null for a
 * membership of another partnership (a 404).
 */
export async function getMemberSignIn(partnershipId: string, membershipId: string) {
  const membership = await db.membership.findFirst({
    where: { id: membershipId, partnershipId },
    select: {
      id: true,
      role: true,
      jobTitle: true,
      user: {
        select: {
          name: true,
          email: true,
          passwordHash: true,
          oidcAccounts: { select: { id: true, issuer: true, subject: true, createdAt: true }, orderBy: { createdAt: "asc" } },
        },
      },
    },
  });
  if (!membership) return null;
  const { passwordHash, ...user } = membership.user;
  return { ...membership, user: { ...user, hasPassword: passwordHash !== null } };
}
export type MemberSignIn = NonNullable<Awaited<ReturnType<typeof getMemberSignIn>>>;
