import "server-only";
import type { NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { getDashboardAccess } from "@/lib/auth/queries";
import { canOnItem } from "@/lib/auth/permissions";
import { toIsoDate } from "@/lib/dates/format";
import { todayUtc } from "@/lib/plan/view";
import { signDashboardKey } from "./signature";

/** Where the cached dashboards live. Never reachable from outside: the proxy answers 404 there. */
export const CACHED_DASHBOARD_PREFIX = "/cached-dashboard/";

/**
 * For GET /p/[slug] (the board dashboard): the cached page of this member for
 * today, or null to let the ordinary page answer (no valid session, not a
 * member → its redirect or 404; an advisor without live access → its message).
 *
 * The rendered dashboard is cached per membership and day and dropped by the
 * partnership's tag on every write (refreshPartnership), so a warm request
 * costs one SQL statement (this membership lookup) and no rendering.
 */
export async function cachedDashboardPath(request: NextRequest, slug: string): Promise<string | null> {
  const token = await getToken({ req: request, secret: process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET });
  if (typeof token?.uid !== "string") return null;
  const access = await getDashboardAccess(token.uid, slug);
  if (!access) return null;
  const scope = { role: access.role, areaIds: [], membershipId: access.membershipId, advisorDashboardAccess: access.advisorDashboardAccess };
  if (!canOnItem(scope, "dashboard.read")) return null;
  const day = toIsoDate(todayUtc());
  return `${CACHED_DASHBOARD_PREFIX}${access.partnershipId}/${access.membershipId}/${day}/${signDashboardKey(access.partnershipId, access.membershipId, day)}`;
}
