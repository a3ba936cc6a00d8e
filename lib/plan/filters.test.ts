import { describe, expect, it } from "vitest";
import { hasFilters, matchesPlanFilters, parseOpenAreas, parsePlanFilters, type FilterableAction } from "./filters";
import { parseIsoDate } from "@/lib/dates/format";

const today = parseIsoDate("2025-09-30");
const action = (overrides: Partial<FilterableAction> = {}): FilterableAction => ({
  areaCode: "PIA1",
  leadName: "Morgan Hale",
  reportedStatus: "ON_TRACK",
  computedStatus: "AT_RISK",
  currentDueDate: parseIsoDate("2025-10-31"),
  complete: false,
  tags: ["AFI3"],
  conflict: true,
  owed: false,
  ...overrides,
});

describe("open areas in the URL", () => {
  it("reads codes or all (lib/plan/paths.test.ts writes the links)", () => {
    expect([...(parseOpenAreas({ open: "PIA1,PIA3" }) as Set<string>)]).toEqual(["PIA1", "PIA3"]);
    expect(parseOpenAreas({ open: "all" })).toBe("all");
  });

  it("filters to actions owed an update", () => {
    expect(matchesPlanFilters(action({ owed: false }), { owed: true }, today)).toBe(false);
    expect(matchesPlanFilters(action({ owed: true }), { owed: true }, today)).toBe(true);
  });
});

describe("plan filters from the URL", () => {
  it("reads known values and ignores unknown or malformed ones", () => {
    expect(parsePlanFilters({ area: "PIA2", status: "OFF_TRACK", computed: "GREEN", due: "60", conflict: "1", tag: ["SEF", "DBV"] })).toEqual({
      area: "PIA2",
      lead: undefined,
      status: "OFF_TRACK",
      computed: undefined,
      due: 60,
      tag: "SEF",
      conflict: true,
    });
    expect(parsePlanFilters({ due: "-3" }).due).toBeUndefined();
    expect(parsePlanFilters({ due: "overdue" }).due).toBe("overdue");
    expect(hasFilters(parsePlanFilters({}))).toBe(false);
    expect(hasFilters(parsePlanFilters({ lead: "  " }))).toBe(false);
  });

  it("matches on every filter at once", () => {
    expect(matchesPlanFilters(action(), { area: "PIA1", lead: "Morgan Hale", status: "ON_TRACK", computed: "AT_RISK", tag: "AFI3", conflict: true }, today)).toBe(true);
    expect(matchesPlanFilters(action(), { area: "PIA2" }, today)).toBe(false);
    expect(matchesPlanFilters(action(), { lead: "Someone else" }, today)).toBe(false);
    expect(matchesPlanFilters(action(), { status: "OFF_TRACK" }, today)).toBe(false);
    expect(matchesPlanFilters(action(), { computed: "ON_TRACK" }, today)).toBe(false);
    expect(matchesPlanFilters(action(), { tag: "SEF" }, today)).toBe(false);
    expect(matchesPlanFilters(action({ conflict: false }), { conflict: true }, today)).toBe(false);
  });

  it("due within N days includes the window's last day and excludes overdue and complete actions", () => {
    expect(matchesPlanFilters(action({ currentDueDate: parseIsoDate("2025-10-30") }), { due: 30 }, today)).toBe(true);
    expect(matchesPlanFilters(action({ currentDueDate: parseIsoDate("2025-10-31") }), { due: 30 }, today)).toBe(false);
    expect(matchesPlanFilters(action({ currentDueDate: parseIsoDate("2025-09-29") }), { due: 30 }, today)).toBe(false);
    expect(matchesPlanFilters(action({ currentDueDate: parseIsoDate("2025-10-01"), complete: true }), { due: 30 }, today)).toBe(false);
  });

  it("overdue means due before today and not complete", () => {
    expect(matchesPlanFilters(action({ currentDueDate: parseIsoDate("2025-09-29") }), { due: "overdue" }, today)).toBe(true);
    expect(matchesPlanFilters(action({ currentDueDate: today }), { due: "overdue" }, today)).toBe(false);
    expect(matchesPlanFilters(action({ currentDueDate: parseIsoDate("2025-09-29"), complete: true }), { due: "overdue" }, today)).toBe(false);
  });

  it("an action with no agreed due date is never overdue nor due soon, and is what `due=tbc` finds", () => {
    const tbc = action({ currentDueDate: null });
    expect(parsePlanFilters({ due: "tbc" }).due).toBe("tbc");
    expect(matchesPlanFilters(tbc, { due: "overdue" }, today)).toBe(false);
    expect(matchesPlanFilters(tbc, { due: 90 }, today)).toBe(false);
    expect(matchesPlanFilters(tbc, { due: "tbc" }, today)).toBe(true);
    expect(matchesPlanFilters(action(), { due: "tbc" }, today)).toBe(false);
    expect(matchesPlanFilters(action({ currentDueDate: null, complete: true }), { due: "tbc" }, today)).toBe(false);
  });
});
