import { describe, expect, it } from "vitest";
import { DEFAULT_STATUS_LABELS, statusLabels } from "./status";

describe("status labels", () => {
  it("uses a partnership's own labels where set and the defaults elsewhere", () => {
    const labels = statusLabels({ ON_TRACK: "On track no concerns", AT_RISK: "  ", OFF_TRACK: 3 });
    expect(labels.ON_TRACK).toBe("On track no concerns");
    expect(labels.AT_RISK).toBe(DEFAULT_STATUS_LABELS.AT_RISK);
    expect(labels.OFF_TRACK).toBe(DEFAULT_STATUS_LABELS.OFF_TRACK);
  });

  it("falls back to the defaults for missing or malformed settings", () => {
    expect(statusLabels(null)).toEqual(DEFAULT_STATUS_LABELS);
    expect(statusLabels("Green")).toEqual(DEFAULT_STATUS_LABELS);
  });
});
