import { describe, expect, it } from "vitest";
import {
  type ActionInput,
  type ComputedStatus,
  DEFAULT_PLAN_SETTINGS,
  type OccurrenceInput,
  type PlanSettings,
  areaRollup,
  computeActionStatus,
  isStale,
  occurrenceView,
  slippage,
  statusConflict,
  updateDue,
} from "@/lib/plan/compute";
import { occurrenceDates } from "@/lib/plan/recurrence";
import { DEFAULT_STATUS_LABELS, statusLabels } from "@/lib/plan/status";
import { parseIsoDate, toIsoDate } from "@/lib/dates/format";
import type { Status } from "@/lib/generated/prisma/enums";

const d = parseIsoDate;
/** Fixed "today" for every test: never the real clock. */
const TODAY = d("2025-09-30");
const MILESTONE = "Strategy approved by the board";

function occ(dueIso: string, overrides: Partial<OccurrenceInput> = {}): OccurrenceInput {
  return { milestoneText: MILESTONE, dueDate: d(dueIso), state: "PENDING", hasEvidence: false, ...overrides };
}

/** Started, due well after TODAY, updated recently, no milestones: ON_TRACK unless overridden. */
function action(overrides: Partial<ActionInput> = {}): ActionInput {
  return {
    reportedStatus: "ON_TRACK",
    startDate: d("2025-04-01"),
    currentDueDate: d("2026-03-31"),
    baselineDueDate: d("2026-03-31"),
    lastUpdateAt: d("2025-09-15"),
    occurrences: [],
    linkedKpis: [],
    ...overrides,
  };
}

type UpdateDueInput = Parameters<typeof updateDue>[0];
function due(overrides: Partial<UpdateDueInput> = {}): UpdateDueInput {
  return { ...action(), openChangeRequest: false, rejectedChangeRequestAt: null, ...overrides };
}

const codes = (computed: { reasons: { code: string }[] } | null) => computed?.reasons.map((r) => r.code);

describe("occurrenceView", () => {
  it("is MET or MISSED whatever the date once the occurrence is marked", () => {
    for (const iso of ["2025-01-31", "2025-09-30", "2025-10-15", "2026-06-30"]) {
      expect(occurrenceView({ dueDate: d(iso), state: "MET" }, TODAY)).toBe("MET");
      expect(occurrenceView({ dueDate: d(iso), state: "MISSED" }, TODAY)).toBe("MISSED");
    }
  });

  it("is OVERDUE from the day after the due date, not on it", () => {
    expect(occurrenceView({ dueDate: d("2025-09-29"), state: "PENDING" }, TODAY)).toBe("OVERDUE");
    expect(occurrenceView({ dueDate: d("2025-09-30"), state: "PENDING" }, TODAY)).toBe("DUE_SOON");
  });

  it("is DUE_SOON up to exactly milestoneWarningDays ahead and UPCOMING one day later", () => {
    expect(DEFAULT_PLAN_SETTINGS.milestoneWarningDays).toBe(30);
    expect(occurrenceView({ dueDate: d("2025-10-30"), state: "PENDING" }, TODAY)).toBe("DUE_SOON");
    expect(occurrenceView({ dueDate: d("2025-10-31"), state: "PENDING" }, TODAY)).toBe("UPCOMING");
  });

  it("uses the plan's own warning window", () => {
    const settings: PlanSettings = { ...DEFAULT_PLAN_SETTINGS, milestoneWarningDays: 14 };
    expect(occurrenceView({ dueDate: d("2025-10-14"), state: "PENDING" }, TODAY, settings)).toBe("DUE_SOON");
    expect(occurrenceView({ dueDate: d("2025-10-15"), state: "PENDING" }, TODAY, settings)).toBe("UPCOMING");
  });

  it("counts calendar days, ignoring the time of day", () => {
    const lateEvening = new Date("2025-09-30T23:59:00Z");
    expect(occurrenceView({ dueDate: d("2025-09-30"), state: "PENDING" }, lateEvening)).toBe("DUE_SOON");
    expect(occurrenceView({ dueDate: d("2025-09-29"), state: "PENDING" }, new Date("2025-09-30T00:01:00Z"))).toBe("OVERDUE");
  });
});

describe("isStale", () => {
  it("is stale when never updated", () => {
    expect(isStale(null, TODAY)).toBe(true);
  });

  it("is not stale exactly cadence + grace days after the last update, and stale one day later", () => {
    expect(DEFAULT_PLAN_SETTINGS.reportingCadenceDays + DEFAULT_PLAN_SETTINGS.staleGraceDays).toBe(45);
    expect(isStale(d("2025-08-16"), TODAY)).toBe(false); // 45 days
    expect(isStale(d("2025-08-15"), TODAY)).toBe(true); // 46 days
  });

  it("is not stale for an update today or a timestamped update within the window", () => {
    expect(isStale(TODAY, TODAY)).toBe(false);
    expect(isStale(new Date("2025-08-16T23:59:00Z"), TODAY)).toBe(false);
  });

  it("uses the plan's own cadence and grace", () => {
    const settings: PlanSettings = { reportingCadenceDays: 7, staleGraceDays: 3, milestoneWarningDays: 30 };
    expect(isStale(d("2025-09-20"), TODAY, settings)).toBe(false); // 10 days
    expect(isStale(d("2025-09-19"), TODAY, settings)).toBe(true); // 11 days
  });
});

describe("computeActionStatus", () => {
  it("is ON_TRACK with no reasons when nothing is wrong", () => {
    expect(computeActionStatus(action(), TODAY)).toEqual({ status: "ON_TRACK", reasons: [] });
  });

  describe("COMPLETE", () => {
    it("is COMPLETE when reported complete, regardless of overdue, missed, stale or KPI data", () => {
      const a = action({
        reportedStatus: "COMPLETE",
        currentDueDate: d("2025-01-31"),
        lastUpdateAt: null,
        occurrences: [occ("2025-03-31", { state: "MISSED" }), occ("2025-06-30"), occ("2025-10-10")],
        linkedKpis: [{ name: "EHCPs within 20 weeks", status: "OFF_TRACK" }],
      });
      expect(computeActionStatus(a, TODAY)).toEqual({ status: "COMPLETE", reasons: [] });
    });

    it("is COMPLETE even before the start date", () => {
      expect(computeActionStatus(action({ reportedStatus: "COMPLETE", startDate: d("2025-12-01") }), TODAY).status).toBe("COMPLETE");
    });

    it("is not COMPLETE just because every milestone is met", () => {
      const a = action({ occurrences: [occ("2025-06-30", { state: "MET" })] });
      expect(computeActionStatus(a, TODAY).status).toBe("ON_TRACK");
    });
  });

  describe("NOT_DUE", () => {
    it("is NOT_DUE the day before its start date, even if never updated", () => {
      expect(computeActionStatus(action({ startDate: d("2025-10-01"), lastUpdateAt: null }), TODAY)).toEqual({ status: "NOT_DUE", reasons: [] });
    });

    it("is not NOT_DUE on its start date", () => {
      expect(computeActionStatus(action({ startDate: TODAY, lastUpdateAt: TODAY }), TODAY).status).toBe("ON_TRACK");
      expect(computeActionStatus(action({ startDate: TODAY, lastUpdateAt: null }), TODAY).status).toBe("AT_RISK");
    });

    it("is not NOT_DUE without a start date", () => {
      expect(computeActionStatus(action({ startDate: null }), TODAY).status).toBe("ON_TRACK");
    });
  });

  describe("OFF_TRACK: the action's due date", () => {
    it("is not overdue on its current due date", () => {
      expect(computeActionStatus(action({ currentDueDate: TODAY }), TODAY)).toEqual({ status: "ON_TRACK", reasons: [] });
    });

    it("is OFF_TRACK the day after, saying 1 day late", () => {
      expect(computeActionStatus(action({ currentDueDate: d("2025-09-29") }), TODAY)).toEqual({
        status: "OFF_TRACK",
        reasons: [{ code: "OVERDUE", text: "Was due 29 September 2025 and is not complete (1 day late)" }],
      });
    });

    it("says N days late in the plural", () => {
      expect(computeActionStatus(action({ currentDueDate: d("2025-09-20") }), TODAY).reasons).toEqual([
        { code: "OVERDUE", text: "Was due 20 September 2025 and is not complete (10 days late)" },
      ]);
    });

    it("judges the current due date, not the baseline", () => {
      const delayed = action({ baselineDueDate: d("2025-06-30"), currentDueDate: d("2025-12-31") });
      expect(computeActionStatus(delayed, TODAY).status).toBe("ON_TRACK");
      const broughtForward = action({ baselineDueDate: d("2026-06-30"), currentDueDate: d("2025-09-29") });
      expect(computeActionStatus(broughtForward, TODAY).status).toBe("OFF_TRACK");
    });
  });

  describe("milestones", () => {
    it("is AT_RISK, not overdue, when an unevidenced milestone is due today", () => {
      expect(computeActionStatus(action({ occurrences: [occ("2025-09-30")] }), TODAY)).toEqual({
        status: "AT_RISK",
        reasons: [{ code: "MILESTONE_DUE_SOON", text: `Milestone ‘${MILESTONE}’ is due 30 September 2025 with no evidence yet` }],
      });
    });

    it("is OFF_TRACK the day after a milestone was due, naming the milestone and the UK date", () => {
      expect(computeActionStatus(action({ occurrences: [occ("2025-09-30")] }), d("2025-10-01"))).toEqual({
        status: "OFF_TRACK",
        reasons: [{ code: "MILESTONE_OVERDUE", text: "Milestone ‘Strategy approved by the board’ was due 30 September 2025 and is not met" }],
      });
    });

    it("is OFF_TRACK for an overdue milestone even if evidence is attached but it is not marked met", () => {
      expect(computeActionStatus(action({ occurrences: [occ("2025-09-29", { hasEvidence: true })] }), TODAY).status).toBe("OFF_TRACK");
    });

    it("is OFF_TRACK for a MISSED occurrence, past or future", () => {
      expect(computeActionStatus(action({ occurrences: [occ("2025-08-31", { state: "MISSED" })] }), TODAY)).toEqual({
        status: "OFF_TRACK",
        reasons: [{ code: "MILESTONE_MISSED", text: `Milestone ‘${MILESTONE}’ due 31 August 2025 was missed` }],
      });
      expect(computeActionStatus(action({ occurrences: [occ("2025-12-31", { state: "MISSED" })] }), TODAY).status).toBe("OFF_TRACK");
    });

    it("is fine with a MET occurrence in the past or inside the warning window without evidence", () => {
      const a = action({ occurrences: [occ("2025-06-30", { state: "MET" }), occ("2025-10-10", { state: "MET" })] });
      expect(computeActionStatus(a, TODAY)).toEqual({ status: "ON_TRACK", reasons: [] });
    });

    it("is AT_RISK for an unevidenced milestone exactly milestoneWarningDays ahead, and not one day further", () => {
      expect(computeActionStatus(action({ occurrences: [occ("2025-10-30")] }), TODAY).status).toBe("AT_RISK");
      expect(computeActionStatus(action({ occurrences: [occ("2025-10-31")] }), TODAY).status).toBe("ON_TRACK");
    });

    it("is not AT_RISK for a milestone due soon that has evidence", () => {
      expect(computeActionStatus(action({ occurrences: [occ("2025-10-10", { hasEvidence: true })] }), TODAY)).toEqual({
        status: "ON_TRACK",
        reasons: [],
      });
    });

    it("uses the plan's own warning window", () => {
      const settings: PlanSettings = { ...DEFAULT_PLAN_SETTINGS, milestoneWarningDays: 7 };
      expect(computeActionStatus(action({ occurrences: [occ("2025-10-07")] }), TODAY, settings).status).toBe("AT_RISK");
      expect(computeActionStatus(action({ occurrences: [occ("2025-10-08")] }), TODAY, settings).status).toBe("ON_TRACK");
    });

    it("shortens a long milestone text in the reason to 87 characters and an ellipsis, and keeps 90 whole", () => {
      const long = `${"x".repeat(86)} yyyy`; // 91 characters; the 87th is a space
      expect(computeActionStatus(action({ occurrences: [occ("2025-09-29", { milestoneText: long })] }), TODAY).reasons[0].text).toBe(
        `Milestone ‘${"x".repeat(86)}…’ was due 29 September 2025 and is not met`,
      );
      const ninety = "z".repeat(90);
      expect(computeActionStatus(action({ occurrences: [occ("2025-09-29", { milestoneText: ninety })] }), TODAY).reasons[0].text).toBe(
        `Milestone ‘${ninety}’ was due 29 September 2025 and is not met`,
      );
    });
  });

  describe("staleness", () => {
    it("is not AT_RISK when last updated exactly cadence + grace days ago", () => {
      expect(computeActionStatus(action({ lastUpdateAt: d("2025-08-16") }), TODAY)).toEqual({ status: "ON_TRACK", reasons: [] });
    });

    it("is AT_RISK (STALE) one day later", () => {
      expect(computeActionStatus(action({ lastUpdateAt: d("2025-08-15") }), TODAY)).toEqual({
        status: "AT_RISK",
        reasons: [{ code: "STALE", text: "Last updated 15 August 2025, more than 45 days ago" }],
      });
    });

    it("is AT_RISK (NEVER_UPDATED) when never updated", () => {
      expect(computeActionStatus(action({ lastUpdateAt: null }), TODAY)).toEqual({
        status: "AT_RISK",
        reasons: [{ code: "NEVER_UPDATED", text: "Has never been updated" }],
      });
    });

    it("uses the plan's own cadence and grace in the rule and the words", () => {
      const settings: PlanSettings = { reportingCadenceDays: 7, staleGraceDays: 3, milestoneWarningDays: 30 };
      expect(computeActionStatus(action({ lastUpdateAt: d("2025-09-20") }), TODAY, settings).status).toBe("ON_TRACK");
      expect(computeActionStatus(action({ lastUpdateAt: d("2025-09-19") }), TODAY, settings).reasons).toEqual([
        { code: "STALE", text: "Last updated 19 September 2025, more than 10 days ago" },
      ]);
    });
  });

  describe("linked KPIs", () => {
    it("is AT_RISK when a linked KPI is OFF_TRACK, naming it", () => {
      const a = action({ linkedKpis: [{ name: "EHCPs issued within 20 weeks", status: "OFF_TRACK" }] });
      expect(computeActionStatus(a, TODAY)).toEqual({
        status: "AT_RISK",
        reasons: [{ code: "KPI_OFF_TRACK", text: "Linked KPI ‘EHCPs issued within 20 weeks’ is off track" }],
      });
    });

    it("is not affected by linked KPIs in any other state, or by none being given", () => {
      const others: Status[] = ["ON_TRACK", "AT_RISK", "COMPLETE", "NOT_DUE"];
      const a = action({ linkedKpis: others.map((status) => ({ name: status, status })) });
      expect(computeActionStatus(a, TODAY).status).toBe("ON_TRACK");
      expect(computeActionStatus(action({ linkedKpis: undefined }), TODAY).status).toBe("ON_TRACK");
    });
  });

  describe("several reasons", () => {
    it("lists every off-track reason in order, and OFF_TRACK outranks at-risk signals", () => {
      const a = action({
        currentDueDate: d("2025-09-29"),
        lastUpdateAt: null,
        occurrences: [occ("2025-06-30", { state: "MISSED", milestoneText: "A" }), occ("2025-09-01", { milestoneText: "B" }), occ("2025-10-05")],
        linkedKpis: [{ name: "K", status: "OFF_TRACK" }],
      });
      const computed = computeActionStatus(a, TODAY);
      expect(computed.status).toBe("OFF_TRACK");
      expect(codes(computed)).toEqual(["OVERDUE", "MILESTONE_MISSED", "MILESTONE_OVERDUE"]);
    });

    it("lists every at-risk reason", () => {
      const a = action({
        lastUpdateAt: d("2025-07-01"),
        occurrences: [occ("2025-10-05"), occ("2025-10-20", { hasEvidence: true }), occ("2025-10-25")],
        linkedKpis: [{ name: "K", status: "OFF_TRACK" }],
      });
      const computed = computeActionStatus(a, TODAY);
      expect(computed.status).toBe("AT_RISK");
      expect(codes(computed)).toEqual(["MILESTONE_DUE_SOON", "MILESTONE_DUE_SOON", "STALE", "KPI_OFF_TRACK"]);
    });
  });

  describe("recurring occurrences across month ends and leap years", () => {
    // Monthly at month end from 31 January 2028: 31 Jan, 29 Feb (leap), 31 Mar, 30 Apr, ...
    const monthly2028 = occurrenceDates("MONTHLY", d("2028-01-31"), d("2028-12-31")).map((date) => occ(toIsoDate(date), { milestoneText: "Monthly tracker" }));
    const viewsOn = (today: Date, occurrences: OccurrenceInput[]) => Object.fromEntries(occurrences.slice(0, 4).map((o) => [toIsoDate(o.dueDate), occurrenceView(o, today)]));

    it("builds the leap-year month ends", () => {
      expect(monthly2028.slice(0, 4).map((o) => toIsoDate(o.dueDate))).toEqual(["2028-01-31", "2028-02-29", "2028-03-31", "2028-04-30"]);
    });

    it("on 28 February 2028 only January is overdue; 29 February is not", () => {
      expect(viewsOn(d("2028-02-28"), monthly2028)).toEqual({
        "2028-01-31": "OVERDUE",
        "2028-02-29": "DUE_SOON",
        "2028-03-31": "UPCOMING", // 32 days
        "2028-04-30": "UPCOMING",
      });
    });

    it("on 29 February 2028 the February occurrence is due today, and 31 March is 31 days away", () => {
      expect(viewsOn(d("2028-02-29"), monthly2028)).toEqual({
        "2028-01-31": "OVERDUE",
        "2028-02-29": "DUE_SOON",
        "2028-03-31": "UPCOMING",
        "2028-04-30": "UPCOMING",
      });
    });

    it("on 1 March 2028 January and 29 February are overdue and 31 March is exactly 30 days away", () => {
      expect(viewsOn(d("2028-03-01"), monthly2028)).toEqual({
        "2028-01-31": "OVERDUE",
        "2028-02-29": "OVERDUE",
        "2028-03-31": "DUE_SOON",
        "2028-04-30": "UPCOMING",
      });
    });

    it("turns the action OFF_TRACK on 1 March 2028 for the unmet 29 February occurrence once January is met", () => {
      const occurrences = monthly2028.map((o, i) => (i === 0 ? { ...o, state: "MET" as const } : o));
      const a = action({ startDate: d("2028-01-01"), currentDueDate: d("2028-12-31"), lastUpdateAt: d("2028-02-20"), occurrences });
      expect(computeActionStatus(a, d("2028-02-29"))).toEqual({
        status: "AT_RISK",
        reasons: [{ code: "MILESTONE_DUE_SOON", text: "Milestone ‘Monthly tracker’ is due 29 February 2028 with no evidence yet" }],
      });
      expect(computeActionStatus(a, d("2028-03-01"))).toEqual({
        status: "OFF_TRACK",
        reasons: [{ code: "MILESTONE_OVERDUE", text: "Milestone ‘Monthly tracker’ was due 29 February 2028 and is not met" }],
      });
    });

    it("in a non-leap year, 28 February is the month end and is overdue on 1 March", () => {
      const monthly2027 = occurrenceDates("MONTHLY", d("2027-01-31"), d("2027-06-30")).map((date) => occ(toIsoDate(date)));
      expect(viewsOn(d("2027-03-01"), monthly2027)).toEqual({
        "2027-01-31": "OVERDUE",
        "2027-02-28": "OVERDUE",
        "2027-03-31": "DUE_SOON", // 30 days
        "2027-04-30": "UPCOMING",
      });
    });

    it("quarterly month ends land on 29 February 2028", () => {
      const quarterly = occurrenceDates("QUARTERLY", d("2027-11-30"), d("2028-08-31")).map((date) => occ(toIsoDate(date)));
      expect(quarterly.map((o) => toIsoDate(o.dueDate))).toEqual(["2027-11-30", "2028-02-29", "2028-05-31", "2028-08-31"]);
      expect(quarterly.map((o) => occurrenceView(o, d("2028-03-01")))).toEqual(["OVERDUE", "OVERDUE", "UPCOMING", "UPCOMING"]);
    });
  });
});

describe("statusConflict", () => {
  const computed = (status: Status, reasons: ComputedStatus["reasons"] = []): ComputedStatus => ({ status, reasons });

  it("flags reported ON_TRACK against computed OFF_TRACK, carrying the reasons", () => {
    const c = computeActionStatus(action({ currentDueDate: d("2025-09-29") }), TODAY);
    expect(statusConflict("ON_TRACK", c)).toEqual({
      reported: "ON_TRACK",
      computed: "OFF_TRACK",
      reasons: [{ code: "OVERDUE", text: "Was due 29 September 2025 and is not complete (1 day late)" }],
    });
  });

  it("does not flag a report worse than the data (OFF_TRACK reported, ON_TRACK computed)", () => {
    expect(statusConflict("OFF_TRACK", computeActionStatus(action(), TODAY))).toBeNull();
  });

  it("flags reported NOT_DUE against computed AT_RISK", () => {
    const c = computeActionStatus(action({ lastUpdateAt: null }), TODAY);
    expect(statusConflict("NOT_DUE", c)).toEqual({ reported: "NOT_DUE", computed: "AT_RISK", reasons: c.reasons });
  });

  it("does not flag equal statuses", () => {
    for (const status of ["ON_TRACK", "AT_RISK", "OFF_TRACK", "NOT_DUE", "COMPLETE"] as const) {
      expect(statusConflict(status, computed(status))).toBeNull();
    }
  });

  it("flags exactly the reports that are better than the data", () => {
    const conflicts: Record<Exclude<Status, "COMPLETE">, Status[]> = {
      NOT_DUE: ["AT_RISK", "OFF_TRACK"],
      ON_TRACK: ["AT_RISK", "OFF_TRACK"],
      AT_RISK: ["OFF_TRACK"],
      OFF_TRACK: [],
    };
    for (const [reported, worse] of Object.entries(conflicts) as [Status, Status[]][]) {
      for (const c of ["NOT_DUE", "ON_TRACK", "AT_RISK", "OFF_TRACK"] as const) {
        expect(statusConflict(reported, computed(c)) !== null, `${reported} vs ${c}`).toBe(worse.includes(c));
      }
    }
  });

  it("never flags a reported COMPLETE, whatever the data", () => {
    const a = action({
      reportedStatus: "COMPLETE",
      currentDueDate: d("2025-01-31"),
      lastUpdateAt: null,
      occurrences: [occ("2025-03-31", { state: "MISSED" })],
      linkedKpis: [{ name: "K", status: "OFF_TRACK" }],
    });
    expect(statusConflict("COMPLETE", computeActionStatus(a, TODAY))).toBeNull();
  });
});

describe("slippage", () => {
  it("counts days past the current due date when not complete", () => {
    expect(slippage(action({ currentDueDate: d("2025-09-20"), baselineDueDate: d("2025-09-20") }), TODAY)).toEqual({ daysLate: 10, slippedDays: 0 });
    expect(slippage(action({ currentDueDate: d("2025-09-29"), baselineDueDate: d("2025-09-29") }), TODAY).daysLate).toBe(1);
  });

  it("has daysLate 0 when complete, even past the due date", () => {
    expect(slippage(action({ reportedStatus: "COMPLETE", currentDueDate: d("2025-06-30"), baselineDueDate: d("2025-06-30") }), TODAY).daysLate).toBe(0);
  });

  it("has daysLate 0 when not yet due, including on the due date itself", () => {
    expect(slippage(action({ currentDueDate: d("2025-12-31") }), TODAY).daysLate).toBe(0);
    expect(slippage(action({ currentDueDate: TODAY }), TODAY).daysLate).toBe(0);
  });

  it("measures slippedDays from the baseline to the current due date: positive after an approved delay", () => {
    expect(slippage(action({ baselineDueDate: d("2026-03-31"), currentDueDate: d("2026-06-30") }), TODAY)).toEqual({ daysLate: 0, slippedDays: 91 });
  });

  it("has negative slippedDays when the date was brought forward, and keeps slippedDays once complete", () => {
    expect(slippage(action({ baselineDueDate: d("2026-03-31"), currentDueDate: d("2026-02-28") }), TODAY).slippedDays).toBe(-31);
    expect(slippage(action({ reportedStatus: "COMPLETE", baselineDueDate: d("2025-03-31"), currentDueDate: d("2025-06-30") }), TODAY)).toEqual({ daysLate: 0, slippedDays: 91 });
  });

  it("counts daysLate from the current date, not the baseline", () => {
    expect(slippage(action({ baselineDueDate: d("2025-06-30"), currentDueDate: d("2025-09-20") }), TODAY)).toEqual({ daysLate: 10, slippedDays: 82 });
  });
});

describe("areaRollup", () => {
  const n = (status: Status, count: number): Status[] => Array<Status>(count).fill(status);

  it("is NOT_DUE when empty or when nothing is due", () => {
    expect(areaRollup([])).toBe("NOT_DUE");
    expect(areaRollup(n("NOT_DUE", 3))).toBe("NOT_DUE");
  });

  it("is COMPLETE when every due item is complete, ignoring NOT_DUE items", () => {
    expect(areaRollup(n("COMPLETE", 4))).toBe("COMPLETE");
    expect(areaRollup(["COMPLETE", "NOT_DUE", "COMPLETE"])).toBe("COMPLETE");
    expect(areaRollup(["COMPLETE", "COMPLETE", "ON_TRACK"])).toBe("ON_TRACK");
  });

  it("is OFF_TRACK at exactly 25 % off track", () => {
    expect(areaRollup(["OFF_TRACK", ...n("ON_TRACK", 3)])).toBe("OFF_TRACK");
    expect(areaRollup([...n("OFF_TRACK", 2), ...n("ON_TRACK", 6)])).toBe("OFF_TRACK");
  });

  it("is AT_RISK just under 25 % off track when at least one is off track", () => {
    expect(areaRollup(["OFF_TRACK", ...n("ON_TRACK", 4)])).toBe("AT_RISK"); // 20 %
    expect(areaRollup(["OFF_TRACK", ...n("ON_TRACK", 99)])).toBe("AT_RISK"); // 1 %
  });

  it("is AT_RISK at exactly 25 % at risk and ON_TRACK just under", () => {
    expect(areaRollup(["AT_RISK", ...n("ON_TRACK", 3)])).toBe("AT_RISK");
    expect(areaRollup(["AT_RISK", ...n("ON_TRACK", 4)])).toBe("ON_TRACK"); // 20 %
  });

  it("is ON_TRACK when all due items are on track", () => {
    expect(areaRollup(n("ON_TRACK", 5))).toBe("ON_TRACK");
  });

  it("excludes NOT_DUE items from the denominators", () => {
    // 1 of 4 due is off track (25 %); counting the NOT_DUE items it would be 1 of 8.
    expect(areaRollup(["OFF_TRACK", ...n("ON_TRACK", 3), ...n("NOT_DUE", 4)])).toBe("OFF_TRACK");
    // 1 of 4 due is at risk (25 %); counting the NOT_DUE item it would be 1 of 5.
    expect(areaRollup(["AT_RISK", ...n("ON_TRACK", 3), "NOT_DUE"])).toBe("AT_RISK");
  });

  it("counts complete items among the due ones", () => {
    expect(areaRollup(["OFF_TRACK", ...n("COMPLETE", 3)])).toBe("OFF_TRACK"); // 1 of 4
    expect(areaRollup(["OFF_TRACK", ...n("COMPLETE", 4)])).toBe("AT_RISK"); // 1 of 5
    expect(areaRollup(["AT_RISK", ...n("COMPLETE", 4)])).toBe("ON_TRACK"); // 1 of 5
  });

  it("does not depend on order", () => {
    expect(areaRollup([...n("ON_TRACK", 3), "OFF_TRACK"])).toBe("OFF_TRACK");
    expect(areaRollup(["ON_TRACK", "NOT_DUE", "AT_RISK", "ON_TRACK", "ON_TRACK"])).toBe("AT_RISK");
  });
});

describe("updateDue", () => {
  it("is null when nothing is due", () => {
    expect(updateDue(due({ occurrences: [occ("2025-06-30", { state: "MET" }), occ("2025-11-30")] }), TODAY)).toBeNull();
  });

  it("is null when complete, whatever else is true", () => {
    const a = due({
      reportedStatus: "COMPLETE",
      lastUpdateAt: null,
      currentDueDate: d("2025-06-30"),
      occurrences: [occ("2025-08-31"), occ("2025-10-05")],
      rejectedChangeRequestAt: d("2025-09-01"),
    });
    expect(updateDue(a, TODAY)).toBeNull();
  });

  describe("each reason", () => {
    it("NEVER_UPDATED, since the start date", () => {
      expect(updateDue(due({ lastUpdateAt: null }), TODAY)).toEqual({
        reasons: [{ code: "NEVER_UPDATED", text: "Not updated yet" }],
        since: d("2025-04-01"),
      });
    });

    it("NEVER_UPDATED without a start date, since the current due date", () => {
      expect(updateDue(due({ lastUpdateAt: null, startDate: null, currentDueDate: d("2026-03-31") }), TODAY)?.since).toEqual(d("2026-03-31"));
    });

    it("STALE one day past cadence + grace, since the last update; not at exactly cadence + grace", () => {
      expect(updateDue(due({ lastUpdateAt: d("2025-08-16") }), TODAY)).toBeNull();
      expect(updateDue(due({ lastUpdateAt: d("2025-08-15") }), TODAY)).toEqual({
        reasons: [{ code: "STALE", text: "Last updated 15 August 2025" }],
        since: d("2025-08-15"),
      });
    });

    it("MILESTONE_OVERDUE for pending occurrences past their date (singular and plural), not for met or missed ones", () => {
      expect(updateDue(due({ occurrences: [occ("2025-09-30")] }), TODAY)?.reasons.map((r) => r.code)).toEqual(["MILESTONE_DUE_SOON"]);
      expect(updateDue(due({ occurrences: [occ("2025-09-29")] }), TODAY)).toEqual({
        reasons: [{ code: "MILESTONE_OVERDUE", text: "1 milestone date has passed without being marked met or missed" }],
        since: d("2025-09-29"),
      });
      const several = due({ occurrences: [occ("2025-07-31"), occ("2025-08-31", { state: "MET" }), occ("2025-09-15", { state: "MISSED" }), occ("2025-09-29")] });
      expect(updateDue(several, TODAY)).toEqual({
        reasons: [{ code: "MILESTONE_OVERDUE", text: "2 milestone dates have passed without being marked met or missed" }],
        since: d("2025-07-31"),
      });
    });

    it("MILESTONE_DUE_SOON inside the warning window only, since the due date", () => {
      expect(updateDue(due({ occurrences: [occ("2025-10-30")] }), TODAY)).toEqual({
        reasons: [{ code: "MILESTONE_DUE_SOON", text: "Milestone due 30 October 2025" }],
        since: d("2025-10-30"),
      });
      expect(updateDue(due({ occurrences: [occ("2025-10-31")] }), TODAY)).toBeNull();
      expect(updateDue(due({ occurrences: [occ("2025-10-10", { state: "MET" })] }), TODAY)).toBeNull();
    });

    it("OVERDUE_NO_CHANGE_REQUEST the day after the due date, not on it", () => {
      expect(updateDue(due({ currentDueDate: TODAY }), TODAY)).toBeNull();
      expect(updateDue(due({ currentDueDate: d("2025-09-29") }), TODAY)).toEqual({
        reasons: [
          {
            code: "OVERDUE_NO_CHANGE_REQUEST",
            text: "Past its due date (29 September 2025) with no change request: raise one or mark it complete",
          },
        ],
        since: d("2025-09-29"),
      });
    });

    it("no OVERDUE_NO_CHANGE_REQUEST while a change request is open", () => {
      expect(updateDue(due({ currentDueDate: d("2025-09-29"), openChangeRequest: true }), TODAY)).toBeNull();
      const stale = due({ currentDueDate: d("2025-09-29"), openChangeRequest: true, lastUpdateAt: d("2025-07-01") });
      expect(updateDue(stale, TODAY)?.reasons.map((r) => r.code)).toEqual(["STALE"]);
    });

    it("CHANGE_REQUEST_REJECTED, since the rejection", () => {
      expect(updateDue(due({ rejectedChangeRequestAt: d("2025-09-20") }), TODAY)).toEqual({
        reasons: [{ code: "CHANGE_REQUEST_REJECTED", text: "Change request returned by the board on 20 September 2025" }],
        since: d("2025-09-20"),
      });
    });

    it("uses the plan's own settings", () => {
      const settings: PlanSettings = { reportingCadenceDays: 7, staleGraceDays: 3, milestoneWarningDays: 7 };
      expect(updateDue(due({ lastUpdateAt: d("2025-09-20"), occurrences: [occ("2025-10-08")] }), TODAY, settings)).toBeNull();
      expect(codes(updateDue(due({ lastUpdateAt: d("2025-09-19"), occurrences: [occ("2025-10-07")] }), TODAY, settings))).toEqual(["STALE", "MILESTONE_DUE_SOON"]);
    });
  });

  describe("since: the oldest of the reasons' dates", () => {
    it("lists all reasons in order, since the stale update when that is oldest", () => {
      const a = due({
        lastUpdateAt: d("2025-07-01"),
        currentDueDate: d("2025-09-29"),
        occurrences: [occ("2025-09-15"), occ("2025-10-15")],
        rejectedChangeRequestAt: d("2025-09-20"),
      });
      const result = updateDue(a, TODAY);
      expect(codes(result)).toEqual(["STALE", "MILESTONE_OVERDUE", "MILESTONE_DUE_SOON", "OVERDUE_NO_CHANGE_REQUEST", "CHANGE_REQUEST_REJECTED"]);
      expect(result?.since).toEqual(d("2025-07-01"));
    });

    it("since the overdue milestone when that is oldest", () => {
      const a = due({ currentDueDate: d("2025-09-29"), occurrences: [occ("2025-06-30"), occ("2025-09-15")], rejectedChangeRequestAt: d("2025-09-25") });
      expect(updateDue(a, TODAY)?.since).toEqual(d("2025-06-30"));
    });

    it("since the rejection when that is oldest", () => {
      const a = due({ currentDueDate: d("2025-09-29"), occurrences: [occ("2025-10-10")], rejectedChangeRequestAt: d("2025-09-01") });
      expect(updateDue(a, TODAY)?.since).toEqual(d("2025-09-01"));
    });

    it("since the action's due date when that is oldest", () => {
      const a = due({ currentDueDate: d("2025-08-31"), occurrences: [occ("2025-09-29")], rejectedChangeRequestAt: d("2025-09-10") });
      expect(updateDue(a, TODAY)?.since).toEqual(d("2025-08-31"));
    });

    it("since the start date for a never-updated action that started before everything else", () => {
      const a = due({ lastUpdateAt: null, startDate: d("2025-04-01"), currentDueDate: d("2025-09-29"), occurrences: [occ("2025-06-30")] });
      expect(updateDue(a, TODAY)?.since).toEqual(d("2025-04-01"));
    });

    it("orders My updates oldest first by since", () => {
      const rows = {
        rejected: due({ rejectedChangeRequestAt: d("2025-09-20") }),
        stale: due({ lastUpdateAt: d("2025-07-01") }),
        dueSoon: due({ occurrences: [occ("2025-10-10")] }),
        late: due({ currentDueDate: d("2025-08-31") }),
      };
      const order = Object.entries(rows)
        .map(([name, a]) => ({ name, since: updateDue(a, TODAY)!.since }))
        .sort((x, y) => x.since.getTime() - y.since.getTime())
        .map((row) => row.name);
      expect(order).toEqual(["stale", "late", "rejected", "dueSoon"]);
    });

    // Occurrences come from several milestones in plan (position) order, so
    // they are not necessarily in date order: `since` must still be the oldest.
    it("is the oldest overdue occurrence even when occurrences are not in date order", () => {
      const a = due({
        occurrences: [occ("2025-09-15", { milestoneText: "Milestone 1" }), occ("2025-06-30", { milestoneText: "Milestone 2" })],
      });
      expect(updateDue(a, TODAY)?.since).toEqual(d("2025-06-30"));
    });
  });
});

describe("the partnership's own status labels", () => {
  it("maps each computed status to Hull's label, falling back to the defaults where Hull has none", () => {
    const hull = statusLabels({ ON_TRACK: "On track no concerns", AT_RISK: "On track some concerns", COMPLETE: "Completed Embedded Sustained" });
    const label = (a: ActionInput) => hull[computeActionStatus(a, TODAY).status];
    expect(label(action({ reportedStatus: "COMPLETE" }))).toBe("Completed Embedded Sustained");
    expect(label(action())).toBe("On track no concerns");
    expect(label(action({ lastUpdateAt: null }))).toBe("On track some concerns");
    expect(label(action({ currentDueDate: d("2025-09-29") }))).toBe(DEFAULT_STATUS_LABELS.OFF_TRACK);
    expect(label(action({ startDate: d("2025-10-01") }))).toBe(DEFAULT_STATUS_LABELS.NOT_DUE);
    expect(DEFAULT_STATUS_LABELS.OFF_TRACK).toBe("Off track");
    expect(DEFAULT_STATUS_LABELS.NOT_DUE).toBe("Not started / not due yet");
  });
});

describe("updateDue before an action starts", () => {
  it("asks nothing of an action that has not started", async () => {
    const { updateDue } = await import("./compute");
    const { parseIsoDate } = await import("@/lib/dates/format");
    const result = updateDue(
      {
        reportedStatus: "NOT_DUE",
        startDate: parseIsoDate("2025-10-01"),
        currentDueDate: parseIsoDate("2026-03-31"),
        baselineDueDate: parseIsoDate("2026-03-31"),
        lastUpdateAt: null,
        occurrences: [],
        openChangeRequest: false,
        rejectedChangeRequestAt: null,
      },
      parseIsoDate("2025-09-30"),
    );
    expect(result).toBeNull();
  });
});
