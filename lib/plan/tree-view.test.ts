import { describe, expect, it } from "vitest";
import { parseIsoDate } from "@/lib/dates/format";
import type { ActionAssessment } from "./assess";
import type { PlanTree } from "./queries";
import { planTreeView } from "./tree-view";

const day = parseIsoDate;

function tree(action: Record<string, unknown>): PlanTree {
  return [
    {
      id: "a1",
      code: "PIA1",
      kind: "PRIORITY_ACTION",
      title: "Strategic direction",
      finding: "Leaders do not share a strategy.",
      leadRoles: ["Director of Education"],
      leads: [],
      parentId: null,
      linkedAreas: [],
      outcomes: [
        {
          id: "o1",
          code: "1.1",
          text: "A shared strategy",
          actions: [{ id: "x1", code: "1.1a", title: "Agree governance", leadRole: "Programme office", lead: null, tags: [], reportedAt: null, milestones: [], ...action }],
        },
      ],
    },
  ] as unknown as PlanTree;
}

function assessment(overrides: Partial<ActionAssessment> = {}): Map<string, ActionAssessment> {
  return new Map([["x1", { computed: { status: "ON_TRACK", reasons: [] }, conflict: null, slip: { daysLate: 0 }, owed: null, owedBy: [], ...overrides } as ActionAssessment]]);
}

describe("the plan page's areas", () => {
  it("a collapsed area carries its summary and owed updates but no actions; its lead is the member, not the role twice", () => {
    const whole = tree({ currentDueDate: day("2026-03-31"), baselineDueDate: day("2026-03-31") });
    (whole[0] as unknown as { leads: unknown[] }).leads = [{ membership: { jobTitle: "Director of Education", user: { name: "Morgan Hale" } } }];
    const owed = { since: day("2026-10-01"), days: 50, neverUpdated: false };
    const [area] = planTreeView(whole, assessment({ owed, owedBy: ["Morgan Hale"] }), { expanded: () => false, toggleHref: (code) => `/plan?open=${code}` });
    expect(area!.outcomes).toEqual([]);
    expect(area!.expanded).toBe(false);
    expect(area!.toggleHref).toBe("/plan?open=PIA1");
    expect(area!.leads).toEqual(["Morgan Hale (Director of Education)"]);
    expect(area!.summary).toMatchObject({ actions: 1, computed: "ON_TRACK", owed: "1 update owed since 1 October 2026, from Morgan Hale" });
  });
});

describe("the plan page's rows", () => {
  it("formats dates, keeps the baseline only when the due date moved, and names the lead", () => {
    const [area] = planTreeView(tree({ currentDueDate: day("2026-03-31"), baselineDueDate: day("2025-12-31"), reportedStatus: "AMBER" }), assessment());
    const action = area!.outcomes[0]!.actions[0]!;
    expect(area!.kind).toBe("Area for priority action");
    expect(action).toMatchObject({ due: "31 March 2026", baseline: "31 December 2025", lead: "Programme office", conflict: null, daysLate: 0 });
    const [same] = planTreeView(tree({ currentDueDate: day("2026-03-31"), baselineDueDate: day("2026-03-31") }), assessment());
    expect(same!.outcomes[0]!.actions[0]!.baseline).toBeNull();
  });

  it("states a conflict's first reason and how many more there are", () => {
    const conflict = {
      reported: "ON_TRACK",
      computed: "OFF_TRACK",
      reasons: [{ text: "Due 31 July 2025 and not complete" }, { text: "No update for 90 days" }, { text: "A milestone was missed" }],
    };
    const [area] = planTreeView(tree({ currentDueDate: day("2025-07-31"), baselineDueDate: day("2025-07-31") }), assessment({ conflict } as unknown as Partial<ActionAssessment>));
    expect(area!.outcomes[0]!.actions[0]!.conflict).toBe("Due 31 July 2025 and not complete (and 2 more)");
  });

  it("summarises milestones: a recurring one's record, a one-off's outcome, nothing while pending", () => {
    const milestones = [
      {
        id: "m1",
        text: "Quarterly report",
        byWhenText: "Quarterly",
        dueDate: null,
        frequency: "QUARTERLY",
        recurrenceStart: day("2025-06-30"),
        recurrenceEnd: day("2026-03-31"),
        occurrences: [{ state: "MET" }, { state: "MISSED" }, { state: "MET" }, { state: "PENDING" }],
      },
      {
        id: "m2",
        text: "Strategy signed off",
        byWhenText: "March 2025",
        dueDate: day("2025-03-31"),
        frequency: null,
        recurrenceStart: null,
        recurrenceEnd: null,
        occurrences: [{ state: "MISSED" }],
      },
      {
        id: "m3",
        text: "Launch event",
        byWhenText: null,
        dueDate: day("2026-12-01"),
        frequency: null,
        recurrenceStart: null,
        recurrenceEnd: null,
        occurrences: [{ state: "PENDING" }],
      },
    ];
    const [area] = planTreeView(tree({ currentDueDate: day("2026-03-31"), baselineDueDate: day("2026-03-31"), milestones }), assessment());
    expect(area!.outcomes[0]!.actions[0]!.milestones).toEqual([
      { id: "m1", text: "Quarterly report", when: "Quarterly, 30 June 2025 to 31 March 2026", planText: "Quarterly", progress: "2 of 4 met, 1 missed" },
      { id: "m2", text: "Strategy signed off", when: "31 March 2025", planText: null, progress: "Missed" },
      { id: "m3", text: "Launch event", when: "1 December 2026", planText: null, progress: null },
    ]);
  });
});
