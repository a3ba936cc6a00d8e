import { describe, expect, it } from "vitest";
import { parseIsoDate } from "@/lib/dates/format";
import { attendeesByRole, firstUseExpander, kpiSentence, lastUpdated } from "./compute";

const points = (...pairs: [string, number][]) => pairs.map(([day, value]) => ({ period: parseIsoDate(day), value }));

describe("kpiSentence", () => {
  it("says a percentage rising, and that it is better when higher is better", () => {
    expect(
      kpiSentence({
        name: "New EHC plans issued within 20 weeks",
        unit: "PERCENT",
        direction: "HIGHER_IS_BETTER",
        values: points(["2026-10-01", 78], ["2026-03-01", 41], ["2026-06-01", 60]),
      }),
    ).toBe("New EHC plans issued within 20 weeks: 78% in October 2026, up from 41% in March 2026. That is better.");
  });

  it("says a count falling, and that it is better when lower is better", () => {
    expect(kpiSentence({ name: "Children on part-time timetables", unit: "COUNT", direction: "LOWER_IS_BETTER", values: points(["2025-07-01", 1620], ["2026-09-01", 1515]) })).toBe(
      "Children on part-time timetables: 1,515 in September 2026, down from 1,620 in July 2025. That is better.",
    );
  });

  it("says worse when it moves the wrong way, in weeks", () => {
    expect(kpiSentence({ name: "Wait for an assessment", unit: "WEEKS", direction: "LOWER_IS_BETTER", values: points(["2026-01-01", 30], ["2026-04-01", 32.5]) })).toBe(
      "Wait for an assessment: 32.5 weeks in April 2026, up from 30 weeks in January 2026. That is worse.",
    );
  });

  it("says no change, one figure, and none", () => {
    expect(kpiSentence({ name: "Attendance", unit: "PERCENT", direction: "HIGHER_IS_BETTER", values: points(["2026-01-01", 86], ["2026-04-01", 86.04]) })).toBe(
      "Attendance: 86% in April 2026, the same as 86% in January 2026.",
    );
    expect(kpiSentence({ name: "Attendance", unit: "PERCENT", direction: "HIGHER_IS_BETTER", values: points(["2026-01-01", 86]) })).toBe("Attendance: 86% in January 2026.");
    expect(kpiSentence({ name: "Attendance", unit: "PERCENT", direction: "HIGHER_IS_BETTER", values: [] })).toBe("Attendance: no figures yet.");
  });
});

describe("firstUseExpander", () => {
  it("spells out each short form once, in reading order, singular and plural together", () => {
    const say = firstUseExpander();
    expect(say("Help for SEND and EHC plans.")).toBe("Help for special educational needs and disabilities (SEND) and education, health and care plans (EHC plans).");
    expect(say("More SEND news: one EHC plan, the ICB.")).toBe("More SEND news: one EHC plan, the integrated care board (ICB).");
    expect(say("SENDIASS is not SEND.")).toBe("SENDIASS is not SEND.");
  });
});

describe("attendeesByRole", () => {
  it("lists the roles and organisations of those present, never a name, and leaves out anyone with neither", () => {
    const roles = attendeesByRole([
      { role: "Independent Chair", organisation: null, kind: "MEMBER", status: "PRESENT" },
      { role: "Director of Children's Services", organisation: "Derbyshire County Council", kind: "MEMBER", status: "PRESENT" },
      { role: null, organisation: null, kind: "IN_ATTENDANCE", status: "PRESENT" },
      { role: "SEND Advisor", organisation: "DfE", kind: "ADVISER", status: "APOLOGIES" },
    ]);
    expect(roles).toEqual(["Independent Chair", "Director of Children's Services, Derbyshire County Council"]);
  });
});

describe("lastUpdated", () => {
  it("is the newest date, or null", () => {
    expect(lastUpdated([parseIsoDate("2026-01-02"), null, parseIsoDate("2026-03-01"), undefined])).toEqual(parseIsoDate("2026-03-01"));
    expect(lastUpdated([])).toBeNull();
  });
});
