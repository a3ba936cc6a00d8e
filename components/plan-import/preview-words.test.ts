import { describe, expect, it } from "vitest";
import { becomesWords, countsWords, leadWords, resultWords, rowsWords } from "./preview-words";

describe("the import preview in words", () => {
  it("says what a row becomes, and what an update changes", () => {
    expect(becomesWords({ becomes: "new", changes: [] })).toBe("New");
    expect(becomesWords({ becomes: "updated", changes: ["title", "2 milestones added"] })).toBe("Updated: title, 2 milestones added");
    expect(becomesWords({ becomes: "unchanged", changes: [] })).toBe("Unchanged");
  });

  it("names a member lead, a lead to invite, or none", () => {
    expect(leadWords({ kind: "member", membershipId: "m1", name: "Morgan Hale" })).toBe("Morgan Hale");
    expect(leadWords({ kind: "role", role: "Head of SEND" })).toBe("Head of SEND (to invite)");
    expect(leadWords({ kind: "none" })).toBe("None");
  });

  it("gives the spreadsheet rows a preview row came from", () => {
    expect(rowsWords([4])).toBe("Row 4");
    expect(rowsWords([5, 6])).toBe("Rows 5, 6");
  });

  it("counts the preview, singular and plural", () => {
    expect(countsWords({ new: 64, updated: 0, unchanged: 0, errors: 2, warnings: 11, notes: 13 })).toBe("64 new, 0 updated, 0 unchanged; 2 errors, 11 warnings, 13 notes");
    expect(countsWords({ new: 1, updated: 1, unchanged: 1, errors: 1, warnings: 1, notes: 1 })).toBe("1 new, 1 updated, 1 unchanged; 1 error, 1 warning, 1 note");
  });

  it("says what an import made, leaving out the parts that are nought", () => {
    const result = { fileName: "plan.xlsx", areas: 3, outcomes: 9, actions: { new: 64, updated: 0, unchanged: 0 }, milestones: 120, toInvite: [] };
    expect(resultWords(result)).toBe("3 priority areas, 9 outcomes, 64 actions (64 new), 120 milestones");
    expect(resultWords({ ...result, areas: 0, outcomes: 0, milestones: 1, actions: { new: 0, updated: 2, unchanged: 10 } })).toBe(
      "0 priority areas, 0 outcomes, 12 actions (2 updated, 10 unchanged), 1 milestone",
    );
  });
});
