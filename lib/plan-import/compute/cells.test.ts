import { describe, expect, it } from "vitest";
import { cleanCell, oneLine, undoubled } from "./cells";

describe("a cell's text", () => {
  it("is one line with single spaces, whatever Excel put in it", () => {
    expect(oneLine("  Improve\tthe\r\nlocal   offer\u00a0website \n")).toBe("Improve the local offer website");
    expect(cleanCell(null)).toEqual({ text: "", doubled: false });
  });

  it("holds a value doubled by a copy-paste once, and says so", () => {
    expect(undoubled("Feb-23 Feb-23")).toEqual({ text: "Feb-23", doubled: true });
    expect(cleanCell("On track no concerns\nOn track no concerns")).toEqual({ text: "On track no concerns", doubled: true });
    expect(undoubled("Monthly monthly")).toEqual({ text: "Monthly", doubled: true });
  });

  it("leaves a value that only repeats a word alone", () => {
    expect(undoubled("Review review findings")).toEqual({ text: "Review review findings", doubled: false });
    expect(undoubled("Jan-23 Sep-24")).toEqual({ text: "Jan-23 Sep-24", doubled: false });
    expect(undoubled("Monthly")).toEqual({ text: "Monthly", doubled: false });
  });
});
