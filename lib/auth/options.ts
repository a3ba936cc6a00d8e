import "server-only";
import bcrypt from "bcryptjs";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getUserByOidcSubject, getUserForSignIn } from "./queries";
import { oidcConfig } from "./oidc-config";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email().max(320)),
  password: z.string().min(1).max(1000),
});

// Compared against when the email is unknown, so that a wrong email and a
// wrong password take the same time and say the same thing.
const UNKNOWN_USER_HASH = "$2b$10$CwTycUXWue0Thq9StjUM0uJ8r3xWBqvBqcnYpFEMSpv/6lbpcUrFK";

function buildOptions(): NextAuthOptions {
  const oidc = oidcConfig();
  const providers: NextAuthOptions["providers"] = [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const user = await getUserForSignIn(parsed.data.email);
        const ok = await bcrypt.compare(parsed.data.password, user?.passwordHash ?? UNKNOWN_USER_HASH);
        if (!user || !user.passwordHash || !ok) return null;
        return { id: user.id, name: user.name, email: user.email };
      },
    }),
  ];
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
    secret: process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
    pages: { signIn: "/login", error: "/login" },
    providers,
    callbacks: {
      async signIn({ account }) {
        if (account?.provider !== "oidc") return true;
        const linked = oidc ? await getUserByOidcSubject(oidc.issuer, account.providerAccountId) : null;
        return linked ? true : "/login?error=OidcNotLinked";
      },
      async jwt({ token, user, account }) {
        if (account?.provider === "oidc" && oidc) {
          const linked = await getUserByOidcSubject(oidc.issuer, account.providerAccountId);
          if (!linked) throw new Error("OIDC account not linked");
          token.uid = linked.user.id;
          token.name = linked.user.name;
          token.email = linked.user.email;
        } else if (user) {
          token.uid = user.id;
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, uid: typeof token.uid === "string" ? token.uid : undefined };
      },
    },
  };
}

let cached: NextAuthOptions | undefined;
export function authOptions(): NextAuthOptions {
  cached ??= buildOptions();
  return cached;
}
