import { describe, expect, it } from "vitest";
import { parseIsoDate as d } from "@/lib/dates/format";
import { DEFAULT_PLAN_SETTINGS } from "@/lib/plan/compute";
import { DEFAULT_STATUS_LABELS } from "@/lib/plan/status";
import {
  asAtDay,
  between,
  completedOn,
  decisionAsAt,
  dueDateAfter,
  dueDateAsAt,
  kpiAsAt,
  milestonesAsAt,
  occurrencesAsAt,
  reportedAsAt,
  requestedChange,
  rollupAsAt,
  rollupBasis,
  type SourceAction,
  type SourceKpi,
} from "./compute";

const END = d("2026-10-31");
const at = (iso: string) => new Date(`${iso}T12:00:00Z`);

const row = (code: string, over: Partial<SourceAction>): SourceAction => ({
  id: code,
  code,
  title: `Action ${code}`,
  lead: null,
  startDate: d("2026-01-01"),
  baselineDueDate: d("2027-03-31"),
  currentDueDate: d("2027-03-31"),
  reportedStatus: "ON_TRACK",
  reportedAt: null,
  completedAt: null,
  updates: [],
  occurrences: [],
  approvedChanges: [],
  kpiIds: [],
  ...over,
});

// Due in October, not complete by its end (completed only in November).
const lateThenDone = row("1.1c", {
  currentDueDate: d("2026-10-20"),
  baselineDueDate: d("2026-10-20"),
  updates: [
    { status: "AT_RISK", at: at("2026-10-01") },
    { status: "COMPLETE", at: at("2026-11-05") },
  ],
  reportedStatus: "COMPLETE",
  completedAt: at("2026-11-05"),
});
// Moved by a change request approved in October, and again in December.
const moved = row("1.1d", {
  baselineDueDate: d("2026-10-31"),
  currentDueDate: d("2027-03-31"),
  approvedChanges: [
    { previousDueDate: d("2026-10-31"), decidedAt: at("2026-10-10") },
    { previousDueDate: d("2027-01-31"), decidedAt: at("2026-12-01") },
  ],
});
const withMilestones = row("1.2a", {
  updates: [{ status: "ON_TRACK", at: at("2026-10-20") }],
  occurrences: [
    { milestoneText: "Panel meets", dueDate: d("2026-10-12"), state: "MET", decidedAt: at("2026-10-12"), note: "Minutes", evidence: 1 },
    { milestoneText: "Audit sampled", dueDate: d("2026-10-03"), state: "MISSED", decidedAt: at("2026-10-04"), note: "Sample late", evidence: 0 },
    { milestoneText: "Survey sent", dueDate: d("2026-10-25"), state: "PENDING", decidedAt: null, note: null, evidence: 0 },
    // Recorded met in November: still pending as at 31 October.
    { milestoneText: "Plan agreed", dueDate: d("2026-10-28"), state: "MET", decidedAt: at("2026-11-02"), note: "Agreed", evidence: 0 },
  ],
});
const kpi: SourceKpi = {
  id: "K2",
  code: "K2",
  name: "KPI K2",
  direction: "LOWER_IS_BETTER",
  frequency: "MONTHLY",
  unit: "PERCENT",
  tolerance: 2,
  baseline: { date: d("2026-01-01"), value: 50 },
  target: { date: d("2027-03-31"), value: 30 },
  trajectory: [],
  values: [
    { period: d("2026-09-01"), value: 40 },
    { period: d("2026-10-01"), value: 45 },
    { period: d("2026-11-01"), value: 20 },
  ],
};

describe("replaying the data as at a past day", () => {
  it("reads the reported status, the due date and milestone outcomes as they stood", () => {
    expect(reportedAsAt(lateThenDone, END).status).toBe("AT_RISK");
    expect(reportedAsAt(lateThenDone, d("2026-11-05")).status).toBe("COMPLETE");
    expect(reportedAsAt(lateThenDone, d("2026-09-30"))).toEqual({ status: "NOT_DUE", at: null });
    expect(dueDateAsAt(moved, d("2026-10-09"))?.toISOString()).toMatch(/^2026-10-31/);
    expect(dueDateAsAt(moved, d("2026-10-10"))?.toISOString()).toMatch(/^2027-01-31/);
    const occurrences = occurrencesAsAt(withMilestones, END);
    expect(occurrences.find((o) => o.milestoneText === "Plan agreed")?.state).toBe("PENDING");
    expect(occurrencesAsAt(withMilestones, d("2026-11-02")).find((o) => o.milestoneText === "Plan agreed")?.state).toBe("MET");
  });

  it("judges KPIs on the values up to the document's month", () => {
    expect(kpiAsAt(kpi, d("2026-10-01"), END).latest?.value).toBe(45);
  });

  it("reads an imported row without history as it says, from when it says it", () => {
    const imported = row("2.1a", { reportedStatus: "AT_RISK", reportedAt: at("2026-10-05") });
    expect(reportedAsAt(imported, d("2026-10-04"))).toEqual({ status: "NOT_DUE", at: null });
    expect(reportedAsAt(imported, d("2026-10-05")).status).toBe("AT_RISK");
  });

  it("gives the due date just after each approval", () => {
    expect(dueDateAfter(moved, at("2026-10-10"))?.toISOString()).toMatch(/^2027-01-31/);
    expect(dueDateAfter(moved, at("2026-12-01"))?.toISOString()).toMatch(/^2027-03-31/);
  });

  it("dates completion from the first update of the run that completed it, and only once it happened", () => {
    expect(completedOn(lateThenDone, END)).toBeNull();
    expect(completedOn(lateThenDone, d("2026-11-30"))).toEqual(at("2026-11-05"));
  });
});

describe("milestones as they stood, within a window", () => {
  const october = (date: Date) => between(date, d("2026-10-01"), END);

  it("counts met and missed by when they were decided, and pending ones passed in the window as unrecorded", () => {
    const counted = milestonesAsAt(withMilestones, END, october).map((m) => [m.milestoneText, m.inWindow, m.open]);
    expect(counted).toEqual([
      ["Panel meets", "MET", false],
      ["Audit sampled", "MISSED", false],
      ["Survey sent", "UNRECORDED", true],
      ["Plan agreed", "UNRECORDED", true],
    ]);
  });

  it("counts nothing unrecorded, and nothing open, once the action was complete", () => {
    const done = { ...withMilestones, updates: [{ status: "COMPLETE" as const, at: at("2026-10-20") }] };
    expect(milestonesAsAt(done, END, october).filter((m) => m.inWindow === "UNRECORDED" || m.open)).toEqual([]);
  });
});

describe("change requests and days as at a day", () => {
  it("shows what a request asks for: its due date from and to as days", () => {
    const request = {
      actionCode: "1.1d",
      milestone: null,
      previousDueDate: d("2026-10-31"),
      proposedDueDate: d("2027-01-31"),
      scopeChange: "Narrower",
      reason: "Provider later",
      state: "APPROVED" as const,
      requestedByName: "Morgan Hale",
      createdAt: at("2026-09-28"),
      decidedAt: at("2026-10-10"),
      decidedByName: "Jo Ashworth",
      decisionNote: null,
    };
    expect(requestedChange(request)).toEqual({ actionCode: "1.1d", milestone: null, from: "2026-10-31", to: "2027-01-31", scope: "Narrower" });
    expect(requestedChange({ ...request, previousDueDate: null, proposedDueDate: null })).toMatchObject({ from: null, to: null });
  });

  it("keeps a decision pending until the day it was made", () => {
    const request = { state: "APPROVED" as const, decidedAt: at("2026-10-10") };
    expect(decisionAsAt(request, d("2026-10-09"))).toEqual({ decided: false, state: "PENDING" });
    expect(decisionAsAt(request, d("2026-10-10"))).toEqual({ decided: true, state: "APPROVED" });
    expect(decisionAsAt({ state: "PENDING", decidedAt: null }, END)).toEqual({ decided: false, state: "PENDING" });
  });

  it("draws as at today while the day is ahead, and the day once it has passed", () => {
    expect(asAtDay(END, d("2026-10-11"))).toEqual(d("2026-10-11"));
    expect(asAtDay(END, d("2026-11-20"))).toEqual(END);
  });

  it("counts an instant within calendar days, the last day whole", () => {
    expect(between(at("2026-10-31"), d("2026-10-01"), END)).toBe(true);
    expect(between(at("2026-11-01"), d("2026-10-01"), END)).toBe(false);
    expect(between(at("2026-09-30"), d("2026-10-01"), END)).toBe(false);
  });
});

describe("the roll-up as at a day", () => {
  it("counts every action and KPI by its replayed status, and says so in words", () => {
    const rows = { settings: DEFAULT_PLAN_SETTINGS, actions: [lateThenDone, withMilestones], kpis: [kpi] };
    const rollup = rollupAsAt(rows, d("2026-10-01"), END);
    expect(rollup.items).toBe(3);
    expect(Object.values(rollup.counts).reduce((a, b) => a + b, 0)).toBe(3);
    expect(rollupBasis(rows, rollup.counts, END, DEFAULT_STATUS_LABELS)).toMatch(/^2 actions and 1 KPI as at 31 October 2026: /);
  });
});
