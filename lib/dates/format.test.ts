import { describe, expect, it } from "vitest";
import { byEndOf, daysBetween, formatUkDate, ordinal, parseIsoDate } from "./format";

describe("UK dates", () => {
  it("formats stored UTC dates in UK style whatever the server's time zone", () => {
    expect(formatUkDate(parseIsoDate("2025-03-31"))).toBe("31 March 2025");
    expect(formatUkDate(new Date("2025-07-16T23:30:00Z"))).toBe("16 July 2025");
    expect(formatUkDate(null)).toBe("—");
  });

  it("rejects dates that do not exist", () => {
    expect(() => parseIsoDate("2025-02-29")).toThrow();
    expect(() => parseIsoDate("31/03/2025")).toThrow();
    expect(parseIsoDate("2024-02-29").toISOString()).toBe("2024-02-29T00:00:00.000Z");
  });

  it("counts calendar days across month ends and leap days", () => {
    expect(daysBetween(parseIsoDate("2024-02-28"), parseIsoDate("2024-03-01"))).toBe(2);
    expect(daysBetween(parseIsoDate("2025-03-31"), parseIsoDate("2025-03-30"))).toBe(-1);
  });
});

describe("byEndOf", () => {
  it("takes an instant on the day itself, not on the day after", () => {
    const day = new Date(Date.UTC(2025, 2, 31));
    expect(byEndOf(new Date(Date.UTC(2025, 2, 31, 23, 59, 59)), day)).toBe(true);
    expect(byEndOf(new Date(Date.UTC(2025, 3, 1)), day)).toBe(false);
  });
});

describe("ordinal", () => {
  it("says a day of the month as people do", () => {
    expect([1, 2, 3, 4, 10, 11, 12, 13, 21, 22, 23, 28].map(ordinal)).toEqual(["1st", "2nd", "3rd", "4th", "10th", "11th", "12th", "13th", "21st", "22nd", "23rd", "28th"]);
  });
});
