import { describe, expect, it } from "vitest";
import { parseIsoDate } from "@/lib/dates/format";
import { digestPeriod, isoWeek, thingsToDo } from "./compute";

describe("the digest's period", () => {
  it("names ISO weeks (Monday to Sunday; week 1 holds the year's first Thursday)", () => {
    expect(isoWeek(parseIsoDate("2026-12-07"))).toBe("2026-W50"); // a Monday
    expect(isoWeek(parseIsoDate("2026-12-13"))).toBe("2026-W50"); // its Sunday
    expect(isoWeek(parseIsoDate("2026-12-06"))).toBe("2026-W49");
    expect(isoWeek(parseIsoDate("2027-01-01"))).toBe("2026-W53"); // a Friday: still 2026's last week
    expect(isoWeek(parseIsoDate("2024-12-30"))).toBe("2025-W01"); // a Monday in 2025's first week
  });

  it("is one a week by default, one a day when chosen, none when off", () => {
    const day = parseIsoDate("2026-12-09");
    expect(digestPeriod("WEEKLY", day)).toBe("2026-W50");
    expect(digestPeriod("DAILY", day)).toBe("2026-12-09");
    expect(digestPeriod("OFF", day)).toBeNull();
  });

  it("counts things to do in the subject", () => {
    expect(thingsToDo(1, "DAILY")).toBe("1 thing to do today");
    expect(thingsToDo(3, "WEEKLY")).toBe("3 things to do this week");
  });
});
