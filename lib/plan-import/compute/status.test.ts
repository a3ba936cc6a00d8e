import { describe, expect, it } from "vitest";
import { statusLabels } from "@/lib/plan/status";
import { readStatusCell, statusKey } from "./status";

const standard = statusLabels({});
const hull = statusLabels({ ON_TRACK: "On track no concerns", AT_RISK: "On track some concerns", COMPLETE: "Completed Embedded Sustained", NOT_DUE: "Not due yet" });

describe("a status cell", () => {
  it("reads the partnership's own labels first", () => {
    expect(readStatusCell("On track no concerns", hull)).toEqual({ kind: "status", status: "ON_TRACK", doubled: false });
    expect(readStatusCell("on track - some concerns", hull)).toMatchObject({ status: "AT_RISK" });
    expect(readStatusCell("Completed Embedded Sustained", hull)).toMatchObject({ status: "COMPLETE" });
  });

  it("reads the words plans use, whatever the partnership's labels", () => {
    expect(readStatusCell("On track some concerns", standard)).toMatchObject({ status: "AT_RISK" });
    expect(readStatusCell("Completed Embedded Sustained", standard)).toMatchObject({ status: "COMPLETE" });
    expect(readStatusCell("Not due yet", standard)).toMatchObject({ status: "NOT_DUE" });
    expect(readStatusCell("AMBER", standard)).toMatchObject({ status: "AT_RISK" });
    expect(readStatusCell("Red", standard)).toMatchObject({ status: "OFF_TRACK" });
    // A BRAG plan's complete (Derbyshire's label), read by a partnership with the standard labels.
    expect(readStatusCell("Blue (complete)", standard)).toMatchObject({ status: "COMPLETE" });
  });

  it("reads a status doubled by a copy-paste once, and says so", () => {
    expect(readStatusCell("On track no concerns On track no concerns", hull)).toEqual({ kind: "status", status: "ON_TRACK", doubled: true });
  });

  it("never guesses: a blank is blank, an unknown word is reported", () => {
    expect(readStatusCell("", standard)).toEqual({ kind: "blank" });
    expect(readStatusCell("Purple", standard)).toEqual({ kind: "unknown", text: "Purple" });
    expect(readStatusCell("Mostly fine", standard)).toEqual({ kind: "unknown", text: "Mostly fine" });
  });

  it("takes the admin's own additions from the preview, over the built-in words", () => {
    expect(readStatusCell("Purple", standard, { purple: "COMPLETE" })).toMatchObject({ status: "COMPLETE" });
    expect(readStatusCell("Delayed", standard, { [statusKey("Delayed")]: "AT_RISK" })).toMatchObject({ status: "AT_RISK" });
  });
});
