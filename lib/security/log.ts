// Security events (OWASP ASVS V16): each refused attempt — a page, action or
// download asked of a partnership the person is not a member of, an action
// their role may not take, an id that is not in their partnership — is one
// JSON line on stderr, through this module alone. Not the audit table: its
// rows are the partnership's record of what changed, and a refusal changed
// nothing. Who, which partnership, what and why; never what the form held.
// The format is documented in docs/operations.md ("Security events").
import "server-only";
import type { MemberContext } from "@/lib/auth/guards";
import { now } from "@/lib/clock";
import type { Role } from "@/lib/generated/prisma/enums";

export type RefusalReason =
  /** Signed in, but not a member of the partnership asked for (or there is no such partnership). */
  | "not-a-member"
  /** A member whose role or areas do not allow it. */
  | "forbidden"
  /** An id that is not in the member's partnership: another partnership's, or gone. */
  | "not-found";

export type Refusal = {
  reason: RefusalReason;
  userId: string;
  /** The partnership's slug as the request named it. */
  partnership: string;
  /** Known when the person is a member of the partnership asked for. */
  partnershipId?: string;
  role?: Role;
  /** How it was asked: a page, a server action, a download. Unknown to the membership guard, which all three call. */
  via?: "page" | "action" | "download";
  /** The path asked for (a download), or the page a form was posted from (an action: the browser's Referer). */
  target?: string | null;
};

/** The one writer: tests replace `write` to read the lines. */
export const securityLog = {
  write(line: string): void {
    process.stderr.write(`${line}\n`);
  },
};

/** A slug, path or id as the request gave it: bounded, so a flood of long addresses cannot flood the log. */
const bounded = (text: string, max = 300) => (text.length > max ? `${text.slice(0, max)}…` : text);

export function logRefusal(refusal: Refusal): void {
  const event = {
    time: now().toISOString(),
    level: "warn",
    event: "authorization.refused",
    reason: refusal.reason,
    userId: refusal.userId,
    partnership: bounded(refusal.partnership, 100),
    partnershipId: refusal.partnershipId ?? null,
    role: refusal.role ?? null,
    via: refusal.via ?? null,
    target: refusal.target ? bounded(refusal.target) : null,
  };
  // JSON escapes newlines and control characters: nothing a request carries can forge a line.
  securityLog.write(JSON.stringify(event));
}

/**
 * A download's answer when there is nothing to send: the same 404 whatever the
 * cause, so it confirms nothing. A member's refusal is logged here; a
 * non-member's already was, by the membership guard.
 */
export function refusedDownload(request: Request, member: MemberContext | null, reason: "forbidden" | "not-found"): Response {
  if (member) {
    const target = new URL(request.url).pathname;
    logRefusal({ reason, userId: member.user.userId, partnership: member.partnership.slug, partnershipId: member.partnershipId, role: member.role, via: "download", target });
  }
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
