import { describe, expect, it } from "vitest";
import { parseIsoDate } from "@/lib/dates/format";
import { DEFAULT_PLAN_SETTINGS } from "@/lib/plan/compute";
import type { PlanTree } from "@/lib/plan/queries";
import { buildDashboard } from "./compute";

const day = parseIsoDate;
const today = day("2026-11-20");

function action(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    code: id,
    title: `Action ${id}`,
    leadRole: "Head of SEND",
    lead: null,
    assignees: [],
    kpis: [],
    tags: [],
    startDate: day("2026-01-01"),
    reportedStatus: "ON_TRACK",
    reportedAt: day("2026-11-10"),
    currentDueDate: day("2027-03-31"),
    baselineDueDate: day("2027-03-31"),
    milestones: [],
    ...overrides,
  };
}

const tbc = { currentDueDate: null, baselineDueDate: null };

function tree(actions: ReturnType<typeof action>[]): PlanTree {
  return [{ id: "a1", code: "PIA1", title: "Leadership", linkedAreas: [], outcomes: [{ id: "o1", code: "1.1", text: "", actions }] }] as unknown as PlanTree;
}

const build = (actions: ReturnType<typeof action>[]) =>
  buildDashboard({ tree: tree(actions), kpis: [], pendingChanges: [], approvedChanges: 0, settings: DEFAULT_PLAN_SETTINGS, today });

describe("the dashboard's actions with no agreed due date", () => {
  it("counts open actions whose due date is to be confirmed, apart from the late ones", () => {
    const model = build([
      action("1.1a", tbc),
      action("1.1b", tbc),
      action("1.1c", { ...tbc, reportedStatus: "COMPLETE" }),
      action("1.1d", { currentDueDate: day("2026-10-31"), baselineDueDate: day("2026-10-31") }),
      action("1.1e"),
    ]);
    expect(model.totals.noDueDate).toBe(2);
    // Never late: only the dated action past its date is overdue.
    expect(model.totals.overdueActions).toBe(1);
    expect(model.slippage.actions.map((a) => a.code)).toEqual(["1.1d"]);
    expect(model.areas[0]!.computedCounts.OFF_TRACK).toBe(1);
  });

  it("is nought when every action has a date", () => {
    expect(build([action("1.1a")]).totals.noDueDate).toBe(0);
  });
});
