import { describe, expect, it } from "vitest";
import { parseIsoDate } from "@/lib/dates/format";
import type { ActionAssessment } from "./assess";
import { planPageModel } from "./plan-page";
import type { PlanTree } from "./queries";

const day = parseIsoDate;
const today = day("2026-11-20");

function action(id: string, code: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    code,
    title: `Action ${code}`,
    leadRole: "Head of SEND",
    lead: null,
    tags: [],
    reportedStatus: "ON_TRACK",
    reportedAt: null,
    currentDueDate: day("2027-03-31"),
    baselineDueDate: day("2027-03-31"),
    milestones: [],
    ...overrides,
  };
}

const tree = [
  {
    id: "a1",
    code: "PIA1",
    kind: "PRIORITY_ACTION",
    title: "Leadership",
    finding: "",
    leadRoles: [],
    leads: [],
    linkedAreas: [],
    outcomes: [{ id: "o1", code: "1.1", text: "", actions: [action("x1", "1.1a"), action("x2", "1.1b", { tags: ["SEF"] })] }],
  },
  {
    id: "a2",
    code: "PIA2",
    kind: "IMPROVEMENT",
    title: "Identification",
    finding: "",
    leadRoles: [],
    leads: [],
    linkedAreas: [],
    outcomes: [{ id: "o2", code: "2.1", text: "", actions: [action("x3", "2.1a")] }],
  },
] as unknown as PlanTree;

const assessed = (status: string, conflict = false) =>
  ({
    computed: { status, reasons: [] },
    conflict: conflict ? { reasons: [{ text: "Late" }] } : null,
    slip: { daysLate: 0 },
    owed: null,
    owedBy: [],
  }) as unknown as ActionAssessment;
const assessments = new Map([
  ["x1", assessed("OFF_TRACK", true)],
  ["x2", assessed("ON_TRACK")],
  ["x3", assessed("ON_TRACK")],
]);
const plan = { tree, assessments };

describe("the plan page", () => {
  it("opens collapsed, counting everything, with a link that opens every area", () => {
    const page = planPageModel(plan, {}, today, "x");
    expect(page.totals).toEqual({ areas: 2, actions: 3, milestones: 0, conflicts: 1 });
    expect(page.counts.find((c) => c.status === "OFF_TRACK")).toEqual({ status: "OFF_TRACK", actions: 1 });
    expect(page.filtered).toBeNull();
    expect(page.openOrClose).toEqual({ label: "Open all areas", href: "/p/x/plan?open=all" });
    expect(page.tree.map((a) => [a.code, a.expanded, a.toggleHref])).toEqual([
      ["PIA1", false, "/p/x/plan?open=PIA1#area-PIA1"],
      ["PIA2", false, "/p/x/plan?open=PIA2#area-PIA2"],
    ]);
    expect(page.options.tags).toEqual([{ value: "SEF", label: "SEF" }]);
  });

  it("keeps open areas in its links, and closes them all from the all-open view", () => {
    expect(planPageModel(plan, { open: "PIA1" }, today, "x").tree.map((a) => a.toggleHref)).toEqual(["/p/x/plan#area-PIA1", "/p/x/plan?open=PIA1,PIA2#area-PIA2"]);
    const all = planPageModel(plan, { open: "all" }, today, "x");
    expect(all.openOrClose).toEqual({ label: "Close all areas", href: "/p/x/plan" });
    expect(all.tree[0]!.toggleHref).toBe("/p/x/plan?open=PIA2#area-PIA1");
  });

  it("filters: only matching actions, every matching area open, and how many are shown", () => {
    const page = planPageModel(plan, { conflict: "1" }, today, "x");
    expect(page.filtered).toEqual({ shown: 1 });
    expect(page.openOrClose).toBeNull();
    expect(page.tree.map((a) => [a.code, a.expanded, a.outcomes.flatMap((o) => o.actions.map((x) => x.code))])).toEqual([["PIA1", true, ["1.1a"]]]);
    expect(planPageModel(plan, { tag: "NONE" }, today, "x").tree).toEqual([]);
  });
});
