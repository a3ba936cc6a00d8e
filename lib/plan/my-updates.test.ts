import { describe, expect, it } from "vitest";
import { parseIsoDate } from "@/lib/dates/format";
import { DEFAULT_PLAN_SETTINGS } from "./compute";
import { myUpdates } from "./my-updates";

const day = parseIsoDate;
const today = day("2026-11-20");
type Rows = Parameters<typeof myUpdates>[0];

function row(code: string, area: { code: string; title: string; position: number }, overrides: Record<string, unknown> = {}) {
  return {
    id: `id-${code}`,
    code,
    title: `Action ${code}`,
    version: 3,
    startDate: null,
    baselineDueDate: day("2027-03-31"),
    currentDueDate: day("2027-03-31"),
    reportedStatus: "ON_TRACK",
    reportedCommentary: "Fine",
    reportedAt: day("2026-11-01"),
    priorityArea: area,
    milestones: [],
    changeRequests: [],
    ...overrides,
  };
}

const pia1 = { code: "PIA1", title: "Leadership", position: 0 };
const pia2 = { code: "PIA2", title: "Identification", position: 1 };

describe("My updates", () => {
  it("lists only what is due, by area in plan order, oldest first within a window", () => {
    const rows = [
      row("2.1a", pia2, { reportedAt: null }),
      row("1.1a", pia1),
      row("1.1b", pia1, { reportedAt: day("2026-08-01") }),
      row("1.1c", pia1, { reportedAt: day("2026-09-20") }),
    ] as unknown as Rows;
    const page = myUpdates(rows, today, DEFAULT_PLAN_SETTINGS);
    expect(page.count).toBe(3);
    expect(page.groups.map((g) => [g.area.code, g.count])).toEqual([
      ["PIA1", 2],
      ["PIA2", 1],
    ]);
    const [pia1Group] = page.groups;
    expect(pia1Group!.windows.map((w) => [w.label, w.items.map((i) => i.code)])).toEqual([["Due more than a month ago", ["1.1b", "1.1c"]]]);
    expect(page.groups[1]!.windows[0]!.items[0]!.reasons.map((r) => r.code)).toEqual(["NEVER_UPDATED"]);
    expect(page.openAll).toBe(true);
  });

  it("offers overdue milestones to record, and a change request for an action past its date without one", () => {
    const milestones = [
      {
        id: "m1",
        text: "Audit",
        frequency: null,
        dueDate: day("2026-10-31"),
        _count: { evidence: 0 },
        occurrences: [{ id: "o1", dueDate: day("2026-10-31"), state: "PENDING", version: 2, _count: { evidence: 0 } }],
      },
    ];
    const late = row("1.2a", pia1, { currentDueDate: day("2026-10-31"), baselineDueDate: day("2026-09-30"), milestones });
    const [item] = myUpdates([late] as unknown as Rows, today, DEFAULT_PLAN_SETTINGS).groups[0]!.windows[0]!.items;
    expect(item).toMatchObject({
      due: "31 October 2026",
      baseline: "30 September 2026",
      needsChangeRequest: true,
      overdue: [{ id: "o1", version: 2, text: "Audit", due: "31 October 2026" }],
    });
    const asked = row("1.2a", pia1, { currentDueDate: day("2026-10-31"), changeRequests: [{ state: "PENDING", decidedAt: null }] });
    expect(myUpdates([asked] as unknown as Rows, today, DEFAULT_PLAN_SETTINGS).count).toBe(0);
  });

  it("names a change request the board returned after the last update", () => {
    const returned = row("1.3a", pia1, { changeRequests: [{ state: "REJECTED", decidedAt: day("2026-11-10") }] });
    const [item] = myUpdates([returned] as unknown as Rows, today, DEFAULT_PLAN_SETTINGS).groups[0]!.windows[0]!.items;
    expect(item!.reasons.map((r) => r.code)).toEqual(["CHANGE_REQUEST_REJECTED"]);
    const answered = row("1.3a", pia1, { reportedAt: day("2026-11-15"), changeRequests: [{ state: "REJECTED", decidedAt: day("2026-11-10") }] });
    expect(myUpdates([answered] as unknown as Rows, today, DEFAULT_PLAN_SETTINGS).count).toBe(0);
  });

  it("folds long lists across several areas", () => {
    const rows = Array.from({ length: 9 }, (_, i) => row(`x${i}`, i % 2 ? pia1 : pia2, { reportedAt: null })) as unknown as Rows;
    expect(myUpdates(rows, today, DEFAULT_PLAN_SETTINGS).openAll).toBe(false);
  });
});
