import { describe, expect, it } from "vitest";
import { createKpiSchema, parseBenchmarks, parseDay, parseTrajectory } from "./definition";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("parseDay", () => {
  it.each([
    ["31 Mar 2026", "2026-03-31"],
    ["31st March 2026", "2026-03-31"],
    ["31/03/2026", "2026-03-31"],
    ["2026-03-31", "2026-03-31"],
  ])("%s → %s", (text, iso) => expect(parseDay(text)).toEqual(d(iso)));
  it.each(["31 Feb 2026", "soon", "", "2026-13-01"])("refuses %j", (text) => expect(parseDay(text)).toBeNull());
});

describe("parseTrajectory", () => {
  it("reads pasted rows (tabs or commas), skips a header and sorts by date", () => {
    expect(parseTrajectory("Date\tValue\n31 Mar 2027\t90\n30 Sep 2026\t80")).toEqual({
      points: [
        { date: d("2026-09-30"), value: 80 },
        { date: d("2027-03-31"), value: 90 },
      ],
      errors: [],
    });
    expect(parseTrajectory("31/03/2026, 85%").points).toEqual([{ date: d("2026-03-31"), value: 85 }]);
  });
  it("says what is wrong on which line", () => {
    const { errors } = parseTrajectory("31 Mar 2026, 85\nnext year, 90\n30 Sep 2026, lots\n31 Mar 2026, 86");
    expect(errors).toEqual([
      "Line 2: “next year” is not a date between 2000 and 2100; write it like 31 Mar 2026.",
      "Line 3: “lots” is not a number. Write it like 45.2 or 1,234.",
      "Line 4: that date is already given on an earlier line.",
    ]);
  });
  it("an empty box is no trajectory", () => expect(parseTrajectory("  \n")).toEqual({ points: [], errors: [] }));
});

describe("parseBenchmarks", () => {
  it("reads national, regional and statistical neighbours, blanks allowed", () => {
    expect(parseBenchmarks("Month,National,Regional,SN\nJun 2025,50.3,,47").points).toEqual([
      { kind: "NATIONAL", period: d("2025-06-01"), value: 50.3 },
      { kind: "STATISTICAL_NEIGHBOURS", period: d("2025-06-01"), value: 47 },
    ]);
  });
  it("refuses unknown months, repeats, rows without values and text", () => {
    expect(parseBenchmarks("Smarch 2025,1\nJun 2025,1\nJun 2025,2\nJul 2025,,,\nAug 2025,high").errors).toEqual([
      "Line 1: “Smarch 2025” is not a month between 2000 and 2100; write it like Jun 2025.",
      "Line 3: that month is already given on an earlier line.",
      "Line 4: give at least one benchmark value.",
      "Line 5: “high” is not a number. Write it like 45.2 or 1,234.",
    ]);
  });
});

describe("createKpiSchema", () => {
  const valid = { code: "K30", name: "Wait", definition: "Weeks from referral.", unit: "WEEKS", direction: "LOWER_IS_BETTER", frequency: "MONTHLY", areaIds: "a1,a2,a1" };
  it("accepts a minimal definition", () => {
    const parsed = createKpiSchema.parse(valid);
    expect(parsed).toMatchObject({ tolerance: 0, areaIds: ["a1", "a2"], actionCodes: [], trajectory: [], benchmarks: [] });
  });
  it("wants a value and its date together, and the target after the baseline", () => {
    const result = createKpiSchema.safeParse({ ...valid, baselineValue: "46", targetValue: "18", targetDate: "2025-01-01", baselineDate: "2025-06-01" });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["targetDate", "The target date must be after the baseline date."]]);
    const half = createKpiSchema.safeParse({ ...valid, baselineValue: "46" });
    expect(half.error!.issues.map((i) => i.path.join("."))).toEqual(["baselineDate"]);
  });
  it("needs an area, a non-negative tolerance and a readable trajectory", () => {
    const result = createKpiSchema.safeParse({ ...valid, areaIds: "", tolerance: "-1", trajectory: "tomorrow, 3" });
    expect(result.error!.issues.map((i) => i.path.join(".")).sort()).toEqual(["areaIds", "tolerance", "trajectory"]);
  });
});
