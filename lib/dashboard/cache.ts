import "server-only";
import { revalidatePath, unstable_cache, updateTag } from "next/cache";
import { toIsoDate } from "@/lib/dates/format";
import { dashboardPath } from "./paths";
import { getDashboard } from "./queries";

/** The tag every mutation of a partnership invalidates. */
export function partnershipTag(partnershipId: string): string {
  return `partnership:${partnershipId}`;
}

/**
 * The dashboard's data, cached per partnership, day and data version in
 * Next.js's data cache (the configured cache handler, so shared when several
 * servers share one): every member's first view of the day's version
 * computes it once. A write bumps the version (a trigger on the audit table)
 * and also drops the tag.
 */
export function getCachedDashboard(partnershipId: string, today: Date, dataVersion: number, board?: { id: string; areaIds: readonly string[] }) {
  const day = toIsoDate(today);
  return unstable_cache(() => getDashboard(partnershipId, today, board?.areaIds), ["dashboard", partnershipId, day, String(dataVersion), board?.id ?? "all"], {
    tags: [partnershipTag(partnershipId)],
    // Every write makes a new key; a day on, the old ones have no use.
    revalidate: 86400,
  })();
}

/**
 * After a write: expire the partnership's cached dashboard (read-your-own-writes,
 * so the very next load shows the change) and re-render its pages.
 * Server actions only.
 */
export function refreshPartnership(partnershipId: string, slug: string) {
  updateTag(partnershipTag(partnershipId));
  // The partnership's layout, so every page under /p/[slug] renders afresh.
  revalidatePath(dashboardPath(slug), "layout");
}
