import "server-only";
import type { NextRequest } from "next/server";
import { encode, getToken, type JWT } from "next-auth/jwt";

// Session tokens: next-auth's encrypted JWT, in next-auth's cookie, so that
// getServerSession and next-auth's own routes read the sessions the sign-in
// route issues. Each token carries, besides the user's id:
//   sv       the user's session version when it was issued: signing out adds
//            one to User.sessionVersion, and every request compares it in the
//            statement that already checks the membership (no extra query);
//   started  when the person signed in: a session ends SESSION_LIFETIME after
//            it, however often /api/auth/session re-issues the cookie.
// Times here are the real clock (security), never the pinned day of lib/clock.

/** A session unused this long ends (the token's exp, renewed as it is used). */
export const SESSION_IDLE_SECONDS = 8 * 60 * 60;
/** A session ends this long after sign-in, whatever happens. */
export const SESSION_LIFETIME_SECONDS = 12 * 60 * 60;

export type SessionClaims = { userId: string; sessionVersion: number; startedAt: number };

/** Thrown by the jwt callback for a token past its lifetime: next-auth then clears the cookie. */
export class SessionEndedError extends Error {
  constructor() {
    super("The session has ended.");
    this.name = "SessionEndedError";
  }
}

export function authSecret(): string | undefined {
  return process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
}

/**
 * The one session cookie to read, chosen as next-auth chooses it (https sites
 * use the __Secure- name), so that what is remembered is always the cookie
 * that was verified, never another one sent alongside it.
 */
export function sessionCookie(): { name: string; secure: boolean } {
  const secure = process.env.NEXTAUTH_URL?.startsWith("https://") ?? Boolean(process.env.VERCEL);
  return { name: secure ? "__Secure-next-auth.session-token" : "next-auth.session-token", secure };
}

/** The claims of a decoded token, or null when it is not ours or has outlived its absolute lifetime. */
export function liveClaims(token: Partial<JWT> | null | undefined, nowMs = Date.now()): SessionClaims | null {
  if (!token || typeof token.uid !== "string" || typeof token.sv !== "number" || typeof token.started !== "number") return null;
  if ((token.started + SESSION_LIFETIME_SECONDS) * 1000 <= nowMs) return null;
  return { userId: token.uid, sessionVersion: token.sv, startedAt: token.started };
}

/** The claims a new session starts with (sign-in, by password or OpenID Connect). */
export function newSessionClaims(user: { id: string; sessionVersion: number }): { uid: string; sv: number; started: number } {
  return { uid: user.id, sv: user.sessionVersion, started: Math.floor(Date.now() / 1000) };
}

/** A new session for the user: the cookie to set. */
export async function issueSessionCookie(user: { id: string; name: string; email: string; sessionVersion: number }) {
  const secret = authSecret();
  if (!secret) throw new Error("AUTH_SECRET is not set");
  const value = await encode({ token: { name: user.name, email: user.email, sub: user.id, ...newSessionClaims(user) }, secret, maxAge: SESSION_IDLE_SECONDS });
  const cookie = sessionCookie();
  return { name: cookie.name, value, options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure: cookie.secure, maxAge: SESSION_IDLE_SECONDS } };
}

const MAX_REMEMBERED = 10_000;

/** Session tokens already decrypted and verified, by their exact text, until they expire. */
const verified = new Map<string, { claims: SessionClaims; expiresAt: number }>();

/**
 * The session's claims from the cookie, or null, for route handlers on the
 * hot path (the board dashboard). Decrypting a token costs about a tenth of a
 * millisecond; the same text always decrypts to the same claims, so a
 * verified token is remembered until it expires (its exp, or the end of its
 * lifetime, whichever is first). Whether it was revoked is the caller's
 * check, against the user's current session version.
 */
export async function sessionClaims(request: NextRequest): Promise<SessionClaims | null> {
  const cookie = sessionCookie();
  const text = request.cookies.get(cookie.name)?.value;
  const known = text ? verified.get(text) : undefined;
  if (known && known.expiresAt > Date.now()) return known.claims;
  const token = await getToken({ req: request, secret: authSecret(), cookieName: cookie.name, secureCookie: cookie.secure });
  const claims = liveClaims(token);
  if (!claims) return null;
  if (text && typeof token?.exp === "number") {
    if (verified.size >= MAX_REMEMBERED) verified.clear();
    verified.set(text, { claims, expiresAt: Math.min(token.exp * 1000, (claims.startedAt + SESSION_LIFETIME_SECONDS) * 1000) });
  }
  return claims;
}
