import { describe, expect, it } from "vitest";
import type { ImportField } from "./mapping";
import { settleRows, splitCode, type SheetRow } from "./rows";

const derbyshire: ImportField[] = ["area", "outcome", "action", "measure", "lead", "due"];
const sheet = (...rows: (string | Date | null)[][]): SheetRow[] => rows.map((cells, i) => ({ number: i + 2, cells }));

describe("an action's code", () => {
  it("is the code column's, or the code the action's text starts with", () => {
    expect(splitCode("1.1a Develop a joint strategy", "")).toEqual({ code: "1.1a", title: "Develop a joint strategy" });
    expect(splitCode("AFI2.1: Review the local offer", "")).toEqual({ code: "AFI2.1", title: "Review the local offer" });
    expect(splitCode("Develop a joint strategy", "")).toEqual({ code: null, title: "Develop a joint strategy" });
    expect(splitCode("2025 budget agreed", "")).toEqual({ code: null, title: "2025 budget agreed" });
    expect(splitCode("Develop", "7.1")).toEqual({ code: "7.1", title: "Develop" });
  });
});

describe("a sheet's rows as the plan they write", () => {
  it("reads a blank area, outcome or lead under a merged cell as the row above's, and says so", () => {
    const { planRows } = settleRows(
      sheet(
        ["PIA1 Leadership", "1.1 A shared strategy", "1.1a Agree the strategy", "Strategy signed off", "Director of Education", "Mar-25"],
        ["", "", "1.1b Publish it", "Published", "", "Apr-25"],
      ),
      derbyshire,
    );
    expect(planRows).toHaveLength(2);
    expect(planRows[1]).toMatchObject({ area: "PIA1 Leadership", outcome: "1.1 A shared strategy", lead: "Director of Education", code: "1.1b", action: "Publish it" });
    expect(planRows[1]!.said).toEqual(["row 3: area same as row 2 above", "row 3: outcome same as row 2 above", "row 3: lead same as row 2 above"]);
  });

  it("does not carry an outcome or lead into a different area", () => {
    const { planRows } = settleRows(sheet(["Area 1", "Outcome 1", "1.1a One", "", "Lead A", "Mar-25"], ["Area 2", "", "2.1a Two", "", "", "Mar-25"]), derbyshire);
    expect(planRows[1]).toMatchObject({ area: "Area 2", outcome: "", lead: "" });
  });

  it("takes a heading split across two cells as the area of the rows below it", () => {
    const { planRows, headings } = settleRows(
      sheet(["Priority Impact Area 1:", "Leadership and governance", null, null, null, null], ["", "1.1 A shared strategy", "1.1a Agree the strategy", "", "Lead A", "Mar-25"]),
      derbyshire,
    );
    expect(headings).toEqual([{ number: 2, text: "Priority Impact Area 1: Leadership and governance" }]);
    expect(planRows).toHaveLength(1);
    expect(planRows[0]).toMatchObject({ area: "Priority Impact Area 1: Leadership and governance", rows: [3] });
    expect(planRows[0]!.said).toContain("row 3: area from the heading in row 2");
  });

  it("joins a row that holds only the wrapped end of the row above's text", () => {
    const { planRows } = settleRows(
      sheet(
        ["Area 1", "Outcome", "1.1a Upskilling of the wider workforce to ensure requests reflect the views of all involved", "Better requests", "Lead A", "Mar-25"],
        ["", "", "including children and young people and their families.", "", "", ""],
        ["", "", "1.1b Next action", "", "", "Jun-25"],
      ),
      derbyshire,
    );
    expect(planRows.map((r) => r.code)).toEqual(["1.1a", "1.1b"]);
    expect(planRows[0]!.action).toBe(
      "Upskilling of the wider workforce to ensure requests reflect the views of all involved including children and young people and their families.",
    );
    expect(planRows[0]!.rows).toEqual([2, 3]);
    expect(planRows[0]!.said).toEqual(["row 3 joined to row 2: it holds the end of that row's text (no code, dates or status)"]);
  });

  it("keeps uncoded, undated rows as actions of their own in a plan that never marks its actions", () => {
    const { planRows } = settleRows(sheet(["Area 1", "", "First action", "", "", ""], ["", "", "Second action", "", "", ""]), derbyshire);
    expect(planRows.map((r) => r.action)).toEqual(["First action", "Second action"]);
  });

  it("skips blank rows and reads an XLSX date cell as a date", () => {
    const due = new Date("2025-03-31T00:00:00Z");
    const { planRows } = settleRows(sheet(["", "", "", "", "", ""], ["Area 1", "", "1.1a One", "", "", due]), derbyshire);
    expect(planRows).toHaveLength(1);
    expect(planRows[0]).toMatchObject({ due, rows: [3] });
  });
});
