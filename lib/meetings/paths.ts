// Where the board's meeting cycle lives: the meetings, each meeting, the
// boards, the action and impact log and the decision log.
import type { MeetingState } from "@/lib/generated/prisma/enums";

/** The meetings, of one board when `boardId` is given. */
export function meetingsPath(slug: string, boardId?: string): string {
  return `/p/${slug}/meetings${boardId ? `?board=${boardId}` : ""}`;
}

export function meetingPath(slug: string, meetingId: string): string {
  return `/p/${slug}/meetings/${meetingId}`;
}

/** A new meeting's page, which says it was created as a draft. */
export function createdMeetingPath(slug: string, meetingId: string): string {
  return `${meetingPath(slug, meetingId)}?created=1`;
}

/** The meeting's page after a move, which says where it now stands. */
export function movedMeetingPath(slug: string, meetingId: string, state: MeetingState): string {
  return `${meetingPath(slug, meetingId)}?moved=${state}`;
}

/** The minutes on a meeting's page. */
export function meetingMinutesPath(slug: string, meetingId: string): string {
  return `${meetingPath(slug, meetingId)}#minutes-heading`;
}

export function boardsPath(slug: string): string {
  return `/p/${slug}/meetings/boards`;
}

/** The action and impact log, with its filters as a query string (lib/meetings/filters.ts). */
export function impactLogPath(slug: string, query = ""): string {
  return `/p/${slug}/meetings/impact-log${query ? `?${query}` : ""}`;
}

/** The decision log, with its filters as a query string (lib/meetings/filters.ts). */
export function decisionLogPath(slug: string, query = ""): string {
  return `/p/${slug}/meetings/decisions${query ? `?${query}` : ""}`;
}
