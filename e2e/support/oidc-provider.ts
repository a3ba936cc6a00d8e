// A real OpenID Connect provider (the `oidc-provider` package) on loopback,
// standing in for Microsoft Entra ID in the end-to-end tests. Its development
// login screen accepts any login name, which becomes the subject (`sub`).
import http from "node:http";
import Provider from "oidc-provider";

export const OIDC_CLIENT_ID = "stocktake-e2e";
export const OIDC_CLIENT_SECRET = "e2e-client-secret-not-used-anywhere-else";

/** Claims per subject; any other subject gets claims derived from its name. */
export const OIDC_ACCOUNTS: Record<string, { email: string; name: string }> = {
  // Linked to lead@derbyshire.demo by subject.
  "entra-subject-derbyshire-lead": { email: "morgan.hale@derbyshire.example", name: "Morgan Hale" },
  // Not linked, but claims the admin's email: must not get in.
  "entra-subject-unlinked": { email: "admin@derbyshire.demo", name: "Someone Else" },
};

export async function startOidcProvider(port: number, appUrl: string): Promise<{ issuer: string; close(): Promise<void> }> {
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_CLIENT_ID,
        client_secret: OIDC_CLIENT_SECRET,
        redirect_uris: [`${appUrl}/api/auth/callback/oidc`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email"], profile: ["name"] },
    async findAccount(_ctx, sub) {
      const account = OIDC_ACCOUNTS[sub] ?? { email: `${sub}@idp.example`, name: sub };
      return { accountId: sub, claims: async () => ({ sub, ...account }) };
    },
    pkce: { required: () => true },
  });
  provider.proxy = false;
  const server = http.createServer(provider.callback());
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { issuer, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
