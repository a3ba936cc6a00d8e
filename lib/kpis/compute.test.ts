import { describe, expect, it } from "vitest";
import {
  type KpiInput,
  type Point,
  MONTHS_PER_PERIOD,
  assessKpi,
  daysSinceLatest,
  expectationPoints,
  expectedValueAt,
  forecastKpi,
  formatKpiValue,
  judge,
  nextValueDueBy,
  shortfall,
} from "@/lib/kpis/compute";
import { parseIsoDate, toIsoDate } from "@/lib/dates/format";
import type { KpiFrequency } from "@/lib/generated/prisma/enums";

const d = parseIsoDate;
/** Fixed "today" for the current-data tests: never the real clock. */
const TODAY = d("2025-07-15");

const pt = (iso: string, value: number): Point => ({ date: d(iso), value });
const val = (iso: string, value: number) => ({ period: d(iso), value });

/**
 * A monthly percentage KPI, higher is better, expected to be exactly 50% in June 2025
 * (a trajectory point sits on that period), tolerance 2.5 points. No values unless given.
 */
function kpi(overrides: Partial<KpiInput> = {}): KpiInput {
  return {
    direction: "HIGHER_IS_BETTER",
    frequency: "MONTHLY",
    unit: "PERCENT",
    tolerance: 2.5,
    baseline: pt("2025-01-01", 40),
    target: pt("2026-03-31", 70),
    trajectory: [pt("2025-06-01", 50)],
    values: [],
    ...overrides,
  };
}

/** Derby City's self-assessment: the ND (neurodevelopmental) pathway average wait got worse, 46 → 69 weeks. */
function derbyNdWait(): KpiInput {
  return {
    direction: "LOWER_IS_BETTER",
    frequency: "MONTHLY",
    unit: "WEEKS",
    tolerance: 3,
    baseline: pt("2024-08-01", 46),
    target: pt("2026-03-31", 30),
    trajectory: [],
    values: [val("2024-08-01", 46), val("2025-06-01", 69)],
  };
}

describe("expectedValueAt", () => {
  // Baseline 40 on 1 April, target 70 on 1 May: 30 days apart, so one point a day.
  const straight = { baseline: pt("2025-04-01", 40), target: pt("2025-05-01", 70), trajectory: [] };

  it("interpolates linearly between baseline and target when there is no trajectory", () => {
    expect(expectedValueAt(straight, d("2025-04-16"))).toBeCloseTo(55, 9);
    expect(expectedValueAt(straight, d("2025-04-02"))).toBeCloseTo(41, 9);
    expect(expectedValueAt(straight, d("2025-04-30"))).toBeCloseTo(69, 9);
  });

  it("works the same way for a falling (lower-is-better) line", () => {
    const falling = { baseline: pt("2025-04-01", 70), target: pt("2025-05-01", 40), trajectory: [] };
    expect(expectedValueAt(falling, d("2025-04-11"))).toBeCloseTo(60, 9);
  });

  // Baseline 0 on 1 Jan, trajectory 100 on 11 Jan, target 20 on 31 Jan.
  const bent = { baseline: pt("2025-01-01", 0), target: pt("2025-01-31", 20), trajectory: [pt("2025-01-11", 100)] };

  it("uses the trajectory points, not the straight baseline–target line, between them", () => {
    // Baseline → trajectory: halfway is 50 (the straight line would give 5).
    expect(expectedValueAt(bent, d("2025-01-06"))).toBeCloseTo(50, 9);
    // Trajectory → target: halfway is 60 (the straight line would give 15).
    expect(expectedValueAt(bent, d("2025-01-21"))).toBeCloseTo(60, 9);
  });

  it("gives the point's own value exactly on a point", () => {
    expect(expectedValueAt(bent, d("2025-01-01"))).toBe(0);
    expect(expectedValueAt(bent, d("2025-01-11"))).toBe(100);
    expect(expectedValueAt(bent, d("2025-01-31"))).toBe(20);
  });

  it("is flat at the first point's value before it", () => {
    expect(expectedValueAt(bent, d("2024-12-31"))).toBe(0);
    expect(expectedValueAt(bent, d("2020-01-01"))).toBe(0);
    expect(expectedValueAt(straight, d("2025-03-31"))).toBe(40);
  });

  it("is flat at the target after the target date", () => {
    expect(expectedValueAt(bent, d("2025-02-01"))).toBe(20);
    expect(expectedValueAt(bent, d("2030-01-01"))).toBe(20);
    expect(expectedValueAt(straight, d("2025-05-02"))).toBe(70);
  });

  it("sorts the trajectory points itself", () => {
    const unsorted = {
      baseline: pt("2025-01-01", 0),
      target: pt("2025-01-31", 20),
      trajectory: [pt("2025-01-21", 40), pt("2025-01-11", 100)],
    };
    expect(expectedValueAt(unsorted, d("2025-01-16"))).toBeCloseTo(70, 9);
    expect(expectedValueAt(unsorted, d("2025-01-06"))).toBeCloseTo(50, 9);
    expect(expectedValueAt(unsorted, d("2025-01-26"))).toBeCloseTo(30, 9);
  });

  it("works with a trajectory alone, or with only one point (flat everywhere)", () => {
    const trajectoryOnly = { baseline: null, target: null, trajectory: [pt("2025-01-21", 40), pt("2025-01-11", 100)] };
    expect(expectedValueAt(trajectoryOnly, d("2025-01-16"))).toBeCloseTo(70, 9);
    const targetOnly = { baseline: null, target: pt("2026-03-31", 30), trajectory: [] };
    expect(expectedValueAt(targetOnly, d("2025-01-01"))).toBe(30);
    expect(expectedValueAt(targetOnly, d("2027-01-01"))).toBe(30);
  });

  it("is null with no baseline, target or trajectory", () => {
    expect(expectedValueAt({ baseline: null, target: null, trajectory: [] }, d("2025-06-01"))).toBeNull();
  });
});

describe("expectationPoints", () => {
  it("returns baseline, trajectory and target in date order without touching the input", () => {
    const trajectory = [pt("2025-09-01", 3), pt("2025-03-01", 2)];
    const points = expectationPoints({ baseline: pt("2025-01-01", 1), target: pt("2026-01-01", 4), trajectory });
    expect(points.map((p) => [toIsoDate(p.date), p.value])).toEqual([
      ["2025-01-01", 1],
      ["2025-03-01", 2],
      ["2025-09-01", 3],
      ["2026-01-01", 4],
    ]);
    expect(trajectory.map((p) => p.value)).toEqual([3, 2]);
  });
});

describe("shortfall", () => {
  it("is how far below expected a higher-is-better value is", () => {
    expect(shortfall("HIGHER_IS_BETTER", 45, 50)).toBe(5);
    expect(shortfall("HIGHER_IS_BETTER", 55, 50)).toBe(-5);
    expect(shortfall("HIGHER_IS_BETTER", 50, 50)).toBe(0);
  });

  it("is how far above expected a lower-is-better value is", () => {
    expect(shortfall("LOWER_IS_BETTER", 45, 50)).toBe(-5);
    expect(shortfall("LOWER_IS_BETTER", 55, 50)).toBe(5);
    expect(shortfall("LOWER_IS_BETTER", 50, 50)).toBe(0);
  });
});

describe("judge", () => {
  const higher = { direction: "HIGHER_IS_BETTER" as const, tolerance: 2 };
  const lower = { direction: "LOWER_IS_BETTER" as const, tolerance: 2 };

  it("is ON_TRACK when the value meets or beats expected, in either direction", () => {
    expect(judge(higher, 50, 50)).toBe("ON_TRACK");
    expect(judge(higher, 60, 50)).toBe("ON_TRACK");
    expect(judge(lower, 50, 50)).toBe("ON_TRACK");
    expect(judge(lower, 40, 50)).toBe("ON_TRACK");
  });

  it("is AT_RISK just short of expected and exactly at the tolerance edge", () => {
    expect(judge(higher, 49.9, 50)).toBe("AT_RISK");
    expect(judge(higher, 48, 50)).toBe("AT_RISK");
    expect(judge(lower, 50.1, 50)).toBe("AT_RISK");
    expect(judge(lower, 52, 50)).toBe("AT_RISK");
  });

  it("is OFF_TRACK just beyond the tolerance", () => {
    expect(judge(higher, 47.9, 50)).toBe("OFF_TRACK");
    expect(judge(lower, 52.1, 50)).toBe("OFF_TRACK");
    expect(judge(higher, 0, 50)).toBe("OFF_TRACK");
  });

  it("respects direction: the same numbers judge opposite ways", () => {
    expect(judge(higher, 60, 50)).toBe("ON_TRACK");
    expect(judge(lower, 60, 50)).toBe("OFF_TRACK");
    expect(judge(higher, 40, 50)).toBe("OFF_TRACK");
    expect(judge(lower, 40, 50)).toBe("ON_TRACK");
  });

  it("with tolerance 0 has no amber band: meets is ON_TRACK, anything worse is OFF_TRACK", () => {
    expect(judge({ direction: "HIGHER_IS_BETTER", tolerance: 0 }, 50, 50)).toBe("ON_TRACK");
    expect(judge({ direction: "HIGHER_IS_BETTER", tolerance: 0 }, 49.9, 50)).toBe("OFF_TRACK");
    expect(judge({ direction: "LOWER_IS_BETTER", tolerance: 0 }, 50.1, 50)).toBe("OFF_TRACK");
  });

  it("does not let floating-point noise move a value across a boundary", () => {
    // 0.1 + 0.2 is 0.30000000000000004: a value of 0.3 still meets it.
    expect(judge({ direction: "HIGHER_IS_BETTER", tolerance: 0 }, 0.3, 0.1 + 0.2)).toBe("ON_TRACK");
    // 0.4 - 0.1 is 0.30000000000000004: still exactly at a tolerance of 0.3.
    expect(judge({ direction: "LOWER_IS_BETTER", tolerance: 0.3 }, 0.4, 0.1)).toBe("AT_RISK");
  });
});

describe("nextValueDueBy", () => {
  const dueBy = (frequency: KpiFrequency, iso: string) => toIsoDate(nextValueDueBy(frequency, d(iso)));

  it("has the period lengths in months", () => {
    expect(MONTHS_PER_PERIOD).toEqual({ MONTHLY: 1, QUARTERLY: 3, TERMLY: 4, ANNUALLY: 12 });
  });

  it("MONTHLY: the next month's value is due by the end of the month after it", () => {
    expect(dueBy("MONTHLY", "2025-06-01")).toBe("2025-08-31"); // July's value, by end of August
    expect(dueBy("MONTHLY", "2025-07-01")).toBe("2025-09-30");
    expect(dueBy("MONTHLY", "2025-11-01")).toBe("2026-01-31"); // across the year end
    expect(dueBy("MONTHLY", "2024-12-01")).toBe("2025-02-28"); // February, not a leap year
    expect(dueBy("MONTHLY", "2023-12-01")).toBe("2024-02-29"); // February, leap year
  });

  it("QUARTERLY: three months on, then due by the end of the following month", () => {
    expect(dueBy("QUARTERLY", "2025-01-01")).toBe("2025-05-31");
    expect(dueBy("QUARTERLY", "2025-10-01")).toBe("2026-02-28"); // across the year end
    expect(dueBy("QUARTERLY", "2023-10-01")).toBe("2024-02-29");
    expect(dueBy("QUARTERLY", "2025-09-01")).toBe("2026-01-31");
  });

  it("TERMLY: four months on, then due by the end of the following month", () => {
    expect(dueBy("TERMLY", "2025-05-01")).toBe("2025-10-31");
    expect(dueBy("TERMLY", "2025-09-01")).toBe("2026-02-28"); // across the year end
    expect(dueBy("TERMLY", "2023-09-01")).toBe("2024-02-29");
  });

  it("ANNUALLY: a year on, then due by the end of the following month", () => {
    expect(dueBy("ANNUALLY", "2024-09-01")).toBe("2025-10-31");
    expect(dueBy("ANNUALLY", "2024-12-01")).toBe("2026-01-31"); // across the year end
    expect(dueBy("ANNUALLY", "2023-01-01")).toBe("2024-02-29");
    expect(dueBy("ANNUALLY", "2024-01-01")).toBe("2025-02-28");
  });

  it("returns a UTC calendar date (midnight)", () => {
    expect(nextValueDueBy("MONTHLY", d("2025-06-01")).getTime()).toBe(d("2025-08-31").getTime());
  });
});

describe("assessKpi", () => {
  it("is 'No data' when no values have been entered", () => {
    expect(assessKpi(kpi(), TODAY)).toEqual({
      status: "NOT_DUE",
      noData: true,
      latest: null,
      expected: null,
      lastReported: null,
      reason: "No values have been entered yet.",
    });
  });

  it("is ON_TRACK when the latest value meets the expected value for its period", () => {
    const a = assessKpi(kpi({ values: [val("2025-06-01", 52)] }), TODAY);
    expect(a).toEqual({
      status: "ON_TRACK",
      noData: false,
      latest: val("2025-06-01", 52),
      expected: 50,
      lastReported: "ON_TRACK",
      reason: "52% in June 2025, meeting the expected 50%.",
    });
  });

  it("is AT_RISK when short of expected but within tolerance, saying so", () => {
    const a = assessKpi(kpi({ values: [val("2025-06-01", 48)] }), TODAY);
    expect(a.status).toBe("AT_RISK");
    expect(a.lastReported).toBe("AT_RISK");
    expect(a.noData).toBe(false);
    expect(a.reason).toBe("48% in June 2025, short of the expected 50% but within the tolerance of 2.5%.");
  });

  it("is OFF_TRACK beyond the tolerance, saying so", () => {
    const a = assessKpi(kpi({ values: [val("2025-06-01", 47)] }), TODAY);
    expect(a.status).toBe("OFF_TRACK");
    expect(a.lastReported).toBe("OFF_TRACK");
    expect(a.noData).toBe(false);
    expect(a.reason).toBe("47% in June 2025, worse than the expected 50% by more than the tolerance of 2.5%.");
  });

  it("is still current on the due date and 'No data' from the day after, keeping the last judgement", () => {
    const input = kpi({ values: [val("2025-06-01", 47)] });
    // July's value is due by 31 August 2025.
    const onTheDay = assessKpi(input, d("2025-08-31"));
    expect(onTheDay.status).toBe("OFF_TRACK");
    expect(onTheDay.noData).toBe(false);

    const dayAfter = assessKpi(input, d("2025-09-01"));
    expect(dayAfter).toEqual({
      status: "NOT_DUE",
      noData: true,
      latest: val("2025-06-01", 47),
      expected: 50,
      lastReported: "OFF_TRACK",
      reason: "No data since June 2025: the next value was due by 31 August 2025.",
    });
  });

  it("uses the KPI's frequency for the due date", () => {
    const quarterly = kpi({ frequency: "QUARTERLY", values: [val("2025-06-01", 52)] });
    // Next quarter starts September; its value is due by 31 October 2025.
    expect(assessKpi(quarterly, d("2025-10-31")).noData).toBe(false);
    const late = assessKpi(quarterly, d("2025-11-01"));
    expect(late.noData).toBe(true);
    expect(late.lastReported).toBe("ON_TRACK");
    expect(late.reason).toBe("No data since June 2025: the next value was due by 31 October 2025.");
  });

  it("is NOT_DUE but not 'No data' when there is nothing to judge against", () => {
    const bare = kpi({ baseline: null, target: null, trajectory: [], values: [val("2025-06-01", 52)] });
    expect(assessKpi(bare, TODAY)).toEqual({
      status: "NOT_DUE",
      noData: false,
      latest: val("2025-06-01", 52),
      expected: null,
      lastReported: null,
      reason: "52% in June 2025; no baseline, trajectory or target to judge it against.",
    });
  });

  it("is 'No data' with no last judgement when such a KPI's values have also lapsed", () => {
    const bare = kpi({ baseline: null, target: null, trajectory: [], values: [val("2025-06-01", 52)] });
    const a = assessKpi(bare, d("2025-09-01"));
    expect(a.status).toBe("NOT_DUE");
    expect(a.noData).toBe(true);
    expect(a.lastReported).toBeNull();
    expect(a.reason).toBe("No data since June 2025: the next value was due by 31 August 2025.");
  });

  it("judges the latest period, not the last value in the list", () => {
    // March on its own would be OFF_TRACK and overdue by TODAY; June is ON_TRACK and current.
    const values = [val("2025-06-01", 52), val("2025-03-01", 10)];
    const a = assessKpi(kpi({ values }), TODAY);
    expect(a.latest).toEqual(val("2025-06-01", 52));
    expect(a.status).toBe("ON_TRACK");
    expect(a.noData).toBe(false);
    // The caller's list is left as it was.
    expect(values.map((v) => v.value)).toEqual([52, 10]);
  });

  it("interpolates the expected value for the latest period between points", () => {
    // Baseline 40 on 1 Jan 2025 → trajectory 50 on 1 Jun 2025 (151 days); 1 Mar 2025 is day 59.
    const a = assessKpi(kpi({ values: [val("2025-03-01", 45)] }), d("2025-04-15"));
    expect(a.expected).toBeCloseTo(40 + (10 * 59) / 151, 9);
    expect(a.status).toBe("ON_TRACK");
  });
});

describe("Derby City ND average wait (the real story)", () => {
  // Expected for June 2025 on the straight line 46 (1 Aug 2024) → 30 (31 Mar 2026): 304 of 607 days along.
  const expectedJune = 46 - (16 * 304) / 607;

  it("is OFF_TRACK in July 2025: 69 weeks against about 38 expected", () => {
    const a = assessKpi(derbyNdWait(), d("2025-07-15"));
    expect(a.status).toBe("OFF_TRACK");
    expect(a.noData).toBe(false);
    expect(a.latest).toEqual(val("2025-06-01", 69));
    expect(a.expected).toBeCloseTo(expectedJune, 9);
    expect(a.reason).toBe("69 weeks in June 2025, worse than the expected 38 weeks by more than the tolerance of 3 weeks.");
  });

  it("is 'No data' at the end of September 2025 but still remembers it was OFF_TRACK", () => {
    const a = assessKpi(derbyNdWait(), d("2025-09-30"));
    expect(a.status).toBe("NOT_DUE");
    expect(a.noData).toBe(true);
    expect(a.lastReported).toBe("OFF_TRACK");
    expect(a.latest).toEqual(val("2025-06-01", 69));
    expect(a.reason).toBe("No data since June 2025: the next value was due by 31 August 2025.");
  });

  it("forecasts that the 30-week target will not be met: the wait keeps growing past 69", () => {
    const f = forecastKpi(derbyNdWait());
    expect(f).not.toBeNull();
    const expectedAtTarget = 46 + (23 * 607) / 304; // ≈ 91.9 weeks
    expect(f!.willMeet).toBe(false);
    expect(f!.valueAtTarget).toBeGreaterThan(69);
    expect(f!.valueAtTarget).toBeCloseTo(expectedAtTarget, 9);
    expect(f!.ratePerMonth).toBeCloseTo((23 / 304) * 30, 9);
    expect(f!.text).toBe("At the current rate it reaches 91.9 weeks by 31 March 2026: the target of 30 weeks by 31 March 2026 will not be met.");
  });
});

describe("forecastKpi", () => {
  it("is null with fewer than two values", () => {
    expect(forecastKpi(kpi({ values: [] }))).toBeNull();
    expect(forecastKpi(kpi({ values: [val("2025-06-01", 52)] }))).toBeNull();
  });

  it("is null without a target", () => {
    expect(forecastKpi(kpi({ target: null, values: [val("2025-05-01", 45), val("2025-06-01", 52)] }))).toBeNull();
  });

  it("is null when every value is for the same period (no rate to extend)", () => {
    expect(forecastKpi(kpi({ values: [val("2025-06-01", 45), val("2025-06-01", 52)] }))).toBeNull();
  });

  it("says a rising higher-is-better series that reaches its target will be met", () => {
    const f = forecastKpi(kpi({ values: [val("2025-01-01", 40), val("2025-02-01", 45), val("2025-03-01", 50)] }));
    expect(f!.willMeet).toBe(true);
    expect(f!.valueAtTarget).toBeGreaterThanOrEqual(70);
    expect(f!.ratePerMonth).toBeGreaterThan(0);
    expect(f!.text).toMatch(/the target of 70% by 31 March 2026 will be met\.$/);
  });

  it("says a falling higher-is-better series will not be met", () => {
    const f = forecastKpi(kpi({ values: [val("2025-01-01", 50), val("2025-02-01", 45)] }));
    expect(f!.willMeet).toBe(false);
    expect(f!.valueAtTarget).toBeLessThan(45);
    expect(f!.text).toContain("will not be met");
  });

  it("says an improving lower-is-better series will be met", () => {
    const improving = { ...derbyNdWait(), values: [val("2025-04-01", 46), val("2025-05-01", 40), val("2025-06-01", 34)] };
    const f = forecastKpi(improving);
    expect(f!.willMeet).toBe(true);
    expect(f!.valueAtTarget).toBeLessThanOrEqual(30);
    expect(f!.ratePerMonth).toBeLessThan(0);
    expect(f!.text).toContain("will be met");
    expect(f!.text).not.toContain("will not be met");
  });

  it("counts landing exactly on the target as met, and a hair short as not", () => {
    // 1 Apr → 1 May → 31 May are 30 days apart: 40 then 50 reaches exactly 60 on 31 May.
    const values = [val("2025-04-01", 40), val("2025-05-01", 50)];
    const exact = forecastKpi(kpi({ target: pt("2025-05-31", 60), values }));
    expect(exact!.valueAtTarget).toBeCloseTo(60, 9);
    expect(exact!.willMeet).toBe(true);
    const short = forecastKpi(kpi({ target: pt("2025-05-31", 60.1), values }));
    expect(short!.willMeet).toBe(false);
  });

  it("fits a least-squares line, not just the first and last values", () => {
    // x = 0, 30, 60 days; y = 10, 30, 20: slope 1/6 a day, line through (30, 20).
    const f = forecastKpi(kpi({ target: pt("2025-07-30", 100), values: [val("2025-04-01", 10), val("2025-05-01", 30), val("2025-05-31", 20)] }));
    expect(f!.ratePerMonth).toBeCloseTo(5, 9);
    expect(f!.line[0].value).toBeCloseTo(15, 9);
    expect(f!.valueAtTarget).toBeCloseTo(35, 9); // day 120
  });

  it("draws the line from the first period to the target date, whatever order the values come in", () => {
    const f = forecastKpi(kpi({ values: [val("2025-03-01", 50), val("2025-01-01", 40), val("2025-02-01", 45)] }));
    expect(f!.line[0].date).toEqual(d("2025-01-01"));
    expect(f!.line[1].date).toEqual(d("2026-03-31"));
    expect(f!.line[1].value).toBe(f!.valueAtTarget);
    const sorted = forecastKpi(kpi({ values: [val("2025-01-01", 40), val("2025-02-01", 45), val("2025-03-01", 50)] }));
    expect(f!.valueAtTarget).toBeCloseTo(sorted!.valueAtTarget, 9);
  });
});

describe("forecastKpi after the target date", () => {
  it("says whether the target was met, never that it will be", () => {
    const values = [val("2025-01-01", 40), val("2025-02-01", 45), val("2025-03-01", 50), val("2026-05-01", 90)];
    const missed = forecastKpi(kpi({ values }), d("2026-06-15"));
    expect(missed!.past).toBe(true);
    expect(missed!.willMeet).toBe(false);
    expect(missed!.text).toBe("The target of 70% by 31 March 2026 was not met: 50% in March 2025.");
    expect(missed!.text).not.toMatch(/will/);
    const met = forecastKpi(kpi({ values: [...values, val("2026-03-01", 71)] }), d("2026-06-15"));
    expect(met!.text).toBe("The target of 70% by 31 March 2026 was met: 71% in March 2026.");
  });

  it("still forecasts while the target date is ahead", () => {
    const f = forecastKpi(kpi({ values: [val("2025-01-01", 40), val("2025-02-01", 45), val("2025-03-01", 50)] }), d("2025-06-01"));
    expect(f!.past).toBe(false);
    expect(f!.text).toContain("will be met");
  });
});

describe("daysSinceLatest", () => {
  it("is null with no values, else days from the latest period to today", () => {
    expect(daysSinceLatest({ values: [] }, TODAY)).toBeNull();
    expect(daysSinceLatest({ values: [val("2025-07-01", 1), val("2025-03-01", 2)] }, TODAY)).toBe(14);
  });
});

describe("formatKpiValue", () => {
  it("PERCENT: one decimal place at most, with a % sign", () => {
    expect(formatKpiValue(45.2, "PERCENT")).toBe("45.2%");
    expect(formatKpiValue(45.24, "PERCENT")).toBe("45.2%");
    expect(formatKpiValue(45.26, "PERCENT")).toBe("45.3%");
    expect(formatKpiValue(50, "PERCENT")).toBe("50%");
  });

  it("WEEKS: singular only for (rounded) one", () => {
    expect(formatKpiValue(1, "WEEKS")).toBe("1 week");
    expect(formatKpiValue(2, "WEEKS")).toBe("2 weeks");
    expect(formatKpiValue(0.96, "WEEKS")).toBe("1 week");
    expect(formatKpiValue(1.5, "WEEKS")).toBe("1.5 weeks");
    expect(formatKpiValue(69, "WEEKS")).toBe("69 weeks");
  });

  it("DAYS: singular only for (rounded) one", () => {
    expect(formatKpiValue(1, "DAYS")).toBe("1 day");
    expect(formatKpiValue(3, "DAYS")).toBe("3 days");
    expect(formatKpiValue(0.96, "DAYS")).toBe("1 day");
    expect(formatKpiValue(1.5, "DAYS")).toBe("1.5 days");
    expect(formatKpiValue(0, "DAYS")).toBe("0 days");
  });

  it("COUNT: thousands separators, no unit", () => {
    expect(formatKpiValue(1530, "COUNT")).toBe("1,530");
    expect(formatKpiValue(1234567, "COUNT")).toBe("1,234,567");
    expect(formatKpiValue(12, "COUNT")).toBe("12");
  });

  it("RATE: a bare number, one decimal place at most", () => {
    expect(formatKpiValue(12.34, "RATE")).toBe("12.3");
    expect(formatKpiValue(1530.26, "RATE")).toBe("1,530.3");
  });
});
