import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "./options";

export type SessionUser = { userId: string; name: string; email: string };

/**
 * The signed-in user, or null. The only place that knows which auth library
 * is underneath, so next-auth can be swapped without touching callers.
 */
export const getSession = cache(async (): Promise<SessionUser | null> => {
  const session = (await getServerSession(authOptions())) as { uid?: string; user?: { name?: string | null; email?: string | null } } | null;
  if (!session?.uid) return null;
  return { userId: session.uid, name: session.user?.name ?? "", email: session.user?.email ?? "" };
});
