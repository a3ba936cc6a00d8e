import "server-only";
import type { NextAuthOptions } from "next-auth";
import { safeCallbackUrl } from "./callback-url";
import { endSessions, getUserByOidcSubject, recordSignIn } from "./queries";
import { oidcConfig } from "./oidc-config";
import { authSecret, liveClaims, newSessionClaims, SESSION_IDLE_SECONDS, SessionEndedError } from "./session-token";

// next-auth does OpenID Connect and reads and renews session tokens.
// Email-and-password sign-in is our own route (app/api/auth/sign-in,
// lib/auth/sign-in.ts): a plain form POST that works without JavaScript, is
// throttled per account and per address, and hashes off the request thread.
// It issues the same token next-auth reads (lib/auth/session-token.ts).

function buildOptions(): NextAuthOptions {
  const oidc = oidcConfig();
  const providers: NextAuthOptions["providers"] = [];
  if (oidc) {
    providers.push({
      id: "oidc",
      name: oidc.name,
      type: "oauth",
      wellKnown: `${oidc.issuer}/.well-known/openid-configuration`,
      clientId: oidc.clientId,
      clientSecret: oidc.clientSecret,
      idToken: true,
      checks: ["pkce", "state", "nonce"],
      authorization: { params: { scope: "openid profile email" } },
      profile(profile: { sub: string; name?: string; email?: string }) {
        return { id: profile.sub, name: profile.name ?? profile.email ?? "", email: profile.email ?? "" };
      },
    });
  }

  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
    pages: { signIn: "/login", error: "/login" },
    providers,
    callbacks: {
      async signIn({ account, user, profile }) {
        if (account?.provider !== "oidc") return false;
        const linked = oidc ? await getUserByOidcSubject(oidc.issuer, account.providerAccountId) : null;
        if (linked) return true;
        // A new person who chose "Continue with <provider>" on their invitation: link this subject to the account it makes.
        const invited = oidc ? await acceptingInvitation(oidc.issuer, account.providerAccountId, profile?.name ?? user.name ?? "") : null;
        return invited ?? "/login?error=OidcNotLinked";
      },
      // Only ever to a path on this site (issue 14: /.//evil.example normalised to //evil.example).
      async redirect({ url, baseUrl }) {
        const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
        return `${baseUrl}${safeCallbackUrl(path)}`;
      },
      async jwt({ token, account }) {
        if (account?.provider === "oidc" && oidc) {
          const linked = await getUserByOidcSubject(oidc.issuer, account.providerAccountId);
          if (!linked) throw new Error("OIDC account not linked");
          await recordSignIn(linked.user.id);
          token.name = linked.user.name;
          token.email = linked.user.email;
          return { ...token, ...newSessionClaims(linked.user) };
        }
        // Renewing a token (getServerSession, /api/auth/session) never carries
        // it past its absolute lifetime: next-auth clears the cookie instead.
        if (!liveClaims(token)) throw new SessionEndedError();
        return token;
      },
      async session({ session, token }) {
        const claims = liveClaims(token);
        return { ...session, uid: claims?.userId, sv: claims?.sessionVersion };
      },
    },
    events: {
      // next-auth's own sign-out route ends the session as ours does.
      async signOut({ token }) {
        const claims = liveClaims(token);
        if (claims) await endSessions(claims.userId, claims.sessionVersion);
      },
    },
    logger: {
      error(code, metadata) {
        // An ended session is expected, not an error worth a log line per request.
        const cause = (metadata as { error?: unknown } | undefined)?.error ?? metadata;
        if (code === "JWT_SESSION_ERROR" && cause instanceof Error && cause.name === "SessionEndedError") return;
        console.error(`[next-auth] ${code}`, metadata);
      },
      warn(code) {
        console.warn(`[next-auth] ${code}`);
      },
      debug() {},
    },
  };
}

/**
 * The invitation the person started accepting with OpenID Connect (a cookie
 * set by its page, lib/invitations/oidc.ts), accepted for this subject: true
 * to go on signing in, the invitation's page when it could not be, or null
 * when there was none. The cookie is used once. Imported when needed: the
 * invitations import the session, which imports these options.
 */
async function acceptingInvitation(issuer: string, subject: string, name: string): Promise<true | string | null> {
  const { cookies } = await import("next/headers");
  const { acceptWithOidc, INVITATION_OIDC_COOKIE } = await import("@/lib/invitations/oidc");
  const { invitationPath } = await import("@/lib/invitations/paths");
  const jar = await cookies();
  const token = jar.get(INVITATION_OIDC_COOKIE)?.value;
  if (!token) return null;
  jar.set(INVITATION_OIDC_COOKIE, "", { path: "/api/auth", maxAge: 0, httpOnly: true, sameSite: "lax" });
  return (await acceptWithOidc(token, issuer, subject, name)) ? true : invitationPath(token);
}

let cached: NextAuthOptions | undefined;
export function authOptions(): NextAuthOptions {
  cached ??= buildOptions();
  return cached;
}
