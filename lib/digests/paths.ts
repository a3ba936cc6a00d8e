// Where the digests live: a member's own choice, the admin's preview, and the
// unsubscribe link (outside any partnership: it works without signing in).
import { memberPath } from "@/lib/members/paths";
import { myUpdatesPath } from "@/lib/plan/paths";

/** The member's own "Email reminders" page: how often, or off. */
export function myEmailPath(slug: string): string {
  return `${myUpdatesPath(slug)}/email`;
}

/** The programme office's preview of a member's next digest. */
export function digestPreviewPath(slug: string, membershipId: string): string {
  return `${memberPath(slug, membershipId)}/digest`;
}

export function unsubscribePath(token: string): string {
  return `/unsubscribe/${token}`;
}
