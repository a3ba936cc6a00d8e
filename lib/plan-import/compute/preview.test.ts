import { describe, expect, it } from "vitest";
import { statusLabels } from "@/lib/plan/status";
import { previewImport, type ExistingPlan, type PreviewContext } from "./preview";
import type { PlanRow } from "./rows";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

function row(overrides: Partial<PlanRow>): PlanRow {
  return {
    rows: [2],
    area: "PIA1 — Leadership",
    outcome: "1.1 — A shared strategy",
    action: "Agree the strategy",
    code: "1.1a",
    measure: "",
    lead: "",
    start: null,
    due: "31 March 2026",
    status: "On track",
    tags: "",
    notes: "",
    said: [],
    ...overrides,
  };
}

const empty: ExistingPlan = { areas: [], outcomes: [], actions: [] };
const members = [{ membershipId: "m1", name: "Morgan Hale" }];
const context = (existing: ExistingPlan = empty, more: Partial<PreviewContext> = {}): PreviewContext => ({ existing, members, labels: statusLabels({}), ...more });

/** The plan after the rows above were imported: one area, outcome and action. */
const imported: ExistingPlan = {
  areas: [{ id: "a1", code: "PIA1", title: "Leadership" }],
  outcomes: [{ id: "o1", code: "1.1", text: "A shared strategy", areaId: "a1" }],
  actions: [
    {
      id: "x1",
      code: "1.1a",
      title: "Agree the strategy",
      outcomeId: "o1",
      startDate: null,
      currentDueDate: day("2026-03-31"),
      reportedStatus: "ON_TRACK",
      leadMembershipId: "m1",
      leadRole: null,
      tags: ["SEF"],
      milestones: [{ text: "Strategy signed off" }],
    },
  ],
};

describe("the import's preview", () => {
  it("makes a new area, outcome and action from a row, with its lead, dates, status, tags and milestones", () => {
    const preview = previewImport(
      [row({ lead: "Morgan Hale (Director of Education)", tags: "SEF", measure: "Strategy signed off By when: 31 March 2026\nBoard reports By when: Quarterly" })],
      context(),
    );
    expect(preview.counts).toEqual({ new: 1, updated: 0, unchanged: 0, errors: 0, warnings: 0, notes: 0 });
    expect(preview.rows[0]).toMatchObject({
      becomes: "new",
      area: { code: "PIA1", title: "Leadership", isNew: true },
      outcome: { code: "1.1", text: "A shared strategy", isNew: true },
      code: "1.1a",
      dueDate: day("2026-03-31"),
      status: "ON_TRACK",
      lead: { kind: "member", membershipId: "m1" },
      tags: ["SEF"],
    });
    expect(preview.rows[0]!.milestones.map((m) => m.when.kind)).toEqual(["once", "recurring"]);
  });

  it("never clears or moves what the plan holds for a blank cell or a column the file lacks", () => {
    const started: ExistingPlan = { ...imported, actions: [{ ...imported.actions[0]!, startDate: day("2025-09-01") }] };
    const preview = previewImport([row({ outcome: "", start: null, lead: "Morgan Hale", tags: "SEF", measure: "Strategy signed off By when: 31 March 2026" })], context(started));
    expect(preview.rows[0]).toMatchObject({ becomes: "unchanged", changes: [] });
  });

  it("changes nothing on a second upload of the same file", () => {
    const preview = previewImport([row({ lead: "Morgan Hale", tags: "SEF", measure: "Strategy signed off By when: 31 March 2026" })], context(imported));
    expect(preview.counts).toMatchObject({ new: 0, updated: 0, unchanged: 1, errors: 0 });
    expect(preview.rows[0]).toMatchObject({ becomes: "unchanged", actionId: "x1", changes: [] });
  });

  it("updates by code, saying what changes, and keeps the due date and status the plan's rules guard", () => {
    const preview = previewImport(
      [row({ action: "Agree and publish the strategy", lead: "Morgan Hale", tags: "SEF", due: "30 June 2026", status: "Off track", measure: "New audit By when: Annually" })],
      context(imported),
    );
    const [only] = preview.rows;
    expect(only).toMatchObject({ becomes: "updated", actionId: "x1", changes: ["title", "1 milestone added"] });
    expect(only!.problems.map((p) => p.message)).toEqual([
      "due date 30 June 2026 differs from the plan's 31 March 2026: a due date moves only through a change request, so it is not changed",
      "status “Off track” differs from the last update's “On track”: a status changes only through an update, so it is not changed",
    ]);
    expect(preview.counts.errors).toBe(0);
  });

  it("matches an action with no code by its area and title, and never duplicates it", () => {
    const preview = previewImport([row({ code: null, area: "Leadership", outcome: "A shared strategy", lead: "Morgan Hale", tags: "SEF" })], context(imported));
    expect(preview.rows[0]).toMatchObject({ becomes: "unchanged", code: "1.1a", actionId: "x1", area: { code: "PIA1", isNew: false } });
  });

  it("gives an item with no code the next free one in the plan's pattern", () => {
    const preview = previewImport(
      [
        row({ code: null, action: "Second step", area: "PIA1 — Leadership" }),
        row({ code: null, action: "Other area's step", area: "Early help", outcome: "Families are helped early", rows: [3] }),
      ],
      context(imported),
    );
    expect(preview.rows.map((r) => [r.code, r.area.code, r.outcome.code])).toEqual([
      ["1.1b", "PIA1", "1.1"],
      ["2.1a", "P1", "2.1"],
    ]);
  });

  it("imports TBC with no due date, and an unknown status as no update yet, each with a warning", () => {
    const preview = previewImport([row({ due: "TBC", status: "Purple" })], context());
    expect(preview.rows[0]).toMatchObject({ dueDate: null, status: null });
    expect(preview.rows[0]!.problems).toEqual([
      { level: "warning", message: "due date “TBC”: imported as to be confirmed" },
      { level: "warning", message: "status “Purple” is not one this partnership uses: imported as no update yet (add it to the status words to map it)" },
    ]);
    expect(previewImport([row({ status: "Purple" })], context(empty, { synonyms: { purple: "COMPLETE" } })).rows[0]!.status).toBe("COMPLETE");
  });

  it("blocks the import on errors: a code twice, no action, a start after the due date", () => {
    const preview = previewImport(
      [row({}), row({ rows: [3], action: "Other" }), row({ rows: [4], code: "1.1c", action: "" }), row({ rows: [5], code: "1.1d", start: "1 May 2026" })],
      context(),
    );
    expect(preview.rows.map((r) => r.problems.filter((p) => p.level === "error").map((p) => p.message))).toEqual([
      [],
      ["action 1.1a is also in row 2: each action once"],
      ["no action: the row has no action text"],
      ["the start (1 May 2026) is after the due date (31 March 2026)"],
    ]);
    expect(preview.counts.errors).toBe(3);
  });

  it("keeps a lead who is not a member as text, and lists them to invite", () => {
    const preview = previewImport([row({ lead: "Head of SEND (Health)" })], context());
    expect(preview.rows[0]!.lead).toEqual({ kind: "role", role: "Head of SEND (Health)" });
    expect(preview.toInvite).toEqual(["Head of SEND (Health)"]);
  });

  it("carries what the reading of the rows said as notes: shown, neither errors nor warnings", () => {
    const preview = previewImport([row({ said: ["row 3 joined to row 2: it holds the end of that row's text (no code, dates or status)"] })], context());
    expect(preview.rows[0]!.problems).toEqual([{ level: "note", message: "row 3 joined to row 2: it holds the end of that row's text (no code, dates or status)" }]);
    expect(preview.counts).toMatchObject({ warnings: 0, notes: 1 });
  });
});
