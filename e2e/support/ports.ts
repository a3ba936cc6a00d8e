export const APP_PORT = Number(process.env.E2E_PORT ?? 3100);
export const OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? 3190);
