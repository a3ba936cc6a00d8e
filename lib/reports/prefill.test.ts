import { describe, expect, it } from "vitest";
import { parseIsoDate as d } from "@/lib/dates/format";
import { areaRollup, DEFAULT_PLAN_SETTINGS } from "@/lib/plan/compute";
import { DEFAULT_STATUS_LABELS } from "@/lib/plan/status";
import { actionStatusesAsAt, kpiAsAt, type SourceAction, type SourceKpi } from "@/lib/plan/as-at/compute";
import { buildPrefill, type ReportSource } from "./prefill";

const labels = { ...DEFAULT_STATUS_LABELS, ON_TRACK: "Green", AT_RISK: "Amber", OFF_TRACK: "Red" };
const OCTOBER = d("2026-10-01");
const END = d("2026-10-31");
const at = (iso: string) => new Date(`${iso}T12:00:00Z`);

function action(code: string, overrides: Partial<SourceAction> = {}): SourceAction {
  return {
    id: code,
    code,
    title: `Action ${code}`,
    lead: "Morgan Hale",
    startDate: d("2026-01-01"),
    baselineDueDate: d("2027-03-31"),
    currentDueDate: d("2027-03-31"),
    reportedStatus: "ON_TRACK",
    reportedAt: at("2026-10-20"),
    completedAt: null,
    updates: [{ status: "ON_TRACK", at: at("2026-10-20") }],
    occurrences: [],
    approvedChanges: [],
    kpiIds: [],
    ...overrides,
  };
}

function kpi(code: string, direction: SourceKpi["direction"], values: [string, number][]): SourceKpi {
  return {
    id: code,
    code,
    name: `KPI ${code}`,
    direction,
    frequency: "MONTHLY",
    unit: "PERCENT",
    tolerance: 2,
    baseline: { date: d("2026-01-01"), value: 50 },
    target: { date: d("2027-03-31"), value: direction === "HIGHER_IS_BETTER" ? 70 : 30 },
    trajectory: [],
    values: values.map(([period, value]) => ({ period: d(period), value })),
  };
}

const source: ReportSource = {
  settings: DEFAULT_PLAN_SETTINGS,
  actions: [
    // Completed in October; a later update (November) must not show.
    action("1.1a", {
      updates: [
        { status: "ON_TRACK", at: at("2026-09-10") },
        { status: "COMPLETE", at: at("2026-10-15") },
      ],
      reportedStatus: "COMPLETE",
      completedAt: at("2026-10-15"),
    }),
    action("1.1b", { startDate: d("2026-10-05"), updates: [], reportedAt: null, reportedStatus: "NOT_DUE" }),
    // Due in October, not complete by its end (completed only in November).
    action("1.1c", {
      currentDueDate: d("2026-10-20"),
      baselineDueDate: d("2026-10-20"),
      updates: [
        { status: "AT_RISK", at: at("2026-10-01") },
        { status: "COMPLETE", at: at("2026-11-05") },
      ],
      reportedStatus: "COMPLETE",
      completedAt: at("2026-11-05"),
    }),
    // Moved by a change request approved in October.
    action("1.1d", { baselineDueDate: d("2026-10-31"), currentDueDate: d("2027-01-31"), approvedChanges: [{ previousDueDate: d("2026-10-31"), decidedAt: at("2026-10-10") }] }),
    action("1.2a", {
      currentDueDate: d("2026-11-30"),
      occurrences: [
        { milestoneText: "Panel meets", dueDate: d("2026-10-12"), state: "MET", decidedAt: at("2026-10-12"), note: "Minutes", evidence: 1 },
        { milestoneText: "Audit sampled", dueDate: d("2026-10-03"), state: "MISSED", decidedAt: at("2026-10-04"), note: "Sample late", evidence: 0 },
        { milestoneText: "Survey sent", dueDate: d("2026-10-25"), state: "PENDING", decidedAt: null, note: null, evidence: 0 },
        { milestoneText: "Survey closes", dueDate: d("2026-11-15"), state: "PENDING", decidedAt: null, note: null, evidence: 0 },
        // Recorded met in November: still pending as at 31 October.
        { milestoneText: "Plan agreed", dueDate: d("2026-10-28"), state: "MET", decidedAt: at("2026-11-02"), note: "Agreed", evidence: 0 },
      ],
    }),
  ],
  kpis: [
    kpi("K1", "HIGHER_IS_BETTER", [
      ["2026-09-01", 55],
      ["2026-10-01", 60],
    ]),
    kpi("K2", "LOWER_IS_BETTER", [
      ["2026-09-01", 40],
      ["2026-10-01", 45],
      ["2026-11-01", 20],
    ]),
    kpi("K3", "HIGHER_IS_BETTER", [["2026-08-01", 52]]),
    kpi("K4", "HIGHER_IS_BETTER", []),
  ],
  changeRequests: [
    {
      actionCode: "1.1d",
      milestone: null,
      previousDueDate: d("2026-10-31"),
      proposedDueDate: d("2027-01-31"),
      scopeChange: null,
      reason: "Provider later",
      state: "APPROVED",
      requestedByName: "Morgan Hale",
      createdAt: at("2026-09-28"),
      decidedAt: at("2026-10-10"),
      decidedByName: "Jo Ashworth",
      decisionNote: "Agreed",
    },
    {
      actionCode: "1.2a",
      milestone: null,
      previousDueDate: d("2026-11-30"),
      proposedDueDate: d("2027-02-28"),
      scopeChange: null,
      reason: "Survey late",
      state: "REJECTED",
      requestedByName: "Morgan Hale",
      createdAt: at("2026-10-22"),
      decidedAt: at("2026-11-03"),
      decidedByName: "Jo Ashworth",
      decisionNote: "No",
    },
  ],
  evidence: [
    { title: "Parents said the letters were unclear; we rewrote them", kind: "FEEDBACK", date: d("2026-10-08"), text: "You said, we did", on: "1.2a" },
    { title: "Audit of plans", kind: "DOCUMENT", date: d("2026-10-30"), text: null, on: "1.1a" },
    { title: "September data pack", kind: "DATA", date: d("2026-09-30"), text: null, on: "PIA1" },
  ],
};

const prefill = buildPrefill(source, OCTOBER, END, labels);

// The replay as at a past day (reported status, due date, milestones, KPIs) is the kernel's: lib/plan/as-at/compute.test.ts.
describe("the prefill of a highlight report", () => {
  it("suggests the roll-up of the plan's own rules as at the period's end, and last month's", () => {
    const now = [...actionStatusesAsAt(source, OCTOBER, END).values()].map((c) => c.status);
    const kpis = source.kpis.map((k) => kpiAsAt(k, OCTOBER, END).status);
    expect(prefill.suggested.status).toBe(areaRollup([...now, ...kpis]));
    const september = d("2026-09-01");
    const before = [...actionStatusesAsAt(source, september, d("2026-09-30")).values()].map((c) => c.status);
    expect(prefill.suggested.lastMonth).toBe(areaRollup([...before, ...source.kpis.map((k) => kpiAsAt(k, september, d("2026-09-30")).status)]));
    expect(prefill.suggested.basis).toMatch(/^5 actions and 4 KPIs as at 31 October 2026: /);
  });

  it("lists actions completed, started and slipped in the month, with reasons", () => {
    expect(prefill.actions.completed.map((a) => [a.code, a.on])).toEqual([["1.1a", "2026-10-15"]]);
    expect(prefill.actions.started.map((a) => a.code)).toEqual(["1.1b"]);
    const slipped = Object.fromEntries(prefill.actions.slipped.map((a) => [a.code, a.reasons]));
    expect(slipped["1.1c"]).toEqual(["Was due 20 October 2026 and is not complete"]);
    expect(slipped["1.1d"]).toEqual(["Due date moved from 31 October 2026 to 31 January 2027 (change request approved 10 October 2026)"]);
    expect(slipped["1.1a"]).toBeUndefined();
  });

  it("lists milestones met and missed — recorded, or passed without a record — and what falls due next month", () => {
    expect(prefill.milestones.met.map((m) => m.text)).toEqual(["Panel meets"]);
    expect(prefill.milestones.missed.map((m) => [m.text, m.recorded])).toEqual([
      ["Audit sampled", true],
      ["Survey sent", false],
      ["Plan agreed", false],
    ]);
    expect(prefill.dueNext.period).toBe("2026-11-01");
    expect(prefill.dueNext.milestones.map((m) => m.text)).toEqual(["Survey closes"]);
    expect(prefill.dueNext.actions.map((a) => a.code)).toEqual(["1.2a"]);
  });

  it("gives KPI movements in each KPI's direction, and says when there is no new value", () => {
    const moves = Object.fromEntries(prefill.kpis.map((k) => [k.code, k.movement]));
    expect(moves).toEqual({ K1: "IMPROVED", K2: "WORSENED", K3: "NO_NEW_VALUE", K4: "NO_DATA" });
    const k2 = prefill.kpis.find((k) => k.code === "K2")!;
    expect([k2.previous?.text, k2.latest?.text]).toEqual(["40%", "45%"]);
  });

  it("lists change requests raised and decided in the month, as they stood at its end", () => {
    expect(prefill.changeRequests.raised.map((c) => [c.actionCode, c.state])).toEqual([["1.2a", "PENDING"]]);
    expect(prefill.changeRequests.decided.map((c) => [c.actionCode, c.decision])).toEqual([["1.1d", "APPROVED"]]);
  });

  it("puts feedback from families apart from other evidence, within the month only", () => {
    expect(prefill.evidence.feedback.map((e) => e.title)).toEqual(["Parents said the letters were unclear; we rewrote them"]);
    expect(prefill.evidence.other.map((e) => e.title)).toEqual(["Audit of plans"]);
  });

  it("draws a month still running as at today: nothing after today counts", () => {
    const early = buildPrefill(source, OCTOBER, d("2026-10-11"), labels);
    expect(early.asAt).toBe("2026-10-11");
    expect(early.actions.completed).toEqual([]);
    expect(early.milestones.missed.map((m) => m.text)).toEqual(["Audit sampled"]);
    expect(early.evidence.feedback).toHaveLength(1);
    expect(early.evidence.other).toEqual([]);
  });
});
