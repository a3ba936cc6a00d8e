import { describe, expect, it } from "vitest";
import { DEFAULT_STATUS_LABELS } from "@/lib/plan/status";
import { compareReports, statusChange } from "./compare";
import type { ReportPrefill, ReportWritten } from "./snapshot";

const labels = { ...DEFAULT_STATUS_LABELS, ON_TRACK: "Green", AT_RISK: "Amber", OFF_TRACK: "Red", NOT_DUE: "Grey" };

function prefill(overrides: Partial<ReportPrefill> = {}): ReportPrefill {
  return {
    asAt: "2026-10-31",
    suggested: { status: "AT_RISK", lastMonth: "OFF_TRACK", basis: "" },
    actions: { completed: [], started: [], slipped: [] },
    milestones: { met: [], missed: [] },
    dueNext: { period: "2026-11-01", actions: [], milestones: [] },
    kpis: [],
    changeRequests: { raised: [], decided: [] },
    evidence: { feedback: [], other: [] },
    ...overrides,
  };
}

const written = (overallStatus: ReportWritten["overallStatus"]): ReportWritten => ({
  overallStatus,
  statusReason: null,
  summary: null,
  achievements: null,
  nextPeriod: null,
  risksAndIssues: null,
  decisionsNeeded: null,
  impactOnFamilies: null,
});

const kpi = (code: string, status: "ON_TRACK" | "AT_RISK" | "OFF_TRACK") => ({
  code,
  name: `KPI ${code}`,
  direction: "HIGHER_IS_BETTER" as const,
  latest: null,
  previous: null,
  movement: "NO_DATA" as const,
  status,
  noData: false,
  lastMonthStatus: null,
  target: null,
  reason: "",
});

describe("status moves in words", () => {
  it("says improved, worsened, no change or changed, in the partnership's labels", () => {
    expect(statusChange("OFF_TRACK", "AT_RISK", labels)).toMatchObject({ direction: "IMPROVED", words: "Improved from Red to Amber" });
    expect(statusChange("ON_TRACK", "OFF_TRACK", labels)).toMatchObject({ direction: "WORSENED", words: "Worsened from Green to Red" });
    expect(statusChange("AT_RISK", "AT_RISK", labels)).toMatchObject({ direction: "UNCHANGED", words: "No change: Amber" });
    expect(statusChange("NOT_DUE", "ON_TRACK", labels)).toMatchObject({ direction: "CHANGED", words: "Changed from Grey to Green" });
    expect(statusChange(null, "ON_TRACK", labels).direction).toBe("NEW");
    expect(statusChange("ON_TRACK", null, labels).direction).toBe("NONE");
  });
});

describe("comparing with last month's report", () => {
  const september = {
    period: "2026-09-01",
    submission: { number: 2 },
    written: written("OFF_TRACK"),
    prefill: prefill({
      actions: { completed: [], started: [], slipped: [{ code: "1.1c", title: "C", lead: null, reasons: ["late"] }] },
      dueNext: {
        period: "2026-10-01",
        actions: [
          { code: "1.1a", title: "A", lead: null, due: "2026-10-15" },
          { code: "1.1c", title: "C", lead: null, due: "2026-10-20" },
          { code: "1.1e", title: "E", lead: null, due: "2026-10-30" },
        ],
        milestones: [
          { actionCode: "1.2a", text: "Panel meets", due: "2026-10-12" },
          { actionCode: "1.2a", text: "Survey sent", due: "2026-10-25" },
        ],
      },
      kpis: [kpi("K1", "OFF_TRACK"), kpi("K2", "ON_TRACK")],
    }),
  };
  const october = {
    period: "2026-10-01",
    submission: null,
    written: written("AT_RISK"),
    prefill: prefill({
      actions: {
        completed: [{ code: "1.1a", title: "A", lead: null, on: "2026-10-15" }],
        started: [],
        slipped: [
          { code: "1.1c", title: "C", lead: null, reasons: ["late"] },
          { code: "1.1d", title: "D", lead: null, reasons: ["moved"] },
        ],
      },
      milestones: {
        met: [{ actionCode: "1.2a", text: "Panel meets", due: "2026-10-12", note: null }],
        missed: [{ actionCode: "1.2a", text: "Survey sent", due: "2026-10-25", recorded: false, note: null }],
      },
      kpis: [kpi("K1", "AT_RISK"), kpi("K2", "ON_TRACK"), kpi("K3", "OFF_TRACK")],
    }),
  };
  const comparison = compareReports(october, september, labels);

  it("compares the lead's status with last month's report, and the suggested roll-up with last month's", () => {
    expect(comparison.previous).toEqual({ period: "2026-09-01", number: 2 });
    expect(comparison.overall.words).toBe("Improved from Red to Amber");
    expect(comparison.suggested.words).toBe("Improved from Red to Amber");
  });

  it("says what became of what last month's report said was due", () => {
    expect(comparison.promised.map((p) => [p.code, p.text, p.outcome])).toEqual([
      ["1.1a", "A", "DONE"],
      ["1.1c", "C", "MISSED"],
      ["1.1e", "E", "OPEN"],
      ["1.2a", "Panel meets", "DONE"],
      ["1.2a", "Survey sent", "MISSED"],
    ]);
  });

  it("names KPIs whose status moved and actions newly slipping", () => {
    expect(comparison.kpis.map((k) => [k.code, k.change.words])).toEqual([["K1", "Improved from Red to Amber"]]);
    expect(comparison.newlySlipped).toEqual(["1.1d"]);
    expect(comparison.counts.find((c) => c.label === "Actions slipped")).toEqual({ label: "Actions slipped", now: 2, before: 1 });
  });

  it("still compares the suggested roll-up when there is no report last month", () => {
    const first = compareReports(october, null, labels);
    expect(first.previous).toBeNull();
    expect(first.overall.direction).toBe("NEW");
    expect(first.suggested.direction).toBe("IMPROVED");
    expect(first.promised).toEqual([]);
    expect(first.newlySlipped).toEqual([]);
    expect(first.counts.every((c) => c.before === null)).toBe(true);
  });
});
