// The board's meeting cycle as pure rules: which state a meeting may move to,
// what may change in each state, and which entries of the action and impact
// log are carried to a meeting and which are "slow to progress" (Improvement
// Notice §5e). No I/O; "today" is an argument.
import type { ImpactLogState, MeetingState, Status } from "@/lib/generated/prisma/enums";
import { daysBetween, formatUkDate } from "@/lib/dates/format";
import { ValidationError } from "@/lib/errors";

export const MEETING_STATE_LABELS: Record<MeetingState, string> = {
  DRAFT: "Draft",
  OPEN: "Open (agenda issued)",
  IN_PROGRESS: "In progress",
  CLOSED: "Closed",
  CANCELLED: "Cancelled",
};

export const IMPACT_LOG_STATE_LABELS: Record<ImpactLogState, string> = { OPEN: "Open", IN_PROGRESS: "In progress", DONE: "Done" };

export type MeetingTransition = "open" | "start" | "close" | "reopen" | "cancel";

/**
 * The state machine (REFERENCES §4.1, after OpenProject): draft → open →
 * in progress → closed; a draft or open meeting can be cancelled; a closed
 * meeting can be re-opened, which needs a reason and is logged. There is no
 * way back to draft once the agenda has gone out.
 */
const TRANSITIONS: Record<MeetingTransition, { from: readonly MeetingState[]; to: MeetingState; label: string }> = {
  open: { from: ["DRAFT"], to: "OPEN", label: "Issue the agenda (open the meeting)" },
  start: { from: ["OPEN"], to: "IN_PROGRESS", label: "Start the meeting" },
  close: { from: ["IN_PROGRESS"], to: "CLOSED", label: "Close the meeting" },
  reopen: { from: ["CLOSED"], to: "IN_PROGRESS", label: "Re-open the meeting" },
  cancel: { from: ["DRAFT", "OPEN"], to: "CANCELLED", label: "Cancel the meeting" },
};

export function transitionTarget(state: MeetingState, transition: MeetingTransition): MeetingState | null {
  const rule = TRANSITIONS[transition];
  return rule.from.includes(state) ? rule.to : null;
}

/** The moves a meeting in this state can make, in the order a chair takes them. */
export function availableTransitions(state: MeetingState): { transition: MeetingTransition; label: string; needsReason: boolean }[] {
  return (Object.keys(TRANSITIONS) as MeetingTransition[])
    .filter((t) => TRANSITIONS[t].from.includes(state))
    .map((transition) => ({ transition, label: TRANSITIONS[transition].label, needsReason: transition === "reopen" || transition === "cancel" }));
}

/** Agenda and attendance can be prepared until the meeting closes. */
export function canPrepare(state: MeetingState): boolean {
  return state === "DRAFT" || state === "OPEN" || state === "IN_PROGRESS";
}

/**
 * Outcomes, minutes, log entries and updates are recorded while the meeting
 * is in progress (the secretary finishes the minutes before closing it);
 * closed and cancelled meetings are read-only.
 */
export function canRecord(state: MeetingState): boolean {
  return state === "IN_PROGRESS";
}

function refusal(state: MeetingState, doing: string): ValidationError {
  if (state === "CLOSED") return new ValidationError(`This meeting is closed, so ${doing} can no longer be changed. Re-open the meeting (the re-opening is logged) to correct it.`);
  if (state === "CANCELLED") return new ValidationError(`This meeting was cancelled, so ${doing} cannot be changed.`);
  return new ValidationError(`Start the meeting before recording ${doing}: the meeting is ${MEETING_STATE_LABELS[state].toLowerCase()}.`);
}

/** Agenda and attendance: refused, in words, once the meeting has closed. */
export function requirePreparable(state: MeetingState, doing: string) {
  if (!canPrepare(state)) throw refusal(state, doing);
}

/** Decisions, minutes and impact log updates: refused, in words, unless the meeting is in progress. */
export function requireRecording(state: MeetingState, doing: string) {
  if (!canRecord(state)) throw refusal(state, doing);
}

export type MinutesState = "NONE" | "DRAFT" | "APPROVED" | "PUBLISHED";

export function minutesState(meeting: { minutes: string | null; minutesApprovedAt: Date | null; published: boolean }): MinutesState {
  if (meeting.published) return "PUBLISHED";
  if (meeting.minutesApprovedAt) return "APPROVED";
  return meeting.minutes?.trim() ? "DRAFT" : "NONE";
}

export const MINUTES_STATE_LABELS: Record<MinutesState, string> = {
  NONE: "No minutes yet",
  DRAFT: "Draft — not yet approved",
  APPROVED: "Approved, not published",
  PUBLISHED: "Approved and published",
};

type MeetingRef = { id: string; boardId: string; date: Date; state: MeetingState };

/**
 * Why minutes cannot be approved at a meeting, or null when they can: the
 * minutes are of an earlier, closed meeting of the same board, drafted and
 * not yet approved, and the approving meeting is in progress.
 */
export function minutesApprovalProblem(of: MeetingRef & { minutes: string | null; minutesApprovedAt: Date | null }, at: MeetingRef): string | null {
  if (at.state !== "IN_PROGRESS") return "Minutes are approved at a meeting in progress.";
  if (of.id === at.id || of.boardId !== at.boardId || of.date >= at.date) return "Minutes are approved at a later meeting of the same board.";
  if (of.state !== "CLOSED") return "Close the meeting before its minutes are approved.";
  if (!of.minutes?.trim()) return "There are no minutes to approve yet.";
  if (of.minutesApprovedAt) return "These minutes are already approved.";
  return null;
}

/** The minutes that the next meeting should approve: the latest earlier closed meeting of the board with unapproved minutes. */
export function minutesToApprove<M extends MeetingRef & { minutes: string | null; minutesApprovedAt: Date | null }>(meetings: readonly M[], at: MeetingRef): M | null {
  const candidates = meetings.filter((m) => minutesApprovalProblem(m, { ...at, state: "IN_PROGRESS" }) === null).sort((a, b) => b.date.getTime() - a.date.getTime());
  return candidates[0] ?? null;
}

// ---------------------------------------------------------------------------
// The action and impact log

export type LogMeeting = { id: string; date: Date; state: MeetingState };

export type LogEntryInput = {
  id: string;
  state: ImpactLogState;
  dueDate: Date | null;
  raisedOn: Date;
  /** The meeting it was raised at, if any. */
  meetingId: string | null;
  closedAt: Date | null;
  updates: readonly { meetingId: string; state: ImpactLogState }[];
  /** The computed status of its linked plan action (lib/plan/compute.ts), if it has one. */
  linkedAction: { code: string; computed: Status } | null;
};

/** A meeting that took place: not cancelled, not still a draft or only issued. */
export function wasHeld(meeting: LogMeeting, today: Date): boolean {
  return (meeting.state === "CLOSED" || meeting.state === "IN_PROGRESS") && meeting.date.getTime() <= today.getTime() + 86_400_000;
}

/**
 * The entries a meeting reviews, carried forward automatically: every entry
 * raised before it (or at it) that was still open when it met, and those
 * closed at it (so the minutes show them done). Nothing is copied: an open
 * entry simply appears at every meeting until it is done.
 */
export function carriedForward<E extends Omit<LogEntryInput, "linkedAction" | "dueDate" | "id">>(
  entries: readonly E[],
  meeting: LogMeeting,
  meetingsById: ReadonlyMap<string, LogMeeting>,
): E[] {
  return entries.filter((entry) => {
    const raisedAt = entry.meetingId ? meetingsById.get(entry.meetingId) : undefined;
    const raisedBy = raisedAt ? raisedAt.date : entry.raisedOn;
    if (raisedBy.getTime() > meeting.date.getTime()) return false;
    if (entry.updates.some((u) => u.meetingId === meeting.id)) return true;
    if (entry.state !== "DONE") return true;
    // Done: still shown at meetings before it was closed.
    return entry.closedAt !== null && entry.closedAt.getTime() > meeting.date.getTime();
  });
}

export type SlowReason = { code: "OVERDUE" | "NO_PROGRESS" | "ACTION_OFF_TRACK"; text: string };

/**
 * "Objectives which are slow to progress" (Improvement Notice §5e), in
 * words: an open entry is slow when it is past its due date; when its status
 * has not moved across the last two meetings held since it was raised (a
 * meeting where it got no update counts as no movement — the contribution
 * needs strengthening); or when the plan action it is linked to is off track
 * by the plan's own rules.
 */
export function slowToProgress(entry: LogEntryInput, heldMeetings: readonly LogMeeting[], today: Date): SlowReason[] {
  if (entry.state === "DONE") return [];
  const reasons: SlowReason[] = [];
  if (entry.dueDate && entry.dueDate.getTime() < today.getTime()) {
    const days = daysBetween(entry.dueDate, today);
    reasons.push({ code: "OVERDUE", text: `Overdue: was due ${formatUkDate(entry.dueDate)} (${days} ${days === 1 ? "day" : "days"} ago)` });
  }
  const raisedAt = entry.meetingId ? heldMeetings.find((m) => m.id === entry.meetingId) : undefined;
  const since = (raisedAt?.date ?? entry.raisedOn).getTime();
  const after = heldMeetings.filter((m) => wasHeld(m, today) && m.id !== entry.meetingId && m.date.getTime() > since).sort((a, b) => a.date.getTime() - b.date.getTime());
  if (after.length >= 2) {
    const byMeeting = new Map(entry.updates.map((u) => [u.meetingId, u.state]));
    // The status before the last two meetings: the last update before them, else as raised (open).
    const earlier = after.slice(0, -2).filter((m) => byMeeting.has(m.id));
    let state: ImpactLogState = earlier.length ? byMeeting.get(earlier[earlier.length - 1]!.id)! : "OPEN";
    let moved = false;
    const silent: LogMeeting[] = [];
    for (const m of after.slice(-2)) {
      const next = byMeeting.get(m.id);
      if (next === undefined) silent.push(m);
      else if (next !== state) moved = true;
      state = next ?? state;
    }
    if (!moved) {
      reasons.push({
        code: "NO_PROGRESS",
        text: silent.length
          ? `No progress across the last two meetings (no update at ${silent.map((m) => formatUkDate(m.date)).join(" or ")})`
          : "No progress across the last two meetings (status unchanged)",
      });
    }
  }
  if (entry.linkedAction?.computed === "OFF_TRACK") {
    reasons.push({ code: "ACTION_OFF_TRACK", text: `Its plan action ${entry.linkedAction.code} is off track` });
  }
  return reasons;
}

/** The log in the order a board reads it: slow entries first (most reasons, then earliest due), then the rest by due date; done last. */
export function orderLog<E extends { state: ImpactLogState; dueDate: Date | null; number: number; slow: readonly SlowReason[] }>(entries: readonly E[]): E[] {
  const rank = (e: E) => (e.state === "DONE" ? 2 : e.slow.length ? 0 : 1);
  const due = (e: E) => e.dueDate?.getTime() ?? Number.MAX_SAFE_INTEGER;
  return [...entries].sort((a, b) => rank(a) - rank(b) || b.slow.length - a.slow.length || due(a) - due(b) || a.number - b.number);
}

/** Total minutes of the agenda, and by how much it runs over the meeting (REFERENCES §1: overruns show). */
export function agendaTiming(items: readonly { durationMinutes: number | null }[], meetingMinutes: number | null): { total: number; overrun: number } {
  const total = items.reduce((sum, item) => sum + (item.durationMinutes ?? 0), 0);
  return { total, overrun: meetingMinutes ? Math.max(0, total - meetingMinutes) : 0 };
}
