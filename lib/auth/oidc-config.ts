// OpenID Connect (Microsoft Entra ID for councils and the NHS) is offered only
// when all of its environment variables are set.
export type OidcConfig = { issuer: string; clientId: string; clientSecret: string; name: string };

export function oidcConfig(env: NodeJS.ProcessEnv = process.env): OidcConfig | null {
  const issuer = env.OIDC_ISSUER?.replace(/\/+$/, "");
  const clientId = env.OIDC_CLIENT_ID;
  const clientSecret = env.OIDC_CLIENT_SECRET;
  if (!issuer || !clientId || !clientSecret) return null;
  return { issuer, clientId, clientSecret, name: env.OIDC_DISPLAY_NAME || "Microsoft Entra ID" };
}
