import { describe, expect, it } from "vitest";
import { DEFAULT_STATUS_LABELS } from "@/lib/plan/status";
import { fieldChanges, referencedIds, rowNotes, valueText } from "./changes";

const names = {
  labels: { ...DEFAULT_STATUS_LABELS, AT_RISK: "Amber", ON_TRACK: "Green" },
  members: new Map([["m1", "Morgan Hale (Head of SEND)"]]),
  areas: new Map([["a1", "PIA1"]]),
};

describe("what a row changed, in words", () => {
  it("an edit: each field recorded on both sides that differs, before → after, in the partnership's labels", () => {
    const before = { status: "AT_RISK", commentary: "Behind.", version: 3 };
    const after = { code: "1.2a", status: "ON_TRACK", commentary: "Caught up.", version: 4, evidence: null };
    expect(fieldChanges(before, after, names)).toEqual([
      { field: "Status", before: "Amber", after: "Green" },
      { field: "Commentary", before: "Behind.", after: "Caught up." },
    ]);
  });

  it("names members and areas, and hides other ids and version numbers", () => {
    const before = { leadMembershipId: null, areaIds: ["a1"], riskId: "r1", version: 1, title: "Same" };
    const after = { leadMembershipId: "m1", areaIds: ["a1", "a2"], riskId: "r2", version: 2, title: "Same" };
    expect(fieldChanges(before, after, names)).toEqual([
      { field: "Lead member", before: "none", after: "Morgan Hale (Head of SEND)" },
      { field: "Priority areas", before: "PIA1", after: "PIA1, a removed area" },
    ]);
  });

  it("a creation lists what it was made with; a deletion what it held", () => {
    expect(fieldChanges(undefined, { title: "Waiting lists", dueDate: "2026-03-31", escalatedToBoard: true, tags: [], version: 1 }, names)).toEqual([
      { field: "Title", after: "Waiting lists" },
      { field: "Due date", after: "31 March 2026" },
      { field: "Escalated to the board", after: "yes" },
    ]);
    expect(fieldChanges({ name: "Dr Patel", kind: "GUEST" }, null, names)).toEqual([
      { field: "Name", before: "Dr Patel" },
      { field: "Kind", before: "Guest" },
    ]);
  });

  it("never shows stored JSON: nested values read as words", () => {
    expect(valueText("alsoArchived", { milestones: 3 }, names)).toBe("milestones 3");
    expect(valueText("trajectory", [{ period: "2026-01", value: 3 }], names)).toBe("1 entry");
    expect(valueText("frequency", "MONTHLY", names)).toBe("Monthly");
    expect(valueText("unit", "PERCENT_OF_CHILDREN", names)).toBe("Percent of children");
    expect(valueText("title", "SEND", names)).toBe("SEND");
    expect(valueText("at", "2026-11-20T10:15:00.000Z", names)).toBe("20 November 2026");
    expect(valueText("text", "x".repeat(300), names)).toHaveLength(140);
  });

  it("gives the reason a row carries, unless the sentence already quotes it", () => {
    expect(rowNotes({ dueDate: "2026-01-01" }, { dueDate: "2026-02-01", reason: "Typed the wrong month." }, "Ada moved the date.")).toEqual([
      { label: "Reason", text: "Typed the wrong month." },
    ]);
    expect(rowNotes(undefined, { reason: "Typed the wrong month." }, "Ada corrected it: “Typed the wrong month.”")).toEqual([]);
    const long = `Typed as the wrong month when the plan was imported; ${"the plan agreed with the DfE says so. ".repeat(3)}`.trim();
    expect(rowNotes(undefined, { reason: long }, `Ada corrected it: “${long.slice(0, 79)}…”`)).toEqual([{ label: "Reason", text: long }]);
    expect(rowNotes({ note: "Same" }, { note: "Same" }, "Ada reviewed it.")).toEqual([]);
  });

  it("collects the ids a page refers to, for one look-up", () => {
    expect(referencedIds([{ before: { ownerMembershipId: "m1" }, after: { areaIds: ["a1", "a2"], priorityAreaId: "a3", kpiId: "k" } }])).toEqual({
      membershipIds: ["m1"],
      areaIds: ["a1", "a2", "a3"],
    });
  });
});
