// Links that leave the app (in an email, or shown to copy) need the site's own
// address: NEXTAUTH_URL, which `npm start` and the e2e server set, else the
// development server's.
const FALLBACK_ORIGIN = "http://localhost:3000";

export function absoluteUrl(path: string, env: Record<string, string | undefined> = process.env): string {
  let origin = FALLBACK_ORIGIN;
  try {
    if (env.NEXTAUTH_URL) origin = new URL(env.NEXTAUTH_URL).origin;
  } catch {
    // A malformed NEXTAUTH_URL: next-auth refuses it at start; a link still names this machine.
  }
  return new URL(path.startsWith("/") ? path : `/${path}`, origin).toString();
}
