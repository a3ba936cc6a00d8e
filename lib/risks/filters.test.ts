import { describe, expect, it } from "vitest";
import { describeRiskFilters, hasRiskFilters, matchesRiskFilters, parseRiskFilters, riskFilterQuery, type FilterableRisk } from "./filters";

const risk = (overrides: Partial<FilterableRisk> = {}): FilterableRisk => ({
  areaCodes: ["PIA3"],
  ownerName: "Morgan Hale",
  state: "OPEN",
  escalatedToBoard: false,
  reviewDue: false,
  ratings: {
    current: { likelihood: 4, impact: 4, band: "EXTREME" },
    inherent: { likelihood: 5, impact: 5, band: "EXTREME" },
    target: { likelihood: 2, impact: 3, band: "MODERATE" },
  },
  ...overrides,
});

describe("risk register filters", () => {
  it("reads the URL, ignoring what it does not understand, open risks and current scores by default", () => {
    expect(parseRiskFilters({})).toEqual({ state: "open", basis: "current" });
    expect(parseRiskFilters({ area: "PIA3", band: "high", review: "due", escalated: "1", state: "all", l: "4", i: "5", basis: "target", owner: ["Morgan Hale", "x"] })).toEqual({
      area: "PIA3",
      owner: "Morgan Hale",
      band: "HIGH",
      review: "due",
      escalated: true,
      state: "all",
      likelihood: 4,
      impact: 5,
      basis: "target",
    });
    expect(parseRiskFilters(new URLSearchParams("l=6&i=0&band=purple&basis=x&state=x&escalated=yes"))).toEqual({ state: "open", basis: "current" });
  });

  it("writes them back as a stable query string, leaving defaults out", () => {
    const filters = parseRiskFilters({ area: "PIA3", l: "4", i: "5", basis: "inherent" });
    expect(riskFilterQuery(filters)).toBe("area=PIA3&l=4&i=5&basis=inherent");
    expect(riskFilterQuery(filters, { likelihood: undefined, impact: undefined, basis: "current" })).toBe("area=PIA3");
    expect(riskFilterQuery(parseRiskFilters(riskFilterQuery(filters).split("&").reduce((o, kv) => ({ ...o, [kv.split("=")[0]!]: kv.split("=")[1] }), {})))).toBe(riskFilterQuery(filters));
    expect(hasRiskFilters(parseRiskFilters({ basis: "target" }))).toBe(false);
    expect(hasRiskFilters(parseRiskFilters({ escalated: "0" }))).toBe(true);
  });

  it("matches on area, owner, band, review due, escalation and state", () => {
    const f = (q: Record<string, string>) => parseRiskFilters(q);
    expect(matchesRiskFilters(risk(), f({}))).toBe(true);
    expect(matchesRiskFilters(risk({ state: "CLOSED" }), f({}))).toBe(false);
    expect(matchesRiskFilters(risk({ state: "CLOSED" }), f({ state: "closed" }))).toBe(true);
    expect(matchesRiskFilters(risk(), f({ state: "closed" }))).toBe(false);
    expect(matchesRiskFilters(risk(), f({ area: "PIA6" }))).toBe(false);
    expect(matchesRiskFilters(risk(), f({ owner: "Someone else" }))).toBe(false);
    expect(matchesRiskFilters(risk(), f({ band: "EXTREME" }))).toBe(true);
    expect(matchesRiskFilters(risk(), f({ band: "MODERATE" }))).toBe(false);
    expect(matchesRiskFilters(risk(), f({ band: "MODERATE", basis: "target" }))).toBe(true);
    expect(matchesRiskFilters(risk(), f({ review: "due" }))).toBe(false);
    expect(matchesRiskFilters(risk({ reviewDue: true }), f({ review: "due" }))).toBe(true);
    expect(matchesRiskFilters(risk(), f({ escalated: "1" }))).toBe(false);
    expect(matchesRiskFilters(risk(), f({ escalated: "0" }))).toBe(true);
  });

  it("matches a heat map cell on the chosen basis, and can leave the cell out (what the heat map counts)", () => {
    const cell = parseRiskFilters({ l: "4", i: "4" });
    expect(matchesRiskFilters(risk(), cell)).toBe(true);
    expect(matchesRiskFilters(risk(), parseRiskFilters({ l: "4", i: "4", basis: "inherent" }))).toBe(false);
    expect(matchesRiskFilters(risk(), parseRiskFilters({ l: "5", i: "5", basis: "inherent" }))).toBe(true);
    expect(matchesRiskFilters(risk(), parseRiskFilters({ l: "1", i: "1" }), { ignoreCell: true })).toBe(true);
  });

  it("says in words what is shown, for the page and the export", () => {
    expect(describeRiskFilters(parseRiskFilters({}), (b) => b)).toEqual(["Open risks"]);
    expect(describeRiskFilters(parseRiskFilters({ area: "PIA3", band: "HIGH", review: "due", escalated: "1", l: "4", i: "3", state: "all" }), (b) => `${b.toLowerCase()} band`)).toEqual([
      "Open and closed risks",
      "Area: PIA3",
      "high band (current score)",
      "Review due",
      "Escalated to the board",
      "Heat map cell: likelihood 4 × impact 3 (current score)",
    ]);
    expect(describeRiskFilters(parseRiskFilters({ l: "2", basis: "target" }), (b) => b)).toEqual(["Open risks", "Likelihood 2 (target)"]);
  });
});
