import { describe, expect, it } from "vitest";
import { lateness, owedBy, owedSummary, owedText, updateOwed, type ActionInput } from "@/lib/plan/compute";
import { parseIsoDate, toIsoDate } from "@/lib/dates/format";

const d = parseIsoDate;
const TODAY = d("2026-11-20");
const SETTINGS = { reportingCadenceDays: 31, staleGraceDays: 14, milestoneWarningDays: 30 };

function action(overrides: Partial<ActionInput> = {}): ActionInput {
  return {
    reportedStatus: "ON_TRACK",
    startDate: d("2025-04-01"),
    currentDueDate: d("2027-03-31"),
    baselineDueDate: d("2027-03-31"),
    lastUpdateAt: d("2026-10-31"),
    occurrences: [],
    linkedKpis: [],
    ...overrides,
  };
}

describe("updateOwed: not updated is its own signal", () => {
  it("is not owed within the cadence plus grace (45 days)", () => {
    expect(updateOwed(action({ lastUpdateAt: d("2026-10-06") }), TODAY, SETTINGS)).toBeNull();
  });

  it("is owed after the cadence plus grace, since the day the next update fell due", () => {
    const owed = updateOwed(action({ lastUpdateAt: d("2026-08-31") }), TODAY, SETTINGS);
    expect(owed && toIsoDate(owed.since!)).toBe("2026-10-01");
    expect(owed?.days).toBe(50);
    expect(owed?.neverUpdated).toBe(false);
  });

  it("counts from the start when never updated, and not at all before the start or once complete", () => {
    expect(updateOwed(action({ lastUpdateAt: null, startDate: d("2026-06-01") }), TODAY, SETTINGS)?.neverUpdated).toBe(true);
    expect(updateOwed(action({ lastUpdateAt: null, startDate: d("2026-12-01") }), TODAY, SETTINGS)).toBeNull();
    expect(updateOwed(action({ reportedStatus: "COMPLETE", lastUpdateAt: d("2025-01-01") }), TODAY, SETTINGS)).toBeNull();
  });

  it("is independent of lateness: an action can be late and fresh, or on time and owed", () => {
    const lateButFresh = action({ currentDueDate: d("2026-10-31") });
    expect(lateness(lateButFresh, TODAY, SETTINGS)).toMatchObject({ late: true, daysLate: 20 });
    expect(updateOwed(lateButFresh, TODAY, SETTINGS)).toBeNull();
    const onTimeButOwed = action({ lastUpdateAt: d("2026-07-31") });
    expect(lateness(onTimeButOwed, TODAY, SETTINGS).late).toBe(false);
    expect(updateOwed(onTimeButOwed, TODAY, SETTINGS)).not.toBeNull();
  });
});

describe("lateness", () => {
  it("names a milestone that passed unmet", () => {
    const late = lateness(action({ occurrences: [{ milestoneText: "Audit", dueDate: d("2026-09-30"), state: "PENDING", hasEvidence: false }] }), TODAY, SETTINGS);
    expect(late.late).toBe(true);
    expect(late.reasons.map((r) => r.code)).toEqual(["MILESTONE_OVERDUE"]);
  });

  it("is never late once complete", () => {
    expect(lateness(action({ reportedStatus: "COMPLETE", currentDueDate: d("2025-01-01") }), TODAY, SETTINGS).late).toBe(false);
  });
});

describe("owed updates per area", () => {
  it("counts, finds the oldest and names who owes them, most first", () => {
    const summary = owedSummary([
      { owed: { since: d("2026-09-01"), days: 80, neverUpdated: false }, owedBy: ["Morgan Hale"] },
      { owed: { since: d("2026-08-01"), days: 111, neverUpdated: false }, owedBy: ["Riley Dunmore", "Morgan Hale"] },
      { owed: null, owedBy: ["Someone up to date"] },
    ]);
    expect(summary.count).toBe(2);
    expect(toIsoDate(summary.oldestSince!)).toBe("2026-08-01");
    expect(summary.from).toEqual(["Morgan Hale", "Riley Dunmore"]);
    expect(owedText(summary)).toBe("2 updates owed, oldest since 1 August 2026, from Morgan Hale; Riley Dunmore");
    expect(owedText(summary, 1)).toBe("2 updates owed, oldest since 1 August 2026, from Morgan Hale and 1 other");
  });

  it("says nothing when nothing is owed", () => {
    expect(owedText(owedSummary([{ owed: null, owedBy: ["x"] }]))).toBeNull();
  });

  it("takes the lead member, else the plan's lead role, then the assignees", () => {
    expect(owedBy({ leadName: "Morgan Hale", leadRole: "Interim Director Education", assigneeNames: ["Riley Dunmore"] })).toEqual(["Morgan Hale", "Riley Dunmore"]);
    expect(owedBy({ leadName: null, leadRole: "Team Manager, SEND Team", assigneeNames: [] })).toEqual(["Team Manager, SEND Team"]);
  });
});
