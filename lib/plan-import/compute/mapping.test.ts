import { describe, expect, it } from "vitest";
import { fieldForHeader, headerRowIndex, mappingProblems, suggestMapping } from "./mapping";

describe("a column's field, from its header", () => {
  it("maps Derbyshire's plan as written", () => {
    expect(
      suggestMapping(["Priority Impact Area", "Desired Outcome", "Action", "How will we measure impact (including evidence of impact) and by when", "Lead", "Timescale"]),
    ).toEqual(["area", "outcome", "action", "measure", "lead", "due"]);
  });

  it("maps Hull's plan as written", () => {
    expect(
      suggestMapping([
        "Strategic Priority",
        "What do we want to achieve",
        "What we will do",
        "Intended outcomes and impact",
        "Impact measures",
        "Strategic Lead",
        "Start date",
        "Due date",
        "SEF/DBV/AFI",
        "Status",
      ]),
    ).toEqual(["area", "outcome", "action", "notes", "measure", "lead", "start", "due", "tags", "status"]);
  });

  it("takes a code column, and ignores what it cannot name", () => {
    expect(suggestMapping(["Ref", "Action", "Area", "Colour of the cell", ""])).toEqual(["code", "action", "area", "ignore", "ignore"]);
    expect(fieldForHeader("RAG")).toBe("status");
    expect(fieldForHeader("Owner")).toBe("lead");
  });

  it("gives a single field to its first column only; a second date column becomes the start", () => {
    expect(suggestMapping(["Action", "Area", "Date", "Date"])).toEqual(["action", "area", "due", "start"]);
    expect(suggestMapping(["Action", "Area", "Status", "Status"])).toEqual(["action", "area", "status", "ignore"]);
  });

  it("uses the partnership's remembered mapping for the same headers, however they are spelt", () => {
    const remembered = { headers: ["Area", "Thing to do", "Who"], fields: ["area", "action", "lead"] as const };
    expect(suggestMapping(["area", "Thing to do ", "WHO"], { ...remembered, fields: [...remembered.fields] })).toEqual(["area", "action", "lead"]);
    expect(suggestMapping(["Area", "Thing to do"], { ...remembered, fields: [...remembered.fields] })).toEqual(["area", "ignore"]);
  });
});

describe("a mapping's problems", () => {
  it("needs the actions and the areas, and each single field once", () => {
    expect(mappingProblems(["area", "action", "notes", "notes", "ignore"])).toEqual([]);
    expect(mappingProblems(["area", "notes"])).toEqual(["Choose the column that holds the actions."]);
    expect(mappingProblems(["area", "action", "due", "due"])).toEqual(["Only one column can be “Due date”."]);
  });
});

describe("the header row", () => {
  it("is the first that names the actions and another field, below any title lines", () => {
    expect(
      headerRowIndex([
        ["Improvement plan — Derbyshire"],
        ["As at 7 December 2026"],
        ["Filters: none (everything)"],
        [],
        ["Priority area", "Code", "Action"],
        ["PIA1", "1.1a", "x"],
      ]),
    ).toBe(4);
    expect(headerRowIndex([["Area", "Action"]])).toBe(0);
    expect(
      headerRowIndex([
        ["Notes", "Comments"],
        ["a", "b"],
      ]),
    ).toBeNull();
  });
});
