// An action with no agreed due date ("due date to be confirmed"): never late,
// never due soon, never overdue; the other rules (milestones, stale updates) still apply.
import { describe, expect, it } from "vitest";
import { computeActionStatus, lateness, slippage, updateDue, type ActionInput } from "@/lib/plan/compute";
import { parseIsoDate } from "@/lib/dates/format";
import { DUE_DATE_TO_BE_CONFIRMED, dueDateText, movedFromBaseline } from "./due-date";

const d = parseIsoDate;
const TODAY = d("2025-09-30");

/** Started, no agreed due date, updated recently, no milestones. */
function unconfirmed(overrides: Partial<ActionInput> = {}): ActionInput {
  return {
    reportedStatus: "ON_TRACK",
    startDate: d("2025-04-01"),
    currentDueDate: null,
    baselineDueDate: null,
    lastUpdateAt: d("2025-09-15"),
    occurrences: [],
    linkedKpis: [],
    ...overrides,
  };
}

describe("an action whose due date is to be confirmed", () => {
  it("is on track, not overdue, when nothing else is wrong", () => {
    expect(computeActionStatus(unconfirmed(), TODAY)).toEqual({ status: "ON_TRACK", reasons: [] });
    expect(lateness(unconfirmed(), TODAY)).toEqual({ late: false, daysLate: 0, reasons: [] });
  });

  it("has no slippage: nothing is late and nothing has moved", () => {
    expect(slippage(unconfirmed(), TODAY)).toEqual({ daysLate: 0, slippedDays: 0 });
  });

  it("keeps the milestone rules: a missed or overdue milestone is off track, one due soon without evidence at risk", () => {
    const overdue = unconfirmed({ occurrences: [{ milestoneText: "Audit", dueDate: d("2025-09-01"), state: "PENDING", hasEvidence: false }] });
    expect(computeActionStatus(overdue, TODAY)).toMatchObject({ status: "OFF_TRACK", reasons: [{ code: "MILESTONE_OVERDUE" }] });
    expect(lateness(overdue, TODAY)).toMatchObject({ late: true, daysLate: 0 });
    const soon = unconfirmed({ occurrences: [{ milestoneText: "Audit", dueDate: d("2025-10-15"), state: "PENDING", hasEvidence: false }] });
    expect(computeActionStatus(soon, TODAY)).toMatchObject({ status: "AT_RISK", reasons: [{ code: "MILESTONE_DUE_SOON" }] });
  });

  it("keeps the update rules: stale or never updated is at risk", () => {
    expect(computeActionStatus(unconfirmed({ lastUpdateAt: null }), TODAY)).toMatchObject({ status: "AT_RISK", reasons: [{ code: "NEVER_UPDATED" }] });
    expect(computeActionStatus(unconfirmed({ lastUpdateAt: d("2025-06-01") }), TODAY)).toMatchObject({ status: "AT_RISK", reasons: [{ code: "STALE" }] });
  });

  it("never asks for a change request to move a date it does not have", () => {
    const base = { openChangeRequest: false, rejectedChangeRequestAt: null };
    expect(updateDue({ ...unconfirmed(), ...base }, TODAY)).toBeNull();
    // Never updated and never started: owed from today, not from an invented date.
    const never = updateDue({ ...unconfirmed({ startDate: null, lastUpdateAt: null }), ...base }, TODAY);
    expect(never?.reasons.map((r) => r.code)).toEqual(["NEVER_UPDATED"]);
    expect(never?.since).toEqual(TODAY);
  });
});

describe("how a due date reads", () => {
  it("is the UK date, or says it is to be confirmed", () => {
    expect(dueDateText(d("2026-03-31"))).toBe("31 March 2026");
    expect(dueDateText(null)).toBe(DUE_DATE_TO_BE_CONFIRMED);
    expect(DUE_DATE_TO_BE_CONFIRMED).toBe("Due date to be confirmed");
  });

  it("names the baseline only once an approved change has moved the date", () => {
    expect(movedFromBaseline({ baselineDueDate: d("2026-03-31"), currentDueDate: d("2026-06-30") })).toBe("31 March 2026");
    expect(movedFromBaseline({ baselineDueDate: d("2026-03-31"), currentDueDate: d("2026-03-31") })).toBeNull();
    expect(movedFromBaseline({ baselineDueDate: null, currentDueDate: null })).toBeNull();
  });
});
