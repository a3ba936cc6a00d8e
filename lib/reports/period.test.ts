import { describe, expect, it } from "vitest";
import { parseIsoDate as d, toIsoDate } from "@/lib/dates/format";
import { asAtDate, inPeriod, isOpenPeriod, isPastDue, openPeriods, owedPeriod, parsePeriodKey, periodEnd, periodKey, reportDueDate, shiftMonth } from "./period";

const iso = (date: Date) => toIsoDate(date);

describe("reporting periods", () => {
  it("owes last month's report, due on the partnership's day of this month", () => {
    expect(iso(owedPeriod(d("2026-11-20")))).toBe("2026-10-01");
    expect(iso(owedPeriod(d("2026-01-03")))).toBe("2025-12-01");
    expect(iso(reportDueDate(d("2026-10-01"), 10))).toBe("2026-11-10");
    // A due day past the month's end is its last day.
    expect(iso(reportDueDate(d("2027-01-01"), 31))).toBe("2027-02-28");
    expect(iso(reportDueDate(d("2027-01-01"), 0))).toBe("2027-02-01");
  });

  it("is past due only after the due day", () => {
    expect(isPastDue(d("2026-10-01"), 10, d("2026-11-10"))).toBe(false);
    expect(isPastDue(d("2026-10-01"), 10, d("2026-11-11"))).toBe(true);
    expect(isPastDue(d("2026-11-01"), 10, d("2026-11-20"))).toBe(false);
  });

  it("draws a finished month as at its last day and a running month as at today", () => {
    expect(iso(asAtDate(d("2026-10-01"), d("2026-11-20")))).toBe("2026-10-31");
    expect(iso(asAtDate(d("2026-11-01"), d("2026-11-20")))).toBe("2026-11-20");
    expect(iso(periodEnd(d("2028-02-01")))).toBe("2028-02-29");
  });

  it("opens this month and the twelve before it", () => {
    const today = d("2026-11-20");
    expect(openPeriods(today)).toHaveLength(13);
    expect(isOpenPeriod(d("2026-11-01"), today)).toBe(true);
    expect(isOpenPeriod(d("2025-11-01"), today)).toBe(true);
    expect(isOpenPeriod(d("2025-10-01"), today)).toBe(false);
    expect(isOpenPeriod(d("2026-12-01"), today)).toBe(false);
  });

  it("reads and writes the month in URLs", () => {
    expect(periodKey(d("2026-10-01"))).toBe("2026-10");
    expect(iso(parsePeriodKey("2026-10")!)).toBe("2026-10-01");
    for (const bad of ["2026-13", "2026-1", "26-10", "2026-10-01", "x"]) expect(parsePeriodKey(bad)).toBeNull();
    expect(iso(shiftMonth(d("2026-01-31"), -1))).toBe("2025-12-01");
    expect(inPeriod(d("2026-10-31"), d("2026-10-01"))).toBe(true);
    expect(inPeriod(d("2026-11-01"), d("2026-10-01"))).toBe(false);
  });
});
