import { describe, expect, it } from "vitest";
import { DEFAULT_STATUS_LABELS } from "@/lib/plan/status";
import { isStandard, labelOverrides, repeatedLabels, rhythmMessage, stateName } from "./compute";

describe("the partnership's own labels", () => {
  it("stores only the labels that differ from the standard ones", () => {
    expect(labelOverrides(DEFAULT_STATUS_LABELS)).toEqual({});
    expect(labelOverrides({ ...DEFAULT_STATUS_LABELS, ON_TRACK: "Green", AT_RISK: "Amber" })).toEqual({ ON_TRACK: "Green", AT_RISK: "Amber" });
    expect(isStandard(DEFAULT_STATUS_LABELS)).toBe(true);
    expect(isStandard({ ...DEFAULT_STATUS_LABELS, NOT_DUE: "Not due" })).toBe(false);
  });

  it("names each state by its colour, letter and meaning, whatever the partnership calls it", () => {
    expect(stateName("AT_RISK")).toBe("Amber (A): on track, with some concerns");
    expect(stateName("COMPLETE")).toBe("Blue (C): done, with evidence");
  });

  it("flags each label that reads the same as another, beside each, naming the others", () => {
    const labels = { ...DEFAULT_STATUS_LABELS, ON_TRACK: "Green", AT_RISK: "green", OFF_TRACK: " Green! " };
    const problems = repeatedLabels(labels);
    expect(Object.keys(problems)).toEqual(["ON_TRACK", "AT_RISK", "OFF_TRACK"]);
    expect(problems.ON_TRACK).toBe("Each status needs a label of its own: “Green” reads the same as the label of amber (A) and red (R).");
    expect(problems.AT_RISK).toBe("Each status needs a label of its own: “green” reads the same as the label of green (G) and red (R).");
    expect(repeatedLabels(DEFAULT_STATUS_LABELS)).toEqual({});
    // "On track" and "On track, some concerns" are different words: not flagged.
    expect(repeatedLabels({ ON_TRACK: "On track", AT_RISK: "On track, some concerns" })).toEqual({});
  });

  it("says the bounds of a rhythm field", () => {
    expect(rhythmMessage("reportingCadenceDays")).toBe("Enter a whole number of days from 7 to 92.");
    expect(rhythmMessage("highlightReportDueDay")).toBe("Enter a day of the month from 1 to 28.");
  });
});
