import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "./options";

export type SessionUser = {
  userId: string;
  name: string;
  email: string;
  /** The version the session was issued at: callers compare it with the user's (sign-out moves it). */
  sessionVersion: number;
};

/**
 * The signed-in user as the token says, or null. The only place that knows
 * which auth library is underneath, so next-auth can be swapped without
 * touching callers. The token's signature, expiry and absolute lifetime are
 * checked here; whether it was signed out is checked by the guards, in the
 * query each page makes anyway (lib/auth/guards.ts).
 */
export const getSession = cache(async (): Promise<SessionUser | null> => {
  const session = (await getServerSession(authOptions())) as { uid?: string; sv?: number; user?: { name?: string | null; email?: string | null } } | null;
  if (!session?.uid || typeof session.sv !== "number") return null;
  return { userId: session.uid, name: session.user?.name ?? "", email: session.user?.email ?? "", sessionVersion: session.sv };
});
