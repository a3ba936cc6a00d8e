import { describe, expect, it } from "vitest";
import { parseIsoDate } from "@/lib/dates/format";
import {
  agendaTiming,
  availableTransitions,
  canPrepare,
  canRecord,
  carriedForward,
  minutesApprovalProblem,
  minutesState,
  minutesToApprove,
  orderLog,
  slowToProgress,
  transitionTarget,
  type LogEntryInput,
  type LogMeeting,
} from "./compute";

const d = parseIsoDate;
const today = d("2026-11-20");

describe("the meeting state machine", () => {
  it("goes draft → open → in progress → closed, and nowhere else", () => {
    expect(transitionTarget("DRAFT", "open")).toBe("OPEN");
    expect(transitionTarget("OPEN", "start")).toBe("IN_PROGRESS");
    expect(transitionTarget("IN_PROGRESS", "close")).toBe("CLOSED");
    expect(transitionTarget("DRAFT", "start")).toBeNull();
    expect(transitionTarget("DRAFT", "close")).toBeNull();
    expect(transitionTarget("OPEN", "close")).toBeNull();
  });

  it("cancels only meetings not yet started, and never goes back to draft", () => {
    expect(transitionTarget("DRAFT", "cancel")).toBe("CANCELLED");
    expect(transitionTarget("OPEN", "cancel")).toBe("CANCELLED");
    expect(transitionTarget("IN_PROGRESS", "cancel")).toBeNull();
    expect(transitionTarget("CLOSED", "cancel")).toBeNull();
    for (const state of ["OPEN", "IN_PROGRESS", "CLOSED", "CANCELLED"] as const) {
      expect(availableTransitions(state).map((t) => transitionTarget(state, t.transition))).not.toContain("DRAFT");
    }
  });

  it("re-opens a closed meeting to in progress, asking for a reason; a cancelled meeting stays cancelled", () => {
    expect(transitionTarget("CLOSED", "reopen")).toBe("IN_PROGRESS");
    expect(availableTransitions("CLOSED")).toEqual([{ transition: "reopen", label: "Re-open the meeting", needsReason: true }]);
    expect(availableTransitions("CANCELLED")).toEqual([]);
  });

  it("keeps a closed meeting read-only; outcomes are recorded only in progress", () => {
    expect(canPrepare("DRAFT") && canPrepare("OPEN") && canPrepare("IN_PROGRESS")).toBe(true);
    expect(canPrepare("CLOSED") || canPrepare("CANCELLED")).toBe(false);
    expect(["DRAFT", "OPEN", "IN_PROGRESS", "CLOSED", "CANCELLED"].filter((s) => canRecord(s as never))).toEqual(["IN_PROGRESS"]);
  });
});

describe("minutes", () => {
  const board = "b1";
  const july = { id: "m1", boardId: board, date: d("2025-07-24"), state: "CLOSED" as const, minutes: "Minutes", minutesApprovedAt: null };
  const sept = { id: "m2", boardId: board, date: d("2025-09-25"), state: "IN_PROGRESS" as const, minutes: null, minutesApprovedAt: null };

  it("are approved at a later meeting of the same board, in progress, once the earlier one is closed", () => {
    expect(minutesApprovalProblem(july, sept)).toBeNull();
    expect(minutesApprovalProblem(july, { ...sept, state: "OPEN" })).toMatch(/in progress/);
    expect(minutesApprovalProblem(july, { ...sept, boardId: "b2" })).toMatch(/same board/);
    expect(minutesApprovalProblem({ ...sept, state: "CLOSED" }, { ...july, state: "IN_PROGRESS" })).toMatch(/later meeting/);
    expect(minutesApprovalProblem({ ...july, state: "IN_PROGRESS" }, sept)).toMatch(/Close the meeting/);
    expect(minutesApprovalProblem({ ...july, minutes: "  " }, sept)).toMatch(/no minutes/);
    expect(minutesApprovalProblem({ ...july, minutesApprovedAt: d("2025-09-25") }, sept)).toMatch(/already approved/);
  });

  it("offers the latest unapproved minutes to the next meeting", () => {
    const june = { ...july, id: "m0", date: d("2025-06-26") };
    expect(minutesToApprove([june, july, sept], sept)?.id).toBe("m1");
    expect(minutesToApprove([{ ...july, minutesApprovedAt: d("2025-09-25") }, sept], sept)).toBeNull();
  });

  it("read draft, approved, published", () => {
    expect(minutesState({ minutes: null, minutesApprovedAt: null, published: false })).toBe("NONE");
    expect(minutesState({ minutes: "x", minutesApprovedAt: null, published: false })).toBe("DRAFT");
    expect(minutesState({ minutes: "x", minutesApprovedAt: d("2025-09-25"), published: false })).toBe("APPROVED");
    expect(minutesState({ minutes: "x", minutesApprovedAt: d("2025-09-25"), published: true })).toBe("PUBLISHED");
  });
});

const meetings: LogMeeting[] = [
  { id: "aug", date: d("2026-08-20"), state: "CLOSED" },
  { id: "sep", date: d("2026-09-17"), state: "CLOSED" },
  { id: "oct", date: d("2026-10-15"), state: "CLOSED" },
  { id: "nov", date: d("2026-11-19"), state: "IN_PROGRESS" },
  { id: "dec", date: d("2026-12-17"), state: "DRAFT" },
];
const entry = (overrides: Partial<LogEntryInput>): LogEntryInput => ({
  id: "e1",
  state: "OPEN",
  dueDate: d("2027-01-31"),
  raisedOn: d("2026-08-20"),
  meetingId: "aug",
  closedAt: null,
  updates: [],
  linkedAction: null,
  ...overrides,
});

describe("carry-forward of the action and impact log", () => {
  const byId = new Map(meetings.map((m) => [m.id, m]));
  it("shows an open entry at every meeting from the one it was raised at", () => {
    const open = entry({});
    expect(meetings.filter((m) => carriedForward([open], m, byId).length).map((m) => m.id)).toEqual(["aug", "sep", "oct", "nov", "dec"]);
    const later = entry({ meetingId: "oct", raisedOn: d("2026-10-15") });
    expect(meetings.filter((m) => carriedForward([later], m, byId).length).map((m) => m.id)).toEqual(["oct", "nov", "dec"]);
  });

  it("shows a done entry up to and at the meeting that closed it, then no more", () => {
    const done = entry({ state: "DONE", closedAt: d("2026-10-15"), updates: [{ meetingId: "oct", state: "DONE" }] });
    expect(meetings.filter((m) => carriedForward([done], m, byId).length).map((m) => m.id)).toEqual(["aug", "sep", "oct"]);
  });
});

describe("slow to progress (Improvement Notice §5e)", () => {
  it("is overdue once its due date has passed, in words with the days", () => {
    const reasons = slowToProgress(entry({ dueDate: d("2026-11-10"), updates: [{ meetingId: "sep", state: "IN_PROGRESS" }] }), meetings, today);
    expect(reasons.map((r) => r.code)).toContain("OVERDUE");
    expect(reasons.find((r) => r.code === "OVERDUE")?.text).toBe("Overdue: was due 10 November 2026 (10 days ago)");
  });

  it("has made no progress when its status is unchanged across the last two meetings held", () => {
    const stuck = entry({
      updates: [
        { meetingId: "sep", state: "IN_PROGRESS" },
        { meetingId: "oct", state: "IN_PROGRESS" },
        { meetingId: "nov", state: "IN_PROGRESS" },
      ],
    });
    expect(slowToProgress(stuck, meetings, today).map((r) => r.code)).toEqual(["NO_PROGRESS"]);
    const moving = entry({
      updates: [
        { meetingId: "sep", state: "OPEN" },
        { meetingId: "oct", state: "OPEN" },
        { meetingId: "nov", state: "IN_PROGRESS" },
      ],
    });
    expect(slowToProgress(moving, meetings, today)).toEqual([]);
  });

  it("counts a meeting that gave it no update as no movement, and names that meeting", () => {
    const silent = entry({ updates: [{ meetingId: "sep", state: "IN_PROGRESS" }] });
    const [reason] = slowToProgress(silent, meetings, today);
    expect(reason?.code).toBe("NO_PROGRESS");
    expect(reason?.text).toContain("no update at 15 October 2026 or 19 November 2026");
  });

  it("needs two meetings since it was raised before judging progress", () => {
    expect(slowToProgress(entry({ meetingId: "oct", raisedOn: d("2026-10-15") }), meetings, today)).toEqual([]);
  });

  it("is slow when its linked plan action is off track by the plan's rules", () => {
    const linked = entry({ meetingId: "nov", raisedOn: d("2026-11-19"), linkedAction: { code: "3.1a", computed: "OFF_TRACK" } });
    expect(slowToProgress(linked, meetings, today)).toEqual([{ code: "ACTION_OFF_TRACK", text: "Its plan action 3.1a is off track" }]);
    expect(slowToProgress({ ...linked, linkedAction: { code: "3.1a", computed: "AT_RISK" } }, meetings, today)).toEqual([]);
  });

  it("is never slow once done", () => {
    expect(slowToProgress(entry({ state: "DONE", dueDate: d("2026-01-01") }), meetings, today)).toEqual([]);
  });

  it("orders slow entries first, then by due date, done last", () => {
    const rows = [
      { number: 1, state: "DONE" as const, dueDate: d("2026-01-01"), slow: [] },
      { number: 2, state: "OPEN" as const, dueDate: d("2026-12-01"), slow: [] },
      { number: 3, state: "OPEN" as const, dueDate: d("2027-03-01"), slow: [{ code: "NO_PROGRESS" as const, text: "" }] },
      {
        number: 4,
        state: "IN_PROGRESS" as const,
        dueDate: d("2026-11-01"),
        slow: [
          { code: "OVERDUE" as const, text: "" },
          { code: "NO_PROGRESS" as const, text: "" },
        ],
      },
    ];
    expect(orderLog(rows).map((r) => r.number)).toEqual([4, 3, 2, 1]);
  });
});

describe("agenda timing", () => {
  it("adds the items up and says by how much they overrun the meeting", () => {
    expect(agendaTiming([{ durationMinutes: 60 }, { durationMinutes: 45 }, { durationMinutes: null }], 90)).toEqual({ total: 105, overrun: 15 });
    expect(agendaTiming([{ durationMinutes: 30 }], null)).toEqual({ total: 30, overrun: 0 });
  });
});
