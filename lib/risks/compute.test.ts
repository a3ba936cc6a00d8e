import { describe, expect, it } from "vitest";
import { parseIsoDate } from "@/lib/dates/format";
import {
  bandOf,
  compareForBoard,
  describeRating,
  heatCounts,
  heatMap,
  mitigationView,
  nextReviewAfter,
  reviewStatus,
  riskScore,
  riskTrend,
  scored,
  suggestedFrequency,
  type Rankable,
} from "./compute";

const day = parseIsoDate;
const today = day("2026-11-20");

describe("scores and bands", () => {
  it("scores likelihood × impact and refuses anything off the 5×5 matrix", () => {
    expect(riskScore(4, 5)).toBe(20);
    expect(riskScore(1, 1)).toBe(1);
    expect(() => riskScore(0, 3)).toThrow(RangeError);
    expect(() => riskScore(3, 6)).toThrow(RangeError);
    expect(() => riskScore(2.5, 2)).toThrow(RangeError);
  });

  it("bands every possible score: 1–3 low, 4–6 moderate, 8–12 high, 15–25 extreme", () => {
    const possible = [...new Set([1, 2, 3, 4, 5].flatMap((l) => [1, 2, 3, 4, 5].map((i) => l * i)))].sort((a, b) => a - b);
    expect(possible).toEqual([1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25]);
    const bands = Object.fromEntries(possible.map((s) => [s, bandOf(s).band]));
    expect(bands).toEqual({
      1: "LOW",
      2: "LOW",
      3: "LOW",
      4: "MODERATE",
      5: "MODERATE",
      6: "MODERATE",
      8: "HIGH",
      9: "HIGH",
      10: "HIGH",
      12: "HIGH",
      15: "EXTREME",
      16: "EXTREME",
      20: "EXTREME",
      25: "EXTREME",
    });
  });

  it("gives each band a label and a letter, so it never relies on colour", () => {
    expect(scored({ likelihood: 4, impact: 4 })).toMatchObject({ score: 16, band: { label: "Extreme", letter: "E" } });
    expect(scored({ likelihood: 2, impact: 3 }).band).toMatchObject({ label: "Moderate", letter: "M" });
    expect(describeRating({ likelihood: 4, impact: 3 })).toBe("Likely (4) × Moderate (3) = 12, High");
  });
});

describe("heat map placement", () => {
  it("puts likelihood 5 on the top row and impact 5 in the right-hand column, counting the risks in each cell", () => {
    const grid = heatMap([
      { likelihood: 5, impact: 1 },
      { likelihood: 4, impact: 5 },
      { likelihood: 4, impact: 5 },
      { likelihood: 1, impact: 1 },
    ]);
    expect(grid).toHaveLength(5);
    expect(grid.every((row) => row.length === 5)).toBe(true);
    expect(grid[0]!.map((c) => c.likelihood)).toEqual([5, 5, 5, 5, 5]);
    expect(grid[4]!.map((c) => c.likelihood)).toEqual([1, 1, 1, 1, 1]);
    expect(grid[0]!.map((c) => c.impact)).toEqual([1, 2, 3, 4, 5]);
    expect(grid[0]![0]).toMatchObject({ likelihood: 5, impact: 1, score: 5, count: 1, band: { band: "MODERATE" } });
    expect(grid[1]![4]).toMatchObject({ likelihood: 4, impact: 5, score: 20, count: 2, band: { band: "EXTREME" } });
    expect(grid[4]![0]).toMatchObject({ likelihood: 1, impact: 1, score: 1, count: 1, band: { band: "LOW" } });
    expect(grid.flat().reduce((n, c) => n + c.count, 0)).toBe(4);
    expect(heatCounts(grid)).toEqual([
      [1, 0, 0, 0, 0],
      [0, 0, 0, 0, 2],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
      [1, 0, 0, 0, 0],
    ]);
  });

  it("refuses a rating outside the matrix rather than dropping it", () => {
    expect(() => heatMap([{ likelihood: 6, impact: 1 }])).toThrow(RangeError);
  });
});

describe("trend from the history", () => {
  const at = (iso: string, l: number, i: number) => ({ at: day(iso), currentLikelihood: l, currentImpact: i });

  it("is rising when the score is higher than it was about three months ago", () => {
    const history = [at("2026-06-15", 3, 3), at("2026-08-15", 3, 3), at("2026-10-15", 4, 4)];
    expect(riskTrend(history, today)).toEqual({ trend: "RISING", score: 16, from: { score: 9, at: day("2026-08-15") } });
  });

  it("is falling when it is lower, steady when the same", () => {
    expect(riskTrend([at("2026-07-01", 4, 5), at("2026-10-01", 3, 5)], today).trend).toBe("FALLING");
    expect(riskTrend([at("2026-07-01", 4, 4), at("2026-09-01", 5, 5), at("2026-11-01", 4, 4)], today).trend).toBe("STEADY");
  });

  it("compares a young risk with its first score, and a risk with one entry is steady", () => {
    expect(riskTrend([at("2026-10-01", 2, 3), at("2026-11-10", 3, 3)], today)).toMatchObject({ trend: "RISING", from: { score: 6 } });
    expect(riskTrend([at("2026-11-01", 5, 5)], today)).toEqual({ trend: "STEADY", score: 25, from: null });
    expect(riskTrend([], today)).toEqual({ trend: "STEADY", score: 0, from: null });
  });

  it("ignores entries dated after today, whatever order they come in", () => {
    const history = [at("2026-12-01", 5, 5), at("2026-10-01", 2, 2), at("2026-06-01", 3, 3)];
    expect(riskTrend(history, today)).toMatchObject({ trend: "FALLING", score: 4, from: { score: 9 } });
  });

  it("counts an entry exactly at the window's edge as the baseline", () => {
    const history = [at("2026-08-21", 2, 2), at("2026-09-01", 3, 3), at("2026-11-01", 2, 2)];
    expect(riskTrend(history, today, 91)).toMatchObject({ trend: "STEADY", from: { at: day("2026-08-21") } });
  });
});

describe("review due", () => {
  it("is due on its date and overdue after it; closed risks are never due", () => {
    expect(reviewStatus({ state: "OPEN", nextReviewDate: day("2026-11-12") }, today)).toEqual({ state: "OVERDUE", due: true, days: -8, text: "Review overdue by 8 days" });
    expect(reviewStatus({ state: "OPEN", nextReviewDate: day("2026-11-19") }, today).text).toBe("Review overdue by 1 day");
    expect(reviewStatus({ state: "OPEN", nextReviewDate: today }, today)).toMatchObject({ state: "DUE_TODAY", due: true, text: "Review due today" });
    expect(reviewStatus({ state: "OPEN", nextReviewDate: day("2026-12-01") }, today)).toMatchObject({ state: "SCHEDULED", due: false, days: 11 });
    expect(reviewStatus({ state: "CLOSED", nextReviewDate: day("2026-01-01") }, today)).toMatchObject({ state: "CLOSED", due: false });
  });

  it("books the next review at the risk's cadence, month ends included", () => {
    expect(nextReviewAfter(day("2026-11-20"), "MONTHLY")).toEqual(day("2026-12-20"));
    expect(nextReviewAfter(day("2026-01-31"), "MONTHLY")).toEqual(day("2026-02-28"));
    expect(nextReviewAfter(day("2026-11-20"), "QUARTERLY")).toEqual(day("2027-02-20"));
    expect(nextReviewAfter(day("2026-11-20"), "SIX_MONTHLY")).toEqual(day("2027-05-20"));
    expect(nextReviewAfter(day("2026-11-20"), "ANNUALLY")).toEqual(day("2027-11-20"));
  });

  it("suggests reviewing the most serious risks most often", () => {
    expect([20, 9, 6, 2].map(suggestedFrequency)).toEqual(["MONTHLY", "MONTHLY", "QUARTERLY", "SIX_MONTHLY"]);
  });
});

describe("mitigations", () => {
  it("are overdue the day after their due date until complete", () => {
    expect(mitigationView({ state: "PLANNED", dueDate: today }, today)).toBe("OPEN");
    expect(mitigationView({ state: "IN_PROGRESS", dueDate: day("2026-11-19") }, today)).toBe("OVERDUE");
    expect(mitigationView({ state: "COMPLETE", dueDate: day("2026-01-01") }, today)).toBe("COMPLETE");
  });
});

describe("what the board sees first", () => {
  it("puts escalated risks first, then the highest current score, rising before steady before falling", () => {
    const risks: Rankable[] = [
      { code: "R10", escalatedToBoard: false, currentScore: 20, trend: "STEADY" },
      { code: "R02", escalatedToBoard: true, currentScore: 9, trend: "FALLING" },
      { code: "R03", escalatedToBoard: false, currentScore: 20, trend: "RISING" },
      { code: "R04", escalatedToBoard: false, currentScore: 4, trend: "RISING" },
      { code: "R09", escalatedToBoard: false, currentScore: 20, trend: "STEADY" },
    ];
    expect([...risks].sort(compareForBoard).map((r) => r.code)).toEqual(["R02", "R03", "R09", "R10", "R04"]);
  });
});
